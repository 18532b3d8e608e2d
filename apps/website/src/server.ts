import { loadConfigOrExit } from '@irado/config';
import closeWithGrace from 'close-with-grace';
import { buildApp, chatbotReadiness } from './app.ts';
import { assetsAreStale, buildAssets } from './assets/build-assets.ts';
import { readManifest } from './assets/manifest.ts';
import { ASSETS_DIR, MEDIA_DIR } from './assets/paths.ts';

const config = loadConfigOrExit();

// A fresh clone has no build yet, and a developer may have changed the widget: build first (well under a second).
if (await assetsAreStale()) await buildAssets();
const manifest = readManifest();
if (!manifest) throw new Error('the widget build is missing: run npm run build:widget -w @irado/website');

const app = await buildApp({
  manifest,
  assetsDir: ASSETS_DIR,
  mediaDir: MEDIA_DIR,
  chatbotUrl: config.CHATBOT_URL,
  chatbotReady: chatbotReadiness(config.CHATBOT_URL),
  trustProxy: trustProxySetting(config.TRUST_PROXY),
  logLevel: config.LOG_LEVEL,
});

closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info({ signal }, 'closing');
  await app.close();
});

function trustProxySetting(value: string): boolean | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  return value;
}

await app.listen({ host: config.HOST, port: config.WEBSITE_PORT });
app.log.info({ widget: manifest.files.widget, gzipBytes: manifest.sizes.widgetGzipBytes }, 'website ready');
