/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in $DATA_DIR/pg. */
import { loadConfigOrExit } from '@irado/config';
import { migrate, startEmbeddedPostgres } from '@irado/db';

const config = loadConfigOrExit();
const log = { info: (msg: string) => process.stdout.write(`${msg}\n`) };

try {
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: `${config.DATA_DIR}/pg` });
  if (embedded) log.info(`DATABASE_URL is not set: using the embedded database in ${config.DATA_DIR}/pg`);
  try {
    const applied = await migrate(config.DATABASE_URL ?? embedded?.url ?? '', { log });
    log.info(applied.length === 0 ? 'Database schema is up to date.' : `Applied ${applied.join(', ')}.`);
  } finally {
    await embedded?.close();
  }
} catch (error) {
  process.stderr.write(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
