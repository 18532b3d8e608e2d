import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded.ts';
import { createPool } from './pool.ts';
import { cachedDump } from './testing/dump-cache.ts';

// These tests are about PGlite itself, so they ignore DATABASE_URL. An empty cluster from the dump cache
// starts in well under a second, against several seconds for initdb.
const startEmpty = async (opts: { maxConnections?: number } = {}) =>
  startEmbeddedPostgres({ ...opts, loadDataDir: await cachedDump(false) });

describe('startEmbeddedPostgres', () => {
  it('serves several concurrent pg connections and a pool with concurrent queries and transactions', async (t) => {
    const db = await startEmpty();
    t.after(() => db.close());

    const clients = Array.from({ length: 6 }, () => new pg.Client(db.url));
    await Promise.all(clients.map((c) => c.connect()));
    t.after(() => Promise.all(clients.map((c) => c.end())));
    const answers = await Promise.all(clients.map((c, i) => c.query<{ n: number }>('select $1::int as n', [i])));
    assert.deepEqual(
      answers.map((r) => r.rows[0]?.n),
      [0, 1, 2, 3, 4, 5],
    );

    const pool = createPool(db.url, { max: 4 });
    t.after(() => pool.end());
    await pool.query('create table item (id int primary key, owner int not null)');
    // Differently shaped statements: interleaving their Parse/Bind messages would mix up the columns.
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2 === 0
          ? pool.query<{ n: number; s: string }>('select $1::int as n, $2::text as s', [i, `s${i}`])
          : pool.query<{ n: number; s: string }>('select $2::text as s, $1::int + 0 as n, 1 as extra', [i, `s${i}`]),
      ),
    );
    assert.deepEqual(
      results.map((r) => [r.rows[0]?.n, r.rows[0]?.s]),
      Array.from({ length: 8 }, (_, i) => [i, `s${i}`]),
    );

    // Transactions run concurrently and pause half-way; each must see only its own writes and end atomically.
    const seen = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (owner) => {
        const client = await pool.connect();
        try {
          await client.query('begin');
          await client.query('insert into item values ($1, $2)', [owner * 10, owner]);
          await sleep(5);
          await client.query('insert into item values ($1, $2)', [owner * 10 + 1, owner]);
          const { rows } = await client.query<{ n: number }>('select count(*)::int as n from item where owner = $1', [
            owner,
          ]);
          await client.query(owner % 3 === 0 ? 'rollback' : 'commit');
          return rows[0]?.n;
        } finally {
          client.release();
        }
      }),
    );
    assert.deepEqual(seen, [2, 2, 2, 2, 2, 2]);
    const { rows } = await pool.query<{ owner: number; n: number }>(
      'select owner, count(*)::int as n from item group by owner order by owner',
    );
    assert.deepEqual(rows, [
      { owner: 1, n: 2 },
      { owner: 2, n: 2 },
      { owner: 4, n: 2 },
      { owner: 5, n: 2 },
    ]);
  });

  it('offers the contrib extensions the migrations use', async (t) => {
    const db = await startEmpty();
    t.after(() => db.close());
    const client = new pg.Client(db.url);
    await client.connect();
    t.after(() => client.end());
    await client.query('create extension pg_trgm; create extension unaccent; create extension pgcrypto');
    const { rows } = await client.query<{ plain: string; similar: boolean; bytes: number }>(
      `select unaccent('één café') as plain, similarity('koelkast', 'koelkas') > 0.5 as similar,
              length(gen_random_bytes(16)) as bytes`,
    );
    assert.deepEqual(rows[0], { plain: 'een cafe', similar: true, bytes: 16 });
  });

  it('refuses connections above maxConnections', async (t) => {
    const db = await startEmpty({ maxConnections: 1 });
    t.after(() => db.close());
    const first = new pg.Client(db.url);
    await first.connect();
    t.after(() => first.end());
    const second = new pg.Client(db.url);
    await assert.rejects(second.connect());
    assert.deepEqual((await first.query('select 1 as one')).rows, [{ one: 1 }]);
  });

  it('keeps the data of a file-backed data dir across close and start', async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'irado-db-test-'));
    t.after(() => rm(dir, { recursive: true, force: true }));
    const dataDir = join(dir, 'data', 'pg');

    const first = await startEmbeddedPostgres({ dataDir });
    const writer = createPool(first.url);
    await writer.query('create table note (body text not null)');
    await writer.query(`insert into note values ('bewaard')`);
    await writer.end();
    await first.close();

    const second = await startEmbeddedPostgres({ dataDir });
    t.after(() => second.close());
    const reader = createPool(second.url);
    t.after(() => reader.end());
    const { rows } = await reader.query<{ body: string }>('select body from note');
    assert.deepEqual(rows, [{ body: 'bewaard' }]);
  });
});
