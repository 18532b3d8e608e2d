import type pg from 'pg';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded.ts';
import type { Logger } from './logger.ts';
import { migrate } from './migrate.ts';
import { createPool } from './pool.ts';

export interface OpenDatabaseOptions {
  /** A real PostgreSQL; undefined starts the embedded one on `dataDir`. */
  url: string | undefined;
  /** Data folder of the embedded database, by convention `$DATA_DIR/pg`. */
  dataDir: string;
  applicationName: string;
  poolSize?: number;
  logger?: Logger;
}

export interface OpenDatabase {
  pool: pg.Pool;
  url: string;
  /** Whether this process runs the embedded database itself. */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * A service's database at start-up: the configured server, or (with none configured) an embedded PGlite served over
 * the wire protocol so the service still talks plain `pg`. Pending migrations are applied before the pool is handed
 * out, so no code ever meets an old schema.
 */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<OpenDatabase> {
  const embedded: EmbeddedPostgres | undefined = opts.url
    ? undefined
    : await startEmbeddedPostgres({ dataDir: opts.dataDir });
  const url = opts.url ?? embedded?.url ?? '';
  try {
    await migrate(url, opts.logger ? { log: opts.logger } : {});
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  const pool = createPool(url, {
    applicationName: opts.applicationName,
    ...(opts.poolSize ? { max: opts.poolSize } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  return {
    pool,
    url,
    embedded: embedded !== undefined,
    async close() {
      await pool.end();
      await embedded?.close();
    },
  };
}
