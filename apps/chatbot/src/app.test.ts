import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTestApp, buildUnreachableApp } from './testing/test-app.ts';

describe('health endpoints', () => {
  it('answers liveness, readiness and start-up with 200 when the database answers', async (t) => {
    const { app } = await buildTestApp(t);
    for (const url of ['/health/live', '/health/ready', '/health/startup']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
    }
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    assert.deepEqual(ready.json(), { status: 'ok', checks: { database: 'ok' } });
  });

  it('answers readiness with 503 when the database is unreachable, and stays alive', async (t) => {
    // Port 1 on loopback: nothing listens there, so every connection is refused at once.
    const app = await buildUnreachableApp(t);
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    assert.equal(ready.statusCode, 503);
    assert.deepEqual(ready.json(), { status: 'unavailable', checks: { database: 'unavailable' } });
    assert.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200);
  });
});

describe('every response', () => {
  it('carries a request id, reusing a well-formed one from the proxy in front', async (t) => {
    const { app } = await buildTestApp(t);
    const fresh = await app.inject({ method: 'GET', url: '/health/live' });
    assert.match(String(fresh.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    const passed = await app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'gateway-abc123' },
    });
    assert.equal(passed.headers['x-request-id'], 'gateway-abc123');
    const forged = await app.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': '<script>' } });
    assert.notEqual(forged.headers['x-request-id'], '<script>');
  });

  it('answers an unknown route with a typed 404 body', async (t) => {
    const { app } = await buildTestApp(t);
    const res = await app.inject({ method: 'GET', url: '/nope?email=someone@example.org' });
    assert.equal(res.statusCode, 404);
    const body = res.json();
    assert.equal(body.code, 'NOT_FOUND');
    assert.equal(body.requestId, res.headers['x-request-id']);
    assert.ok(!body.error.includes('example.org'), 'the query string is not echoed');
  });

  it('serves the OpenAPI document and the interactive docs', async (t) => {
    const { app } = await buildTestApp(t);
    const spec = await app.inject({ method: 'GET', url: '/docs/json' });
    assert.equal(spec.statusCode, 200);
    assert.ok(spec.json().paths['/api/chat'].post);
    assert.ok(spec.json().paths['/api/chat/stream'].post);
    const ui = await app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(ui.statusCode, 200);
  });
});
