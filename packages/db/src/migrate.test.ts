import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { migrate, migrationsDir } from './migrate.ts';
import { freshDatabase } from './testing/index.ts';

/** Every migration of the project, in the order they run. */
const allMigrations = (await readdir(migrationsDir))
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => f.replace(/\.sql$/, ''));

/** A folder with the project's migrations plus one more, to test what a new file does. */
async function migrationsPlus(
  t: { after: (fn: () => Promise<void>) => void },
  name: string,
  sql: string,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'irado-migrations-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  for (const file of allMigrations) await copyFile(join(migrationsDir, `${file}.sql`), join(dir, `${file}.sql`));
  await writeFile(join(dir, name), sql);
  return dir;
}

describe('migrate', () => {
  it('creates app_meta and the extensions, then finds nothing left to do', async (t) => {
    const { pool, url } = await freshDatabase(t, { migrated: false });
    assert.deepEqual(await migrate(url), allMigrations);
    assert.deepEqual(await migrate(pool), []);

    await pool.query(`insert into app_meta (key, value) values ('rules_version', '2026-1')`);
    const { rows } = await pool.query<{ value: string; recent: boolean }>(
      `select value, updated_at > now() - interval '1 minute' as recent from app_meta where key = 'rules_version'`,
    );
    assert.deepEqual(rows, [{ value: '2026-1', recent: true }]);
    const ext = await pool.query<{ extname: string }>(
      `select extname from pg_extension where extname in ('pg_trgm', 'unaccent', 'pgcrypto') order by extname`,
    );
    assert.deepEqual(
      ext.rows.map((r) => r.extname),
      ['pg_trgm', 'pgcrypto', 'unaccent'],
    );
  });

  it('applies each migration once when two runners start at the same time', async (t) => {
    const { pool, url } = await freshDatabase(t, { migrated: false });
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    assert.deepEqual([...(a ?? []), ...(b ?? [])].sort(), allMigrations);
    const { rows } = await pool.query<{ name: string }>('select name from pgmigrations order by name');
    assert.deepEqual(
      rows.map((r) => r.name),
      allMigrations,
    );
  });

  it('applies a new migration file on top of those already run, and reports it to the logger', async (t) => {
    const { pool } = await freshDatabase(t);
    const dir = await migrationsPlus(t, '9999_note.sql', '-- Up Migration\ncreate table note (body text);\n');
    const lines: string[] = [];

    assert.deepEqual(await migrate(pool, { dir, log: { info: (m) => lines.push(m) } }), ['9999_note']);
    assert.ok(lines.some((l) => l.includes('9999_note')));
    await pool.query('select body from note');
  });

  it('rolls back a failing migration completely and reports the error', async (t) => {
    const { pool } = await freshDatabase(t);
    const dir = await migrationsPlus(
      t,
      '9999_broken.sql',
      '-- Up Migration\ncreate table half (id int);\nselect nope;\n',
    );

    await assert.rejects(migrate(pool, { dir, log: { info: () => {} } }), /nope/);
    const { rows } = await pool.query<{ half: string | null }>(`select to_regclass('half')::text as half`);
    assert.deepEqual(rows, [{ half: null }]);
    assert.deepEqual(await migrate(pool), []);
  });

  it('refuses a migration file that does not follow NNNN_name.sql', async (t) => {
    const { pool } = await freshDatabase(t);
    const dir = await mkdtemp(join(tmpdir(), 'irado-migrations-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, '2-add-note.sql'), '-- Up Migration\nselect 1;\n');
    await assert.rejects(migrate(pool, { dir }), /NNNN_name\.sql.*2-add-note\.sql/);
  });
});
