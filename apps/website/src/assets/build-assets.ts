import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type AssetManifest, readManifest } from './manifest.ts';
import { ASSETS_DIR, MANIFEST_PATH, SITE_DIR, WIDGET_DIR } from './paths.ts';

export interface BuildOptions {
  /** Where the manifest goes; the files go to `assets/` next to it. Default: apps/website/public. */
  manifestPath?: string;
}

const contentHash = (content: string | Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 10);

/**
 * Bundles the widget (Preact, TypeScript, its CSS inlined) into one minified IIFE and copies the page's stylesheet and
 * icon, each under a content-hashed name, then writes the manifest. Safe to run from two processes at once: every
 * file is written under a temporary name and renamed into place.
 */
export async function buildAssets(options: BuildOptions = {}): Promise<AssetManifest> {
  const manifestPath = options.manifestPath ?? MANIFEST_PATH;
  const assetsDir = options.manifestPath ? join(manifestPath, '..', 'assets') : ASSETS_DIR;
  // Loaded only when a build is needed: esbuild is a build tool, not a runtime dependency of the server.
  const esbuild = await import('esbuild');
  const widgetCss = (
    await esbuild.transform(await readFile(join(WIDGET_DIR, 'src/styles.css'), 'utf8'), { loader: 'css', minify: true })
  ).code.trim();
  const bundle = await esbuild.build({
    entryPoints: [join(WIDGET_DIR, 'src/main.tsx')],
    tsconfig: join(WIDGET_DIR, 'tsconfig.json'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __WIDGET_CSS__: JSON.stringify(widgetCss) },
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    write: false,
  });
  const widget = bundle.outputFiles[0]?.contents;
  if (!widget) throw new Error('esbuild produced no widget bundle');
  const siteCss = (
    await esbuild.transform(await readFile(join(SITE_DIR, 'site.css'), 'utf8'), { loader: 'css', minify: true })
  ).code;
  const favicon = await readFile(join(SITE_DIR, 'favicon.svg'));

  const previous = readManifest(manifestPath);
  const files = {
    widget: `widget.${contentHash(Buffer.from(widget))}.js`,
    site: `site.${contentHash(siteCss)}.css`,
    favicon: `favicon.${contentHash(favicon)}.svg`,
  };
  await mkdir(assetsDir, { recursive: true });
  await writeAtomically(join(assetsDir, files.widget), widget);
  await writeAtomically(join(assetsDir, files.site), siteCss);
  await writeAtomically(join(assetsDir, files.favicon), favicon);
  const manifest: AssetManifest = {
    files,
    widgetStyleHash: `sha256-${createHash('sha256').update(widgetCss).digest('base64')}`,
    sizes: { widgetBytes: widget.byteLength, widgetGzipBytes: gzipSync(widget, { level: 9 }).byteLength },
    builtAt: new Date().toISOString(),
  };
  await writeAtomically(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  // Pages cached with the previous build's names keep working until the next build.
  const keep = new Set([...Object.values(files), ...Object.values(previous?.files ?? {})]);
  for (const name of await readdir(assetsDir)) {
    if (!keep.has(name) && !name.includes('.tmp-')) await rm(join(assetsDir, name), { force: true });
  }
  return manifest;
}

/** Whether the build is missing or older than any of its sources (a developer changed the widget or the page CSS). */
export async function assetsAreStale(manifestPath = MANIFEST_PATH): Promise<boolean> {
  if (!readManifest(manifestPath)) return true;
  const built = (await stat(manifestPath)).mtimeMs;
  for (const dir of [join(WIDGET_DIR, 'src'), SITE_DIR]) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name.endsWith('.test.ts')) continue;
      if ((await stat(join(entry.parentPath, entry.name))).mtimeMs > built) return true;
    }
  }
  return false;
}

async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}
