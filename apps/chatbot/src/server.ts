import { loadConfigOrExit } from '@irado/config';
import { openDatabase } from '@irado/db';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';

const config = loadConfigOrExit();
let started = false;
const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: `${config.DATA_DIR}/pg`,
  applicationName: 'irado-chatbot',
});
const app = buildApp({ pool: database.pool, logLevel: config.LOG_LEVEL, started: () => started });

closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info({ signal }, 'closing');
  await app.close();
  await database.close();
});

// Listen first, so the probes answer while the database starts; /health/startup turns 200 once it is migrated.
await app.listen({ host: config.HOST, port: config.CHATBOT_PORT });
try {
  await database.ready;
  started = true;
  app.log.info({ embeddedDatabase: database.embedded }, 'chatbot ready');
} catch (err) {
  app.log.fatal({ err }, 'database not usable; stopping');
  process.exitCode = 1;
  await app.close();
  await database.close();
}
