import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import type { Logger } from './logger.ts';

/** Folder of the versioned SQL migrations, `NNNN_name.sql`, applied in name order. */
export const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));

const migrationName = /^\d{4}_[a-z0-9_]+\.sql$/;

/** Any key of this size works; it only has to be the same in every process that migrates. */
const MIGRATE_LOCK_KEY = 7_241_865_325_823_964;

/** Options for {@link migrate}. */
export interface MigrateOptions {
  /** Receives node-pg-migrate's progress lines; silent when absent. */
  log?: Logger;
  /** Folder of migrations; only tests point elsewhere. */
  dir?: string;
}

/**
 * Applies every pending migration and returns the names applied (empty when the schema is current).
 * Safe to call from several processes at once: the later ones wait and then find nothing to do.
 * Accepts a URL (a connection is opened and closed), a pool (one client is borrowed) or a connected client.
 */
export async function migrate(target: string | pg.Pool | pg.ClientBase, opts: MigrateOptions = {}): Promise<string[]> {
  const dir = opts.dir ?? migrationsDir;
  await assertMigrationNames(dir);
  if (typeof target === 'string') {
    const client = new pg.Client({ connectionString: target, application_name: 'irado-migrate' });
    await client.connect();
    try {
      return await migrateWithClient(client, dir, opts.log);
    } finally {
      await client.end();
    }
  }
  if (target instanceof pg.Pool) {
    const client = await target.connect();
    try {
      return await migrateWithClient(client, dir, opts.log);
    } finally {
      client.release();
    }
  }
  return migrateWithClient(target, dir, opts.log);
}

/**
 * node-pg-migrate's own guard is a session advisory lock, but every pglite-socket connection shares PGlite's one
 * session, so that lock never blocks there and two runners both apply 0001. Instead the whole run happens inside an
 * outer transaction holding a transaction-level advisory lock: on real PostgreSQL the lock serialises runners, on
 * PGlite the socket does (it hands the backend to no other connection while a transaction is open). The runner's own
 * BEGIN inside it only draws a warning, and its COMMIT ends the outer transaction and releases the lock.
 */
async function migrateWithClient(client: pg.ClientBase, dir: string, log: Logger | undefined): Promise<string[]> {
  const say = (msg: string) => log?.info(msg);
  await client.query('begin');
  try {
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATE_LOCK_KEY]);
    const applied = await runner({
      dbClient: client,
      dir,
      direction: 'up',
      migrationsTable: 'pgmigrations',
      singleTransaction: true,
      noLock: true,
      checkOrder: true,
      logger: {
        debug: say,
        info: say,
        warn: (m) => (log?.warn ?? say).call(log, m),
        error: (m) => (log?.error ?? say).call(log, m),
      },
    });
    // Nothing pending: the runner never committed, so the outer transaction (and the lock) is still open.
    await client.query('commit');
    return applied.map((m) => m.name);
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  }
}

/** A misnamed file would silently sort out of order, so refuse to run rather than guess. */
async function assertMigrationNames(dir: string): Promise<void> {
  const bad = (await readdir(dir)).filter((f) => !f.startsWith('.') && !migrationName.test(f));
  if (bad.length > 0) throw new Error(`migrations in ${dir} must be named NNNN_name.sql; found ${bad.join(', ')}`);
}
