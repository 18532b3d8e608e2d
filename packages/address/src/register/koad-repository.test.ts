import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createPool, freePort } from '@irado/db';
import { freshDatabase } from '@irado/db/testing';
import { isAppError } from '@irado/errors';
import { aKoadRecord, loadRegister } from '../testing/register-factory.ts';
import { lookup, replaceAll, stats } from './koad-repository.ts';

const db = await freshDatabase({ after });
const koadNumbers = (rows: { koadNumber: string }[]) => rows.map((r) => r.koadNumber).sort();

async function registerKoadNumbers(): Promise<string[]> {
  const { rows } = await db.pool.query<{ koad_number: string }>('select koad_number from koad_register');
  return rows.map((r) => r.koad_number).sort();
}

describe('lookup', () => {
  it('finds a range row under every number of the range, and rows with additions, active or not', async () => {
    await loadRegister(db.pool, [
      aKoadRecord({ koadNumber: 'r1', postcode: '3112ZZ', houseNumber: 20, houseNumberTo: 22, resident: false }),
      aKoadRecord({ koadNumber: 'a1', postcode: '3112ZZ', houseNumber: 21, additions: ['A'] }),
      aKoadRecord({ koadNumber: 'i1', postcode: '3112ZZ', houseNumber: 21, active: false }),
      aKoadRecord({ koadNumber: 'o1', postcode: '3112ZY', houseNumber: 21 }),
      aKoadRecord({ koadNumber: 'nan', postcode: null, houseNumber: null }),
    ]);
    assert.deepEqual(koadNumbers(await lookup(db.pool, '3112ZZ', 20)), ['r1']);
    assert.deepEqual(koadNumbers(await lookup(db.pool, '3112 zz', 21)), ['a1', 'i1', 'r1']);
    assert.deepEqual(koadNumbers(await lookup(db.pool, '3112ZZ', 22)), ['r1']);
    assert.deepEqual(await lookup(db.pool, '3112ZZ', 23), []);
    const [range] = await lookup(db.pool, '3112ZZ', 22);
    assert.deepEqual(
      { houseNumber: range?.houseNumber, resident: range?.resident, additions: range?.additions },
      { houseNumber: 22, resident: false, additions: [] },
    );
    const withLetter = (await lookup(db.pool, '3112ZZ', 21)).find((r) => r.koadNumber === 'a1');
    assert.deepEqual(withLetter?.additions, ['A']);
  });

  it('returns nothing for an invalid postcode or house number without querying', async () => {
    assert.deepEqual(await lookup(db.pool, 'nan', 1), []);
    assert.deepEqual(await lookup(db.pool, '3112ZZ', 0), []);
  });

  it('can answer from the (postcode, house_number) index', async () => {
    const client = await db.pool.connect();
    try {
      // A table this small would be scanned anyway; forbid that to see that the planner can use the index at all.
      await client.query('set enable_seqscan = off');
      const { rows } = await client.query(
        `explain select * from koad_register where postcode = '3112ZZ' and house_number <= 21
         and coalesce(house_number_to, house_number) >= 21`,
      );
      await client.query('reset enable_seqscan');
      assert.match(rows.map((r) => Object.values(r).join('')).join('\n'), /koad_register_lookup_idx/);
    } finally {
      client.release();
    }
  });
});

describe('stats', () => {
  it('counts active residents and businesses, distinct postcodes and the last import', async () => {
    await loadRegister(db.pool, [
      aKoadRecord({ postcode: '3112AA' }),
      aKoadRecord({ postcode: '3112AA', houseNumber: 2, resident: false }),
      aKoadRecord({ postcode: '3112AB', active: false }),
    ]);
    const s = await stats(db.pool);
    assert.deepEqual(
      { rows: s.rows, active: s.active, residents: s.residents, businesses: s.businesses, postcodes: s.postcodes },
      { rows: 3, active: 2, residents: 1, businesses: 1, postcodes: 2 },
    );
    assert.equal(s.lastImport?.status, 'succeeded');
    assert.equal(s.lastImport?.rowsImported, 3);
    assert.ok(s.lastImport?.startedAt instanceof Date);
  });
});

