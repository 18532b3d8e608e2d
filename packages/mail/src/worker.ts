import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { type Mailer, MailSendError, redactAddresses } from './mailer.ts';
import type { MailKind, StoredMessage } from './outbox.ts';

/** The logger the worker writes to; a pino logger fits. Fields never hold personal data (no addresses, no names). */
export interface OutboxLogger {
  info(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  error(fields: object, msg: string): void;
}

/** Options of {@link startOutboxWorker}. */
export interface OutboxWorkerOptions {
  pool: pg.Pool;
  mailer: Mailer;
  logger: OutboxLogger;
  /** Pause between polls when the last one found less than a full batch. Default 1 s. */
  pollIntervalMs?: number;
  /** Mails claimed (and sent in parallel) per poll. Default 10. */
  batchSize?: number;
  /** Attempts before a mail that keeps failing temporarily is marked failed. Default 8 (about 21 minutes). */
  maxAttempts?: number;
  /** How long a claim is exclusive; a mail still 'sending' after it belonged to a crashed worker. Default 60 s. */
  leaseMs?: number;
  /** Delay before the next attempt after failed attempt n (1-based). Default min(2^n × 5 s, 1 h). */
  backoff?: (attempt: number) => number;
}

export interface OutboxWorker {
  /** Stops polling and waits for the mails in hand to be sent and marked. Does not close the mailer or the pool. */
  stop(): Promise<void>;
  /** Processes batches until nothing is due, then resolves; rejects when the database fails. For tests and CLIs. */
  drain(): Promise<void>;
}

interface ClaimedRow {
  id: string;
  kind: MailKind;
  route: string | null;
  to_address: string;
  subject: string;
  message: StoredMessage;
  attempts: number;
  /** As text, so the lease compares exactly (a JS Date would drop the microseconds). */
  lease: string;
}

// One statement is one short transaction: the row locks live only while it runs, never during SMTP I/O (on embedded
// PGlite an open transaction would stall every other connection). SKIP LOCKED lets several workers claim at once
// without waiting on, or taking, each other's rows; a row that is 'sending' with an expired lease was claimed by a
// worker that died, and is taken over. Attempts are counted at claim time, so a mail that crashes its worker every
// time still runs out of attempts.
const claimDue = `
  with due as (
    select id from email_outbox
     where (status = 'pending' or (status = 'sending' and locked_until < now()))
       and next_attempt_at <= now()
     order by next_attempt_at
     limit $1
     for update skip locked
  )
  update email_outbox o
     set status = 'sending', locked_until = now() + make_interval(secs => $2::double precision / 1000),
         attempts = o.attempts + 1
    from due
   where o.id = due.id
  returning o.id, o.kind, o.route, o.to_address, o.subject, o.message, o.attempts, o.locked_until::text as lease`;

// The lease guards the failure updates: a worker whose lease ran out must not overwrite a newer claim's outcome.
const markRetry = `
  update email_outbox
     set status = 'pending', last_error = $2, locked_until = null,
         next_attempt_at = now() + make_interval(secs => $3::double precision / 1000)
   where id = $1 and status = 'sending' and locked_until = $4::timestamptz`;
const markFailed = `
  update email_outbox set status = 'failed', last_error = $2, locked_until = null
   where id = $1 and status = 'sending' and locked_until = $3::timestamptz`;
// Sent is recorded whoever holds the lease now: the server accepted the mail, and that is the fact that counts.
const markSent = `
  update email_outbox set status = 'sent', message_id = $2, sent_at = now(), locked_until = null, last_error = null
   where id = $1`;

const defaultBackoff = (attempt: number) => Math.min(2 ** attempt * 5_000, 3_600_000);

function senderDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'irado.invalid';
}

/**
 * Starts delivering the outbox: polls for due mails, claims a batch, sends each outside any transaction, then marks it
 * sent, or pending again with a backoff, or failed (permanent SMTP error, or out of attempts). At-least-once: only a
 * crash between the server's acceptance and the 'sent' update can send a mail twice, and then with the same
 * Message-ID (`<outbox id@sender domain>`), so receivers can tell. Polls rather than LISTENs, because NOTIFY does not
 * cross the embedded database's socket.
 */
