import { loadConfigOrExit } from '@irado/config';
import { openDatabase } from '@irado/db';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';

const config = loadConfigOrExit();
const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: `${config.DATA_DIR}/pg`,
  applicationName: 'irado-chatbot',
});
const app = buildApp({ pool: database.pool, logLevel: config.LOG_LEVEL });

closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info({ signal }, 'closing');
  await app.close();
  await database.close();
});

await app.listen({ host: config.HOST, port: config.CHATBOT_PORT });
app.log.info({ embeddedDatabase: database.embedded }, 'chatbot ready');
