import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { MEDIA_DIR } from './assets/paths.ts';
import { buildTestApp, testWidgetSource } from './testing/test-app.ts';

describe('GET /', () => {
  it('serves the Dutch demo page with the widget as its one script tag, and no inline script', async (t) => {
    const { app, manifest } = await buildTestApp(t);
    const res = await app.inject({ method: 'GET', url: '/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/html/);
    assert.match(res.body, /<html lang="nl">/);
    const scripts = [...res.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, [
      `<script src="/assets/${manifest.files.widget}" data-language="nl" data-primary-color="#0f7ac0" defer>`,
    ]);
    assert.doesNotMatch(res.body, /\son[a-z]+=/i, 'no inline event handlers');
    assert.doesNotMatch(res.body, /\sstyle=/i, 'no style attributes');
  });

  it('sends a strict Content-Security-Policy: no inline script, the widget style allowed by hash only', async (t) => {
    const { app, manifest } = await buildTestApp(t);
    const csp = (await app.inject({ method: 'GET', url: '/' })).headers['content-security-policy'] as string;
    const directives = Object.fromEntries(csp.split(';').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['script-src'], ["'self'"]);
    assert.deepEqual(directives['style-src'], ["'self'", `'${manifest.widgetStyleHash}'`]);
    assert.deepEqual(directives['connect-src'], ["'self'"]);
    assert.deepEqual(directives['frame-ancestors'], ["'none'"]);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  });

  it('lets the page be cached briefly only, because it names the current build', async (t) => {
    const { app } = await buildTestApp(t);
    const res = await app.inject({ method: 'GET', url: '/' });
    assert.equal(res.headers['cache-control'], 'public, max-age=60, must-revalidate');
  });
});

describe('GET /assets/*', () => {
  it('caches hashed assets for a year as immutable, compressed, and embeddable by other sites', async (t) => {
    const { app, manifest } = await buildTestApp(t);
    const res = await app.inject({
      method: 'GET',
      url: `/assets/${manifest.files.widget}`,
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(res.rawPayload).toString(), testWidgetSource);
    assert.equal(res.headers['cross-origin-resource-policy'], 'cross-origin');
  });

  it('serves the current widget at the stable /assets/widget.js for embedders, cached for minutes', async (t) => {
    const { app } = await buildTestApp(t);
    const res = await app.inject({ method: 'GET', url: '/assets/widget.js' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, testWidgetSource);
    assert.equal(res.headers['cache-control'], 'public, max-age=300');
    assert.match(res.headers['content-type'] as string, /javascript/);
  });

  it('answers an unknown asset with 404', async (t) => {
    const { app } = await buildTestApp(t);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/widget.ffffffffff.js' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/../manifest.json' })).statusCode, 404);
  });
});

describe('GET /media/afvalplaats.png', () => {
  it('serves the mail package’s picture itself', async (t) => {
    const { app } = await buildTestApp(t);
    const res = await app.inject({ method: 'GET', url: '/media/afvalplaats.png' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'image/png');
    assert.deepEqual(res.rawPayload, await readFile(join(MEDIA_DIR, 'afvalplaats.png')));
  });
});

describe('health', () => {
  it('is live, and ready only while the chatbot is ready', async (t) => {
    let chatbotReady = true;
    const { app } = await buildTestApp(t, { chatbotReady: async () => chatbotReady });
    assert.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/health/startup' })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 200);
    chatbotReady = false;
    const res = await app.inject({ method: 'GET', url: '/health/ready' });
    assert.equal(res.statusCode, 503);
    assert.deepEqual(res.json().checks, { chatbot: 'unavailable' });
  });
});