describe('replaceAll', () => {
  it('replaces the register, records the import and keeps the migration index names for the next import', async () => {
    await loadRegister(db.pool, [aKoadRecord({ koadNumber: 'old-1' })]);
    const result = await replaceAll(db.pool, [aKoadRecord({ koadNumber: 'new-1' }), aKoadRecord({ postcode: null })], {
      source: 'upload',
      filename: 'koad.csv',
    });
    const now = await registerKoadNumbers();
    assert.equal(now.length, 2);
    assert.ok(now.includes('new-1') && !now.includes('old-1'));
    assert.equal(result.rowsImported, 2);
    assert.equal(result.rowsSkippedUnusable, 1);
    const { rows } = await db.pool.query<{ indexname: string }>(
      `select indexname from pg_indexes where tablename = 'koad_register' order by indexname`,
    );
    assert.deepEqual(
      rows.map((r) => r.indexname),
      ['koad_register_lookup_idx', 'koad_register_pkey'],
    );
    const { rows: leftovers } = await db.pool.query(
      `select tablename from pg_tables where tablename like 'koad_register_%'`,
    );
    assert.deepEqual(leftovers, []);
  });

  it('lookups during an import see the old register until the swap', async () => {
    await loadRegister(db.pool, [aKoadRecord({ koadNumber: 'before', postcode: '3131AA', houseNumber: 5 })]);
    const seen: string[][] = [];
    const next = Array.from({ length: 30 }, (_, i) => aKoadRecord({ postcode: '3131AA', houseNumber: i + 1 }));
    await replaceAll(db.pool, next, {
      source: 'cli',
      batchSize: 10,
      onProgress: async () => {
        seen.push(koadNumbers(await lookup(db.pool, '3131AA', 5)));
      },
    });
    assert.deepEqual(seen, [['before'], ['before'], ['before']]);
    assert.deepEqual(koadNumbers(await lookup(db.pool, '3131AA', 5)), [next[4]?.koadNumber]);
  });

  it('lookups running throughout repeated imports never fail and never see an empty or partial register', async () => {
    const register = (tag: string) =>
      Array.from({ length: 3_000 }, (_, i) =>
        aKoadRecord({ koadNumber: `${tag}${i}`, postcode: '3131AB', houseNumber: (i % 300) + 1 }),
      );
    await loadRegister(db.pool, register('start-'));
    let running = true;
    const seen: number[] = [];
    const hammer = async () => {
      while (running) seen.push((await lookup(db.pool, '3131AB', 7)).length);
    };
    const hammers = [hammer(), hammer()];
    for (let i = 0; i < 4; i++) await replaceAll(db.pool, register(`run${i}-`), { source: 'cli', batchSize: 1_000 });
    running = false;
    await Promise.all(hammers);
    assert.ok(seen.length > 10, `only ${seen.length} lookups ran`);
    assert.deepEqual([...new Set(seen)], [10], 'every lookup saw one whole register');
  });

  it('a duplicate KOAD-nummer fails the import with VALIDATION and leaves the old register and a failed import', async () => {
    await loadRegister(db.pool, [aKoadRecord({ koadNumber: 'keep-1' }), aKoadRecord({ koadNumber: 'keep-2' })]);
    const dup = [aKoadRecord({ koadNumber: 'x' }), aKoadRecord({ koadNumber: 'x', houseNumber: 2 })];
    await assert.rejects(
      replaceAll(db.pool, dup, { source: 'upload' }),
      (e) => isAppError(e) && e.code === 'VALIDATION',
    );
    assert.deepEqual(await registerKoadNumbers(), ['keep-1', 'keep-2']);
    const { lastImport } = await stats(db.pool);
    assert.equal(lastImport?.status, 'failed');
    assert.match(lastImport?.error ?? '', /duplicate key|unique/i);
    const { rows } = await db.pool.query(`select tablename from pg_tables where tablename like 'koad_register_%'`);
    assert.deepEqual(rows, [], 'the staging table is dropped');
  });

  it('a database error half-way through loading leaves the old register', async () => {
    await loadRegister(db.pool, [aKoadRecord({ koadNumber: 'keep-3' })]);
    const broken = [aKoadRecord(), aKoadRecord(), aKoadRecord(), aKoadRecord({ houseNumber: 1.5 })];
    const progress: number[] = [];
    await assert.rejects(
      replaceAll(db.pool, broken, { source: 'cli', batchSize: 2, onProgress: (p) => void progress.push(p.loaded) }),
      /KOAD import failed/,
    );
    assert.deepEqual(progress, [2], 'the first batch was loaded before the failure');
    assert.deepEqual(await registerKoadNumbers(), ['keep-3']);
  });

  it('a swap that fails half-way (a view depends on the register) rolls back whole', async () => {
    await loadRegister(db.pool, [aKoadRecord({ koadNumber: 'keep-4' })]);
    await db.pool.query('create view koad_register_view as select koad_number from koad_register');
    try {
      await assert.rejects(replaceAll(db.pool, [aKoadRecord({ koadNumber: 'never' })], { source: 'cli' }), /depend/);
      assert.deepEqual(await registerKoadNumbers(), ['keep-4']);
      const { rows } = await db.pool.query<{ indexname: string }>(
        `select indexname from pg_indexes where tablename = 'koad_register' order by indexname`,
      );
      assert.deepEqual(
        rows.map((r) => r.indexname),
        ['koad_register_lookup_idx', 'koad_register_pkey'],
      );
      assert.equal((await stats(db.pool)).lastImport?.status, 'failed');
    } finally {
      await db.pool.query('drop view koad_register_view');
    }
  });

  it('an unreachable database gives DATABASE_UNAVAILABLE', async () => {
    const dead = createPool(`postgres://postgres@127.0.0.1:${await freePort()}/x`, { connectionTimeoutMillis: 500 });
    after(() => dead.end());
    await assert.rejects(
      replaceAll(dead, [aKoadRecord()], { source: 'cli' }),
      (e) => isAppError(e) && e.code === 'DATABASE_UNAVAILABLE',
    );
  });
});
