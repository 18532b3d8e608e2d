import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import { createPool, freePort } from '@irado/db';
import { freshDatabase } from '@irado/db/testing';
import { isAppError } from '@irado/errors';
import { createOpenPostcodeClient } from '../postcode/open-postcode-client.ts';
import { demoAddresses as demo } from '../register/demo-addresses.ts';
import { demoRegisterCsv } from '../register/demo-register.ts';
import { replaceAll } from '../register/koad-repository.ts';
import { parseKoadCsv } from '../register/parse-koad-csv.ts';
import { startFakePostcodeApi } from '../testing/fake-postcode-server.ts';
import { createAddressCheck } from './address-check.ts';

const db = await freshDatabase({ after });
before(async () => {
  const showcase = await parseKoadCsv(demoRegisterCsv({ rows: 0 })); // only the documented showcase rows
  assert.ok(showcase.ok);
  await replaceAll(db.pool, showcase.records, { source: 'demo' });
});

const apiAddresses = [
  { ...demo.absentInRange, huisnummer: 99, straat: 'Lange Haven', woonplaats: 'Schiedam', gemeente: 'Schiedam' },
  {
    ...demo.inactiveBusiness,
    huisnummer: 15,
    straat: 'Kanaaldijk',
    woonplaats: 'Capelle aan den IJssel',
    gemeente: 'Capelle aan den IJssel',
  },
  { ...demo.absentOutsideRange, huisnummer: 1, straat: 'Blaak', woonplaats: 'Rotterdam', gemeente: 'Rotterdam' },
];

async function setup(t: TestContext) {
  const api = await startFakePostcodeApi(t, { addresses: apiAddresses });
  const postcode = createOpenPostcodeClient({ baseUrl: api.url, timeoutMs: 200 });
  return { api, check: createAddressCheck({ registerPool: db.pool, postcode }).check };
}

describe('address check', () => {
  it('confirms a register resident without asking the API, with street and city', async (t) => {
    const { api, check } = await setup(t);
    const result = await check(demo.residentSchiedam);
    assert.deepEqual(
      [result.outcome, result.reason, result.municipality, result.street, result.city, result.postcode],
      ['resident', 'register_resident', 'Schiedam', 'Broersvest', 'Schiedam', '3117XA'],
    );
    assert.equal(api.requestCount, 0);
  });

  it('stops a business address (KOAD-inwoner=0), also one registered as a range', async (t) => {
    const { api, check } = await setup(t);
    const business = await check(demo.business);
    assert.deepEqual([business.outcome, business.street], ['business', 'Buitenhavenweg']);
    assert.equal((await check(demo.rangeBusiness)).outcome, 'business');
    assert.equal(api.requestCount, 0);
  });

  it('picks the home by its letter at a mixed key, and flags a mix the letter cannot separate', async (t) => {
    const { check } = await setup(t);
    const upstairs = await check({ ...demo.mixedHomeUpstairs, addition: 'a' });
    assert.deepEqual([upstairs.outcome, upstairs.flagForStaff, upstairs.addition], ['resident', false, 'A']);
    const ambiguous = await check(demo.mixedAmbiguous);
    assert.deepEqual(
      [ambiguous.outcome, ambiguous.reason, ambiguous.flagForStaff],
      ['resident', 'register_ambiguous', true],
    );
    assert.equal(ambiguous.koadNumbers.length, 2);
  });

  it('refers a register resident outside the three ranges to their own municipality', async (t) => {
    const { check } = await setup(t);
    const result = await check(demo.residentOutsideRanges);
    assert.deepEqual([result.outcome, result.reason], ['outside_area', 'register_outside_ranges']);
  });

  it('asks the API for an address absent from the register, or with only inactive rows', async (t) => {
    const { api, check } = await setup(t);
    const absent = await check(demo.absentInRange);
    assert.deepEqual(
      [absent.outcome, absent.reason, absent.street, absent.city, absent.source],
      ['resident', 'api_in_area', 'Lange Haven', 'Schiedam', 'postcode_api'],
    );
    const inactive = await check(demo.inactiveBusiness);
    assert.deepEqual([inactive.outcome, inactive.municipality], ['resident', 'Capelle aan den IJssel']);
    assert.equal(api.requestCount, 2);
  });

  it('names the foreign municipality when the API places the address outside the area', async (t) => {
    const { check } = await setup(t);
    const result = await check(demo.absentOutsideRange);
    assert.deepEqual(
      [result.outcome, result.foreignMunicipality, result.street],
      ['outside_area', 'Rotterdam', 'Blaak'],
    );
  });

  it('reports a number the API does not know as not found', async (t) => {
    const { check } = await setup(t);
    const result = await check({ postcode: '3119XZ', houseNumber: 98, addition: null });
    assert.deepEqual([result.outcome, result.reason], ['not_found', 'api_not_found']);
  });

  it('with the API down: in range goes ahead unverified and flagged (Decision 11), out of range is outside the area', async (t) => {
    const { api, check } = await setup(t);
    api.setMode('down');
    const inRange = await check(demo.absentInRange);
    assert.deepEqual(
      [inRange.outcome, inRange.reason, inRange.municipality, inRange.flagForStaff, inRange.city],
      ['unverified', 'api_unavailable_in_range', 'Schiedam', true, 'Schiedam'],
    );
    const outside = await check(demo.absentOutsideRange);
    assert.deepEqual([outside.outcome, outside.reason], ['outside_area', 'api_unavailable_outside_range']);
  });

  it('rejects an invalid postcode without asking anyone', async (t) => {
    const { api, check } = await setup(t);
    const result = await check({ postcode: '31 12', houseNumber: 5, addition: null });
    assert.deepEqual([result.outcome, result.reason, result.postcode], ['not_found', 'invalid_postcode', null]);
    assert.equal(api.requestCount, 0);
  });

  it('throws VALIDATION for a house number that is not a positive whole number', async (t) => {
    const { check } = await setup(t);
    for (const houseNumber of [0, -3, 1.5, Number.NaN]) {
      await assert.rejects(
        check({ postcode: '3117XA', houseNumber, addition: null }),
        (e) => isAppError(e) && e.code === 'VALIDATION',
      );
    }
  });

  it('fails closed with DATABASE_UNAVAILABLE when the register cannot be read, without asking the API', async (t) => {
    const api = await startFakePostcodeApi(t, { addresses: apiAddresses });
    const dead = createPool(`postgres://postgres@127.0.0.1:${await freePort()}/x`, { connectionTimeoutMillis: 500 });
    t.after(() => dead.end());
    const { check } = createAddressCheck({
      registerPool: dead,
      postcode: createOpenPostcodeClient({ baseUrl: api.url }),
    });
    await assert.rejects(check(demo.absentInRange), (e) => isAppError(e) && e.code === 'DATABASE_UNAVAILABLE');
    assert.equal(api.requestCount, 0);
  });
});
