import assert from 'node:assert/strict';
import { after, describe, it, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createPool } from '@irado/db';
import { freshDatabase } from '@irado/db/testing';
import { currentRules as rules } from '@irado/kernel';
import type pg from 'pg';
import { createMailer } from './mailer.ts';
import { enqueueRequestMails, listOutbox } from './outbox.ts';
import { insertRequest } from './testing/insert-request.ts';
import { parseXml } from './testing/parse-xml.ts';
import { anItem, aPickupRequest } from './testing/requests.ts';
import { startTestSmtp, type TestSmtpOptions } from './testing/test-smtp.ts';
import { type OutboxLogger, type OutboxWorkerOptions, startOutboxWorker } from './worker.ts';

const teamEmail = 'planning@irado.example';
const from = '"Irado" <noreply@irado.example>';
const residentEmail = 'jan.de.vries@example.org';

// One database per file; each test starts from an empty outbox, and tests in a file run one after another.
const database = freshDatabase({ after });

/** Logs kept in memory, to check what the worker writes (and that no address is in it). */
function memoryLogger(): OutboxLogger & { lines: { level: string; fields: object; msg: string }[] } {
  const lines: { level: string; fields: object; msg: string }[] = [];
  const log = (level: string) => (fields: object, msg: string) => lines.push({ level, fields, msg });
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}

/** Queues the mails of `count` requests (two routes each: 3 mails per request); returns the outbox ids. */
async function enqueue(pool: pg.Pool, count = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const request = aPickupRequest({
      reference: `GV-TEST${i}`,
      contact: { email: residentEmail },
      items: [anItem('a', 'matras'), anItem('b', 'eettafel')],
    });
    const requestId = await insertRequest(pool, request);
    const client = await pool.connect();
    try {
      await client.query('begin');
      ids.push(...(await enqueueRequestMails(client, { requestId, request, rules, teamEmail, from })).map((q) => q.id));
      await client.query('commit');
    } finally {
      client.release();
    }
  }
  return ids;
}

async function setup(t: TestContext, smtpOptions: TestSmtpOptions = {}) {
  const { pool, url } = await database;
  await pool.query('delete from email_outbox');
  const smtp = await startTestSmtp(t, smtpOptions);
  const mailer = createMailer(smtp.url, { from });
  t.after(() => mailer.close());
  const logger = memoryLogger();
  const worker = (opts: Partial<OutboxWorkerOptions> = {}) => {
    // A long poll interval: these tests drive the worker with drain(), the poll loop only runs once at start.
    const w = startOutboxWorker({ pool, mailer, logger, pollIntervalMs: 60_000, backoff: () => 60_000, ...opts });
    t.after(() => w.stop());
    return w;
  };
  return { pool, url, smtp, mailer, logger, worker };
}

/** Lets the backoff pass without waiting for it: every pending mail becomes due now. */
async function timePasses(pool: pg.Pool) {
  await pool.query("update email_outbox set next_attempt_at = now() where status = 'pending'");
}

async function statuses(pool: pg.Pool) {
  const { rows } = await pool.query<{ id: string; status: string; attempts: number; last_error: string | null }>(
    'select id, status, attempts, last_error from email_outbox order by created_at, id',
  );
  return rows;
}

