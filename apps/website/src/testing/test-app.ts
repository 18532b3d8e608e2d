import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { type AppDeps, buildApp } from '../app.ts';
import type { AssetManifest } from '../assets/manifest.ts';
import { MEDIA_DIR } from '../assets/paths.ts';

export const testWidgetSource = '(()=>{/* widget */})();'.padEnd(4000, ' ');

/** A small asset build in a scratch folder: the app under test serves exactly these files. */
export async function fakeAssets(
  t: Pick<TestContext, 'after'>,
): Promise<{ assetsDir: string; manifest: AssetManifest }> {
  const dir = await mkdtemp(join(tmpdir(), 'irado-website-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const assetsDir = join(dir, 'assets');
  await mkdir(assetsDir);
  const manifest: AssetManifest = {
    files: { widget: 'widget.0123456789.js', site: 'site.0123456789.css', favicon: 'favicon.0123456789.svg' },
    widgetStyleHash: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    sizes: { widgetBytes: testWidgetSource.length, widgetGzipBytes: 100 },
    builtAt: new Date(0).toISOString(),
  };
  await writeFile(join(assetsDir, manifest.files.widget), testWidgetSource);
  await writeFile(join(assetsDir, manifest.files.site), 'body{margin:0}');
  await writeFile(join(assetsDir, manifest.files.favicon), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return { assetsDir, manifest };
}

/** The real website app over fake assets; the chatbot behind it is whatever `chatbotUrl` points at. */
export async function buildTestApp(t: TestContext, deps: Partial<AppDeps> = {}) {
  const assets = await fakeAssets(t);
  const app = await buildApp({
    ...assets,
    mediaDir: MEDIA_DIR,
    chatbotUrl: 'http://127.0.0.1:9',
    chatbotReady: async () => true,
    logLevel: 'silent',
    ...deps,
  });
  t.after(() => app.close());
  return { app, ...assets };
}
