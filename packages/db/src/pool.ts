import pg from 'pg';
import type { Logger } from './logger.ts';

/** Options for {@link createPool}; every field has a default that suits a service process. */
export interface PoolOptions {
  /** Most connections this pool opens. Embedded PGlite serves all pools of all processes, so keep the sum under its `maxConnections`. */
  max?: number;
  /** Shown in `pg_stat_activity`, so a stuck query can be traced to its service. */
  applicationName?: string;
  /** Milliseconds to wait for a connection before a query fails, rather than hanging when the server is gone. */
  connectionTimeoutMillis?: number;
  /** Receives errors of idle connections (server restart, network drop); without one they are only swallowed. */
  logger?: Logger;
}

/**
 * A node-postgres pool for `url` (any `postgres://` URL; add `?sslmode=disable` for embedded PGlite).
 * Errors on idle connections are caught, because pg re-emits them on the pool and an unhandled one ends the process.
 */
export function createPool(url: string, opts: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    application_name: opts.applicationName ?? 'irado',
    connectionTimeoutMillis: opts.connectionTimeoutMillis ?? 5_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (err) => {
    const log = opts.logger?.error ?? opts.logger?.warn;
    log?.call(opts.logger, `idle database connection failed: ${err.message}`);
  });
  return pool;
}

/**
 * Whether the database answers `select 1` within `timeoutMs`, for readiness probes.
 * Resolves false on any failure or timeout and never rejects, so a probe cannot crash its caller.
 */
export async function checkDatabase(pool: pg.Pool, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = pool.query('select 1').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