describe('startOutboxWorker', () => {
  it('delivers each queued mail exactly once, as rendered, and records it as sent', async (t) => {
    const { pool, smtp, worker } = await setup(t);
    const ids = await enqueue(pool);
    const w = worker();
    await w.drain();
    await w.drain();
    assert.equal(smtp.messages.length, 3);
    const byId = new Map(smtp.messages.map((m) => [m.messageId, m]));
    assert.deepEqual([...byId.keys()].sort(), ids.map((id) => `<${id}@irado.example>`).sort());
    const team = smtp.messages.find((m) => m.subject === 'Grofvuil aanvraag - IJzer/EA/Matrassen (Schiedam)');
    const xml = team?.attachments.find((a) => a.filename === 'grofvuil_aanvraag.xml');
    assert.equal(xml?.contentType, 'application/xml');
    assert.equal(parseXml(xml?.content.toString('utf8') ?? '').name, 'QMLRequest');
    const resident = smtp.messages.find((m) => m.subject === 'Bevestiging grofvuil aanvraag - Irado');
    assert.deepEqual(
      [resident?.to].flat().map((a) => a?.text),
      [residentEmail],
    );
    const picture = resident?.attachments.find((a) => a.filename === 'afvalplaats.png');
    assert.ok(picture?.cid);
    assert.ok(String(resident?.html).includes(`src="cid:${picture.cid}"`), 'the picture shows inline');
    const rows = await pool.query<{ status: string; message_id: string; sent_at: Date | null }>(
      'select status, message_id, sent_at from email_outbox',
    );
    assert.ok(rows.rows.every((r) => r.status === 'sent' && r.message_id && r.sent_at));
  });

  it('keeps mails pending with the error while SMTP is down, then delivers each once when it is back', async (t) => {
    const { pool, smtp, worker } = await setup(t, { down: true });
    await enqueue(pool);
    const w = worker();
    await w.drain();
    let rows = await statuses(pool);
    assert.deepEqual(
      rows.map((r) => [r.status, r.attempts]),
      [
        ['pending', 1],
        ['pending', 1],
        ['pending', 1],
      ],
    );
    assert.ok(rows.every((r) => r.last_error?.match(/ECONNREFUSED|ESOCKET|ECONNECTION/)));
    const { rows: due } = await pool.query<{ n: number }>(
      "select count(*)::int as n from email_outbox where next_attempt_at > now() + interval '50 seconds'",
    );
    assert.equal(due[0]?.n, 3, 'the next attempt waits for the backoff');
    await w.drain();
    assert.equal(smtp.messages.length, 0, 'nothing is due before the backoff has passed');
    await smtp.start();
    await timePasses(pool);
    await w.drain();
    rows = await statuses(pool);
    assert.ok(rows.every((r) => r.status === 'sent' && r.attempts === 2 && r.last_error === null));
    assert.equal(smtp.messages.length, 3);
    assert.equal(new Set(smtp.messages.map((m) => m.messageId)).size, 3);
  });

  it('retries a temporary 4xx refusal and delivers on the next attempt', async (t) => {
    const { pool, smtp, worker } = await setup(t, { failFirst: 1, failWith: 'temporary' });
    await enqueue(pool);
    const w = worker();
    await w.drain();
    await timePasses(pool);
    await w.drain();
    const rows = await statuses(pool);
    assert.equal(smtp.refused, 1);
    assert.equal(smtp.messages.length, 3);
    assert.deepEqual(rows.map((r) => r.attempts).sort(), [1, 1, 2]);
    assert.ok(rows.every((r) => r.status === 'sent'));
  });

  it('marks a mail failed after one attempt on a permanent 5xx, keeping the reply without the address', async (t) => {
    const { pool, smtp, worker, logger } = await setup(t, { failFirst: 100, failWith: 'permanent' });
    const ids = await enqueue(pool);
    await worker().drain();
    const failed = await listOutbox(pool, { status: 'failed' });
    assert.deepEqual(failed.map((f) => f.id).sort(), [...ids].sort());
    assert.equal(smtp.messages.length, 0);
    for (const f of failed) {
      assert.equal(f.attempts, 1);
      assert.match(f.lastError ?? '', /550.*Recipient address rejected: User unknown/);
      assert.doesNotMatch(f.lastError ?? '', /@/);
    }
    assert.ok(logger.lines.some((l) => l.level === 'error' && l.msg === 'outbox mail failed'));
  });

  it('gives up after maxAttempts temporary failures', async (t) => {
    const { pool, worker } = await setup(t, { down: true });
    await enqueue(pool);
    await worker({ maxAttempts: 2, backoff: () => 0 }).drain();
    const rows = await statuses(pool);
    assert.ok(rows.every((r) => r.status === 'failed' && r.attempts === 2));
  });

  it('takes over a mail whose worker crashed mid-send (lease expired), and leaves a live lease alone', async (t) => {
    const { pool, smtp, worker } = await setup(t);
    const [expired, leased] = await enqueue(pool);
    await pool.query(
      `update email_outbox set status = 'sending', attempts = 1,
              locked_until = case when id = $1 then now() - interval '1 second' else now() + interval '1 hour' end
        where id = any($2)`,
      [expired, [expired, leased]],
    );
    await worker().drain();
    const rows = new Map((await statuses(pool)).map((r) => [r.id, r]));
    assert.deepEqual([rows.get(expired ?? '')?.status, rows.get(expired ?? '')?.attempts], ['sent', 2]);
    assert.equal(rows.get(leased ?? '')?.status, 'sending');
    assert.equal(smtp.messages.length, 2, 'the reclaimed mail and the third, pending one');
    assert.ok(!smtp.messages.some((m) => m.messageId === `<${leased}@irado.example>`));
  });

  it('never sends a mail twice when two workers with their own connections run at once', async (t) => {
    const { pool, url, smtp, mailer, logger, worker } = await setup(t);
    const ids = await enqueue(pool, 10);
    const otherPool = createPool(url, { max: 4, applicationName: 'irado-test-worker-2' });
    t.after(() => otherPool.end());
    const otherLogger = memoryLogger();
    const other = startOutboxWorker({
      pool: otherPool,
      mailer,
      logger: otherLogger,
      pollIntervalMs: 60_000,
      batchSize: 4,
    });
    t.after(() => other.stop());
    await Promise.all([worker({ batchSize: 4 }).drain(), other.drain()]);
    assert.equal(smtp.messages.length, ids.length);
    assert.equal(new Set(smtp.messages.map((m) => m.messageId)).size, ids.length);
    const rows = await statuses(pool);
    assert.ok(rows.every((r) => r.status === 'sent' && r.attempts === 1));
    const sentBy = (l: ReturnType<typeof memoryLogger>) => l.lines.filter((x) => x.msg === 'outbox mail sent').length;
    assert.equal(sentBy(logger) + sentBy(otherLogger), ids.length);
    assert.ok(sentBy(logger) > 0 && sentBy(otherLogger) > 0, 'both workers claimed mails while the other was sending');
  });

  it('polls on its own, stops cleanly, and logs ids and outcomes but never an address', async (t) => {
    const { pool, smtp, logger, worker } = await setup(t);
    await enqueue(pool);
    const w = worker({ pollIntervalMs: 20 });
    for (let i = 0; i < 250 && smtp.messages.length < 3; i++) await sleep(20);
    await w.stop();
    assert.equal(smtp.messages.length, 3);
    const sent = logger.lines.filter((l) => l.msg === 'outbox mail sent');
    assert.equal(sent.length, 3);
    assert.deepEqual(Object.keys(sent[0]?.fields ?? {}).sort(), ['attempt', 'kind', 'mailId', 'route', 'status']);
    assert.doesNotMatch(JSON.stringify(logger.lines), /@/);
  });
});
