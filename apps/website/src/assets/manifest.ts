import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_PATH } from './paths.ts';

/** What the last asset build produced; the page and the CSP are made from it. */
export interface AssetManifest {
  /** File names under /assets/, with the content hash in the name. */
  files: { widget: string; site: string; favicon: string };
  /** CSP source for the widget's CSS when a browser falls back from a constructed stylesheet to a <style> element. */
  widgetStyleHash: string;
  sizes: { widgetBytes: number; widgetGzipBytes: number };
  builtAt: string;
}

/** The manifest, or null when there is none yet or a file it names is missing. */
export function readManifest(manifestPath = MANIFEST_PATH): AssetManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as AssetManifest;
    const dir = join(manifestPath, '..', 'assets');
    for (const name of Object.values(manifest.files)) statSync(join(dir, name));
    return manifest;
  } catch {
    return null;
  }
}
