import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { migrate, migrationsDir } from './migrate.ts';
import { freshDatabase } from './testing/index.ts';

describe('migrate', () => {
  it('creates app_meta and the extensions, then finds nothing left to do', async (t) => {
    const { pool, url } = await freshDatabase(t, { migrated: false });
    assert.deepEqual(await migrate(url), ['0001_init']);
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
    assert.deepEqual([...(a ?? []), ...(b ?? [])], ['0001_init']);
    const { rows } = await pool.query<{ name: string }>('select name from pgmigrations');
    assert.deepEqual(rows, [{ name: '0001_init' }]);
  });

  it('applies a new migration file on top of those already run, and reports it to the logger', async (t) => {
    const { pool } = await freshDatabase(t);
    const dir = await mkdtemp(join(tmpdir(), 'irado-migrations-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await copyFile(join(migrationsDir, '0001_init.sql'), join(dir, '0001_init.sql'));
    await writeFile(join(dir, '0002_note.sql'), '-- Up Migration\ncreate table note (body text);\n');
    const lines: string[] = [];

    assert.deepEqual(await migrate(pool, { dir, log: { info: (m) => lines.push(m) } }), ['0002_note']);
    assert.ok(lines.some((l) => l.includes('0002_note')));
    await pool.query('select body from note');
  });

  it('rolls back a failing migration completely and reports the error', async (t) => {
    const { pool } = await freshDatabase(t);
    const dir = await mkdtemp(join(tmpdir(), 'irado-migrations-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    await copyFile(join(migrationsDir, '0001_init.sql'), join(dir, '0001_init.sql'));
    await writeFile(join(dir, '0002_broken.sql'), '-- Up Migration\ncreate table half (id int);\nselect nope;\n');

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
