/** `npm run build:widget -w @irado/website`: builds the widget and the page assets, and prints the widget's size. */
import { buildAssets } from '../src/assets/build-assets.ts';

const started = performance.now();
const manifest = await buildAssets();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
process.stdout.write(
  `widget  ${manifest.files.widget}  ${kb(manifest.sizes.widgetBytes)} raw, ${kb(manifest.sizes.widgetGzipBytes)} gzipped\n` +
    `page    ${manifest.files.site}, ${manifest.files.favicon}\n` +
    `built in ${Math.round(performance.now() - started)} ms\n`,
);
