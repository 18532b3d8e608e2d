import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { checkDatabase, createPool } from './pool.ts';
import { freshDatabase } from './testing/index.ts';

/** A port that was free a moment ago, so nothing answers on it. */
async function unusedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  assert.ok(address && typeof address === 'object');
  return address.port;
}

describe('checkDatabase', () => {
  it('answers true for a reachable database', async (t) => {
    const { pool } = await freshDatabase(t);
    assert.equal(await checkDatabase(pool), true);
  });

  it('answers false for a URL where nothing listens, without throwing, within 3 s', async (t) => {
    const pool = createPool(`postgres://postgres@127.0.0.1:${await unusedPort()}/postgres?sslmode=disable`);
    t.after(() => pool.end());
    const started = performance.now();
    assert.equal(await checkDatabase(pool), false);
    assert.ok(performance.now() - started < 3_000);
  });

  it('answers false when the server accepts the connection but never replies', async (t) => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket)).listen(0, '127.0.0.1');
    await once(silent, 'listening');
    t.after(() => {
      for (const socket of sockets) socket.destroy();
      silent.close();
    });
    const address = silent.address();
    assert.ok(address && typeof address === 'object');
    const pool = createPool(`postgres://postgres@127.0.0.1:${address.port}/postgres?sslmode=disable`);
    t.after(() => pool.end().catch(() => undefined));
    const started = performance.now();
    assert.equal(await checkDatabase(pool, 500), false);
    assert.ok(performance.now() - started < 1_500);
  });
});
