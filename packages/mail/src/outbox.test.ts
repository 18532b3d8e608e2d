import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { freshDatabase } from '@irado/db/testing';
import { currentRules as rules } from '@irado/kernel';
import { enqueueRequestMails, listOutbox, retryFailed, type StoredMessage } from './outbox.ts';
import { insertRequest } from './testing/insert-request.ts';
import { parseXml } from './testing/parse-xml.ts';
import { anItem, aPickupRequest } from './testing/requests.ts';

const teamEmail = 'planning@irado.example';
const from = '"Irado" <noreply@irado.example>';

// One database for the file (a fresh one per test costs seconds on embedded PGlite); every test has its own request.
const database = freshDatabase({ after });

async function setup() {
  const { pool } = await database;
  const request = aPickupRequest({ items: [anItem('a', 'matras'), anItem('b', 'eettafel')] });
  const requestId = await insertRequest(pool, request);
  return { pool, request, requestId };
}

describe('enqueueRequestMails', () => {
  it('queues one team mail per route and one resident confirmation, rendered and ready to send', async () => {
    const { pool, request, requestId } = await setup();
    const client = await pool.connect();
    try {
      const queued = await enqueueRequestMails(client, { requestId, request, rules, teamEmail, from });
      assert.deepEqual(
        queued.map((q) => [q.kind, q.route, q.created]),
        [
          ['team_route', 'HUISRAAD', true],
          ['team_route', 'IJZER_EA_MATRASSEN', true],
          ['resident_confirmation', null, true],
        ],
      );
    } finally {
      client.release();
    }
    const { rows } = await pool.query<{ to_address: string; subject: string; message: StoredMessage; status: string }>(
      "select to_address, subject, message, status from email_outbox where request_id = $1 and kind = 'team_route' order by route",
      [requestId],
    );
    assert.equal(rows.length, 2);
    assert.equal(rows[0]?.to_address, teamEmail);
    assert.equal(rows[0]?.subject, 'Grofvuil aanvraag - Huisraad (Schiedam)');
    assert.equal(rows[0]?.status, 'pending');
    const xml = rows[1]?.message.attachments[0];
    assert.equal(xml?.encoding, 'base64');
    const root = parseXml(Buffer.from(xml?.content ?? '', 'base64').toString('utf8'));
    assert.equal(root.children.find((c) => c.name === 'Route')?.attrs.code, 'IJZER_EA_MATRASSEN');
    assert.equal(rows[1]?.message.from, from);
  });

  it('is idempotent: a second call for the same request queues nothing and returns the same ids', async () => {
    const { pool, request, requestId } = await setup();
    const client = await pool.connect();
    try {
      const first = await enqueueRequestMails(client, { requestId, request, rules, teamEmail, from });
      const second = await enqueueRequestMails(client, { requestId, request, rules, teamEmail, from });
      assert.deepEqual(
        second.map((q) => q.id),
        first.map((q) => q.id),
      );
      assert.ok(second.every((q) => !q.created));
    } finally {
      client.release();
    }
    const { rows } = await pool.query<{ idempotency_key: string; n: number }>(
      'select idempotency_key, count(*)::int as n from email_outbox where request_id = $1 group by 1 order by 1',
      [requestId],
    );
    assert.deepEqual(
      rows.map((r) => [r.idempotency_key, r.n]),
      [
        [`resident:${requestId}`, 1],
        [`team:${requestId}:HUISRAAD`, 1],
        [`team:${requestId}:IJZER_EA_MATRASSEN`, 1],
      ],
    );
  });

  it('commits and rolls back with the caller’s transaction', async () => {
    const { pool, request, requestId } = await setup();
    const client = await pool.connect();
    try {
      await client.query('begin');
      await enqueueRequestMails(client, { requestId, request, rules, teamEmail, from });
      await client.query('rollback');
    } finally {
      client.release();
    }
    assert.deepEqual(await listOutbox(pool, { requestId }), []);
  });
});

describe('listOutbox and retryFailed', () => {
  it('lists by status and puts only a failed mail back in the queue', async () => {
    const { pool, request, requestId } = await setup();
    const client = await pool.connect();
    let ids: string[];
    try {
      ids = (await enqueueRequestMails(client, { requestId, request, rules, teamEmail, from })).map((q) => q.id);
    } finally {
      client.release();
    }
    const [failedId, pendingId] = ids;
    assert.ok(failedId && pendingId);
    await pool.query("update email_outbox set status = 'failed', attempts = 1, last_error = '550 no' where id = $1", [
      failedId,
    ]);
    const failed = await listOutbox(pool, { requestId, status: 'failed' });
    assert.deepEqual(
      failed.map((f) => [f.id, f.lastError, f.requestId]),
      [[failedId, '550 no', requestId]],
    );
    assert.equal((await listOutbox(pool, { requestId, kind: 'team_route' })).length, 2);
    assert.equal(await retryFailed(pool, pendingId), false, 'a pending mail is not "retried"');
    assert.equal(await retryFailed(pool, 'not-a-uuid'), false);
    assert.equal(await retryFailed(pool, failedId), true);
    const [again] = await listOutbox(pool, { requestId, status: 'pending', kind: 'team_route', limit: 1 });
    assert.ok(again);
    assert.equal((await listOutbox(pool, { requestId, status: 'failed' })).length, 0);
    assert.equal((await listOutbox(pool, { requestId, status: ['pending'] })).length, 3);
  });
});
