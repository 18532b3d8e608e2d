import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { startEmbeddedPostgres } from '../embedded.ts';
import { migrate } from '../migrate.ts';
import { createPool } from '../pool.ts';
import { cachedDump } from './dump-cache.ts';

/** What {@link freshDatabase} needs from a test: node:test's `t`, or `{ after }` imported from node:test for a whole file. */
export interface TestHooks {
  after(fn: () => Promise<void> | void): void;
}

/** Options for {@link freshDatabase}. */
export interface FreshDatabaseOptions {
  /** false gives an empty database, for tests of the migrations themselves. Default true. */
  migrated?: boolean;
}

/** A database nobody else uses, removed when the test ends. */
export interface FreshDatabase {
  pool: pg.Pool;
  url: string;
}

type Cleanup = () => Promise<void>;

/**
 * A new, fully migrated database for one test or test file, removed in `t.after`.
 * With DATABASE_URL set (a real server whose user may create databases) it creates `irado_test_<random>` there;
 * without, it starts an in-memory PGlite over the socket, from a cached migrated dump so it costs about half a second.
 */
export async function freshDatabase(t: TestHooks, opts: FreshDatabaseOptions = {}): Promise<FreshDatabase> {
  const migrated = opts.migrated ?? true;
  const cleanups: Cleanup[] = [];
  // One hook that undoes everything in reverse, because node:test runs `after` hooks in registration order.
  // Registered first, so a failure half-way (e.g. in a migration) still leaves nothing behind.
  t.after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  const serverUrl = process.env.DATABASE_URL;
  const url = serverUrl
    ? await createServerDatabase(serverUrl, migrated, cleanups)
    : await startPglite(migrated, cleanups);
  const pool = createPool(url, { max: 4, applicationName: 'irado-test' });
  cleanups.push(() => pool.end());
  return { pool, url };
}

async function createServerDatabase(serverUrl: string, migrated: boolean, cleanups: Cleanup[]): Promise<string> {
  const name = `irado_test_${randomBytes(6).toString('hex')}`;
  const admin = createPool(serverUrl, { max: 1, applicationName: 'irado-test-admin' });
  cleanups.push(() => admin.end());
  await admin.query(`create database ${name}`);
  // FORCE terminates connections a test left open (PostgreSQL 13+), which would otherwise block the drop.
  cleanups.push(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (migrated) await migrate(url.toString());
  return url.toString();
}

async function startPglite(migrated: boolean, cleanups: Cleanup[]): Promise<string> {
  const db = await startEmbeddedPostgres({ loadDataDir: await cachedDump(migrated) });
  cleanups.push(() => db.close());
  return db.url;
}
