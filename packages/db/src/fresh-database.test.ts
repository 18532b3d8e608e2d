import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import pg from 'pg';
import { migrationsDir } from './migrate.ts';
import { freshDatabase } from './testing/index.ts';

/** Collects `after` hooks so a test can run them itself and look at what they left behind. */
function manualHooks() {
  const hooks: Array<() => Promise<void> | void> = [];
  return {
    after: (fn: () => Promise<void> | void) => void hooks.push(fn),
    runAfter: async () => {
      for (const h of hooks) await h();
    },
  };
}

describe('freshDatabase', () => {
  it('gives each caller its own migrated database', async (t) => {
    const a = await freshDatabase(t);
    const b = await freshDatabase(t);
    assert.notEqual(a.url, b.url);
    await a.pool.query(`insert into app_meta (key, value) values ('owner', 'a')`);
    const { rows } = await b.pool.query('select key from app_meta');
    assert.deepEqual(rows, []);
    const migrations = await b.pool.query<{ name: string }>('select name from pgmigrations order by name');
    const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
    assert.deepEqual(
      migrations.rows.map((r) => `${r.name}.sql`),
      files,
    );
  });

  it('removes the database when the test ends', async () => {
    const hooks = manualHooks();
    const { pool, url } = await freshDatabase(hooks);
    await pool.query('select 1');
    // A connection the test forgot to close must not keep the database alive.
    const forgotten = new pg.Client(url);
    forgotten.on('error', () => {});
    await forgotten.connect();

    await hooks.runAfter();

    const late = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    late.on('error', () => {});
    await assert.rejects(late.connect());
    await forgotten.end().catch(() => {});
  });
});
