// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in $DATA_DIR/pg.
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../embedded.ts';
import { migrate } from '../migrate.ts';

async function main(): Promise<void> {
  const log = { info: (msg: string) => console.log(msg) };
  let url = process.env.DATABASE_URL;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  if (!url) {
    const dataDir = join(process.env.DATA_DIR ?? './data', 'pg');
    console.log(`DATABASE_URL is not set: using the embedded database in ${dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir });
    url = embedded.url;
  }
  try {
    const applied = await migrate(url, { log });
    console.log(applied.length === 0 ? 'Database schema is up to date.' : `Applied ${applied.join(', ')}.`);
  } finally {
    await embedded?.close();
  }
}

main().catch((err: unknown) => {
  console.error(`db:migrate failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