export function startOutboxWorker(opts: OutboxWorkerOptions): OutboxWorker {
  const { pool, mailer, logger } = opts;
  const pollIntervalMs = opts.pollIntervalMs ?? 1_000;
  const batchSize = opts.batchSize ?? 10;
  const maxAttempts = opts.maxAttempts ?? 8;
  const leaseMs = opts.leaseMs ?? 60_000;
  const backoff = opts.backoff ?? defaultBackoff;

  async function markSentWithRetry(row: ClaimedRow, messageId: string): Promise<void> {
    // The mail is out; losing this update would send it again after the lease. Try a little harder than once.
    for (let attempt = 1; ; attempt++) {
      try {
        await pool.query(markSent, [row.id, messageId]);
        return;
      } catch (err) {
        if (attempt >= 3) throw err;
        await sleep(200 * attempt);
      }
    }
  }

  async function deliver(row: ClaimedRow): Promise<void> {
    const fields = { mailId: row.id, kind: row.kind, route: row.route, attempt: row.attempts };
    if (row.attempts > maxAttempts) {
      // Only a mail whose lease expired can get here: its worker died mid-send, attempt after attempt.
      await pool.query(markFailed, [row.id, 'lease expired on every attempt', row.lease]);
      logger.error({ ...fields, status: 'failed' }, 'outbox mail failed');
      return;
    }
    const m = row.message;
    let messageId: string;
    try {
      ({ messageId } = await mailer.send({
        from: m.from,
        to: row.to_address,
        subject: row.subject,
        text: m.text,
        html: m.html,
        attachments: m.attachments,
        messageId: `<${row.id}@${senderDomain(m.from)}>`,
      }));
    } catch (err) {
      const e = err instanceof MailSendError ? err : new MailSendError(redactAddresses(String(err)), false);
      if (e.permanent || row.attempts >= maxAttempts) {
        await pool.query(markFailed, [row.id, e.message, row.lease]);
        logger.error({ ...fields, status: 'failed' }, 'outbox mail failed');
      } else {
        await pool.query(markRetry, [row.id, e.message, backoff(row.attempts), row.lease]);
        logger.warn({ ...fields, status: 'pending' }, 'outbox mail will be retried');
      }
      return;
    }
    await markSentWithRetry(row, messageId);
    logger.info({ ...fields, status: 'sent' }, 'outbox mail sent');
  }

  /** Claims and delivers one batch; resolves to the number of mails claimed. */
  async function tick(): Promise<number> {
    const { rows } = await pool.query<ClaimedRow>(claimDue, [batchSize, leaseMs]);
    const results = await Promise.allSettled(rows.map(deliver));
    for (const [i, r] of results.entries()) {
      if (r.status === 'rejected') {
        // The database failed after the send; the lease brings the mail back. Message text only: no personal data.
        const reason = r.reason instanceof Error ? r.reason.message : String(r.reason);
        logger.error({ mailId: rows[i]?.id, error: reason }, 'outbox mail could not be marked');
      }
    }
    return rows.length;
  }

  // One tick at a time per worker, whether from the poll loop or drain().
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = chain.then(fn);
    chain = run.catch(() => {});
    return run;
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const poll = async () => {
    let claimed = 0;
    try {
      claimed = await exclusive(tick);
    } catch (err) {
      logger.error({ error: err instanceof Error ? err.message : String(err) }, 'outbox poll failed');
    }
    if (stopped) return;
    timer = setTimeout(poll, claimed === batchSize ? 0 : pollIntervalMs);
    timer.unref();
  };
  timer = setTimeout(poll, 0);
  timer.unref();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
    async drain() {
      while ((await exclusive(tick)) > 0) {
        // keep going: a full or partial batch may have made room for more due mails
      }
    },
  };
}
