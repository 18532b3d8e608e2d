import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { type FakePostcodeOptions, startFakePostcodeApi } from '../testing/fake-postcode-server.ts';
import { createOpenPostcodeClient, type OpenPostcodeClientOptions } from './open-postcode-client.ts';

const rotterdam = {
  postcode: '3011AB',
  huisnummer: 1,
  straat: 'Coolsingel',
  woonplaats: 'Rotterdam',
  gemeente: 'Rotterdam',
};
const schiedam = {
  postcode: '3111AA',
  huisnummer: 12,
  straat: 'Hoogstraat',
  woonplaats: 'Schiedam',
  gemeente: 'Schiedam',
};
const lettered = ['24A', '24B'].map((huisnummer) => ({ ...schiedam, huisnummer }));

async function setup(t: TestContext, fake: FakePostcodeOptions = {}, client: Partial<OpenPostcodeClientOptions> = {}) {
  const api = await startFakePostcodeApi(t, { addresses: [rotterdam, schiedam, ...lettered], ...fake });
  const warnings: string[] = [];
  const postcode = createOpenPostcodeClient({
    baseUrl: api.url,
    timeoutMs: 150,
    logger: { warn: (msg) => void warnings.push(msg) },
    ...client,
  });
  return { api, postcode, warnings };
}

describe('Open Postcode client', () => {
  it('returns street, city and municipality of a found address', async (t) => {
    const { api, postcode } = await setup(t);
    assert.deepEqual(await postcode.lookup({ postcode: '3011 ab', houseNumber: 1, addition: null }), {
      status: 'found',
      street: 'Coolsingel',
      city: 'Rotterdam',
      municipality: 'Rotterdam',
    });
    assert.equal(api.requestCount, 1);
  });

  it('reads an unknown number as not_found, and caches it', async (t) => {
    const { api, postcode } = await setup(t);
    assert.deepEqual(await postcode.lookup({ postcode: '3011AB', houseNumber: 99 }), { status: 'not_found' });
    assert.deepEqual(await postcode.lookup({ postcode: '3011AB', houseNumber: 99 }), { status: 'not_found' });
    assert.equal(api.requestCount, 1);
  });

  it('counts a number the API only knows with letters (suggestions 24A, 24B) as existing', async (t) => {
    const { postcode } = await setup(t);
    assert.deepEqual(await postcode.lookup({ postcode: '3111AA', houseNumber: 24, addition: 'B' }), {
      status: 'found',
    });
    assert.deepEqual(await postcode.lookup({ postcode: '3111AA', houseNumber: 25 }), { status: 'not_found' });
  });

  it('answers a second lookup of the same postcode and number from the cache, whatever the addition', async (t) => {
    const { api, postcode } = await setup(t);
    const first = await postcode.lookup({ postcode: '3111AA', houseNumber: 12 });
    const second = await postcode.lookup({ postcode: '3111aa', houseNumber: 12, addition: 'A' });
    assert.deepEqual(second, first);
    assert.equal(api.requestCount, 1);
  });

  it('asks again once the cache entry has expired or was evicted', async (t) => {
    let now = 0;
    const { api, postcode } = await setup(t, {}, { cacheTtlMs: 1_000, cacheMax: 2, now: () => now });
    await postcode.lookup({ postcode: '3011AB', houseNumber: 1 });
    now = 1_000;
    await postcode.lookup({ postcode: '3011AB', houseNumber: 1 });
    assert.equal(api.requestCount, 2, 'expired');
    await postcode.lookup({ postcode: '3111AA', houseNumber: 12 });
    await postcode.lookup({ postcode: '3111AA', houseNumber: 99 });
    await postcode.lookup({ postcode: '3011AB', houseNumber: 1 });
    assert.equal(api.requestCount, 5, 'evicted as least recently used');
  });

  it('retries once after a 500 and then succeeds', async (t) => {
    const { api, postcode } = await setup(t);
    api.setMode('error500', { times: 1 });
    assert.equal((await postcode.lookup({ postcode: '3011AB', houseNumber: 1 })).status, 'found');
    assert.equal(api.requestCount, 2);
  });

  it('gives unavailable after a 500 on every try, and does not cache it', async (t) => {
    const { api, postcode, warnings } = await setup(t, { mode: 'error500' });
    assert.deepEqual(await postcode.lookup({ postcode: '3011AB', houseNumber: 1 }), { status: 'unavailable' });
    assert.equal(api.requestCount, 2);
    api.setMode('normal');
    assert.equal((await postcode.lookup({ postcode: '3011AB', houseNumber: 1 })).status, 'found');
    assert.ok(
      warnings.every((w) => !w.includes('3011')),
      'no address in the logs',
    );
  });

  it('gives unavailable within about two timeouts when the API does not answer', async (t) => {
    const { api, postcode } = await setup(t, { mode: 'slow' });
    const started = performance.now();
    assert.deepEqual(await postcode.lookup({ postcode: '3011AB', houseNumber: 1 }), { status: 'unavailable' });
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 290 && elapsed < 1_000, `took ${Math.round(elapsed)} ms for 2 x 150 ms`);
    assert.equal(api.requestCount, 2);
  });

  it('gives unavailable when connections are dropped', async (t) => {
    const { api, postcode } = await setup(t, { mode: 'down' });
    assert.deepEqual(await postcode.lookup({ postcode: '3011AB', houseNumber: 1 }), { status: 'unavailable' });
    assert.equal(api.requestCount, 2);
  });

  it('gives unavailable for a body that is not JSON, without retrying and without caching', async (t) => {
    const { api, postcode } = await setup(t, { mode: 'garbage' });
    assert.deepEqual(await postcode.lookup({ postcode: '3011AB', houseNumber: 1 }), { status: 'unavailable' });
    assert.equal(api.requestCount, 1);
    await postcode.lookup({ postcode: '3011AB', houseNumber: 1 });
    assert.equal(api.requestCount, 2);
  });

  it('gives unavailable, not not_found, when the URL points at something else (HTML 404)', async (t) => {
    const { api } = await setup(t);
    const wrong = createOpenPostcodeClient({ baseUrl: api.url.replace('/api/address', '/nope'), timeoutMs: 150 });
    assert.deepEqual(await wrong.lookup({ postcode: '3011AB', houseNumber: 1 }), { status: 'unavailable' });
  });

  it('does not call the API for an invalid postcode or house number', async (t) => {
    const { api, postcode } = await setup(t);
    assert.deepEqual(await postcode.lookup({ postcode: '311', houseNumber: 1 }), { status: 'not_found' });
    assert.deepEqual(await postcode.lookup({ postcode: '3011AB', houseNumber: 0 }), { status: 'not_found' });
    assert.equal(api.requestCount, 0);
  });

  it('shares one request between concurrent lookups of the same address', async (t) => {
    const { api, postcode } = await setup(t);
    const results = await Promise.all([1, 2, 3].map(() => postcode.lookup({ postcode: '3011AB', houseNumber: 1 })));
    assert.ok(results.every((r) => r.status === 'found'));
    assert.equal(api.requestCount, 1);
  });
});
