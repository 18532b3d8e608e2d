import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { buildAssets } from './build-assets.ts';
import { readManifest } from './manifest.ts';

/** The widget is loaded on every page of irado.nl: a budget keeps it from growing unnoticed. */
const WIDGET_GZIP_BUDGET = 20 * 1024;

describe('buildAssets', () => {
  it(`bundles the widget into one file of at most ${WIDGET_GZIP_BUDGET / 1024} KB gzipped`, async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'irado-build-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const manifest = await buildAssets({ manifestPath: join(dir, 'manifest.json') });
    const widget = await readFile(join(dir, 'assets', manifest.files.widget));
    const gzipped = gzipSync(widget, { level: 9 }).byteLength;
    assert.equal(gzipped, manifest.sizes.widgetGzipBytes);
    assert.ok(gzipped <= WIDGET_GZIP_BUDGET, `the widget is ${gzipped} bytes gzipped`);

    // Names carry the content hash, so they can be cached forever.
    const hash = createHash('sha256').update(widget).digest('hex').slice(0, 10);
    assert.equal(manifest.files.widget, `widget.${hash}.js`);
    assert.deepEqual(readManifest(join(dir, 'manifest.json')), manifest);

    // The CSP hash is that of the stylesheet text inside the bundle (the <style> fallback uses exactly that text).
    assert.match(manifest.widgetStyleHash, /^sha256-[A-Za-z0-9+/]{43}=$/);
    assert.match(widget.toString(), /\(function\(\)\{|\(\(\)=>\{/, 'an IIFE');
  });
});
