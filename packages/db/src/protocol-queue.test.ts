import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded.ts';

// Always embedded: this is about how the embedded server multiplexes connections, whatever DATABASE_URL says.
const embedded = await startEmbeddedPostgres();
after(() => embedded.close());

async function connected(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  after(() => client.end());
  return client;
}

describe('embedded server: concurrent connections', () => {
  it('keeps each connection’s parameterised queries and transactions apart', async () => {
    const [a, b, c] = await Promise.all([connected(), connected(), connected()]);
    await a.query('create table if not exists interleave (n int)');
    const rounds = 40;
    const transactions = (async () => {
      for (let i = 0; i < rounds; i++) {
        await a.query('begin');
        await a.query('insert into interleave (n) values ($1)', [i]);
        const { rows } = await a.query<{ n: number }>('select max(n)::int as n from interleave where n = $1', [i]);
        assert.equal(rows[0]?.n, i);
        await a.query(i % 2 === 0 ? 'commit' : 'rollback');
      }
    })();
    const reader = (client: pg.Client, tag: string) =>
      (async () => {
        for (let i = 0; i < rounds; i++) {
          // Different parameter counts per connection: a Bind that met the other's statement would fail.
          const params = tag === 'b' ? [i, `${tag}${i}`] : [i, `${tag}${i}`, i * 2];
          const sql =
            tag === 'b' ? 'select $1::int as n, $2::text as t' : 'select $1::int as n, $2::text as t, $3::int as d';
          const { rows } = await client.query<{ n: number; t: string }>(sql, params);
          assert.equal(rows[0]?.n, i);
          assert.equal(rows[0]?.t, `${tag}${i}`);
        }
      })();
    await Promise.all([transactions, reader(b, 'b'), reader(c, 'c')]);
    const { rows } = await b.query<{ count: number }>('select count(*)::int as count from interleave');
    assert.equal(rows[0]?.count, rounds / 2, 'only the committed half is there');
  });

  it('releases the session when a connection dies inside a transaction', async () => {
    const quitter = new pg.Client({ connectionString: embedded.url });
    quitter.on('error', () => {}); // the abrupt end below is the point of the test
    await quitter.connect();
    await quitter.query('begin');
    await quitter.query('create table if not exists abandoned (n int)');
    (quitter as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const other = await connected();
    const { rows } = await other.query<{ t: string | null }>(`select to_regclass('abandoned')::text as t`);
    assert.deepEqual(rows, [{ t: null }], 'the abandoned transaction was rolled back');
  });
});
