import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { type EmbeddedPostgres, embeddedUrl, freePort, startEmbeddedPostgres } from './embedded.ts';
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
  /** How long to keep retrying while the database does not accept connections yet. */
  connectTimeoutMs?: number;
}

export interface OpenDatabase {
  pool: pg.Pool;
  url: string;
  /** Whether this process runs the embedded database itself. */
  embedded: boolean;
  /**
   * Settles when the database is up and migrated. Rejects on a migration error, or when the database stays
   * unreachable past `connectTimeoutMs`.
   */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * A service's database. The pool exists at once (it connects lazily), so the service can listen and answer its probes
 * while the database starts: the configured server may still be booting, and an embedded PGlite takes seconds to
 * initialise. With no URL configured, an embedded PGlite is served over the wire protocol so the service still talks
 * plain `pg`. Pending migrations are applied before `ready` settles.
 */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<OpenDatabase> {
  const port = opts.url ? 0 : await freePort();
  const url = opts.url ?? embeddedUrl('127.0.0.1', port);
  const pool = createPool(url, {
    applicationName: opts.applicationName,
    ...(opts.poolSize ? { max: opts.poolSize } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  let embedded: EmbeddedPostgres | undefined;
  const ready = (async () => {
    if (!opts.url) embedded = await startEmbeddedPostgres({ dataDir: opts.dataDir, port });
    await migrateWhenReachable(url, opts.connectTimeoutMs ?? 60_000, opts.logger);
  })();
  ready.catch(() => {}); // the caller awaits it; this only keeps an early failure from being "unhandled"
  return {
    pool,
    url,
    embedded: !opts.url,
    ready,
    async close() {
      await ready.catch(() => {});
      await pool.end();
      await embedded?.close();
    },
  };
}

const unreachable =
  /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|Connection terminated|the database system is starting up/;

/** Migrates, retrying with backoff while the server is not reachable yet; any other error is final. */
async function migrateWhenReachable(url: string, timeoutMs: number, logger?: Logger): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 2_000)) {
    try {
      await migrate(url, logger ? { log: logger } : {});
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!unreachable.test(message) || Date.now() + delay > deadline) throw error;
      await sleep(delay);
    }
  }
}
