import { AppError } from '@irado/errors';
import type { PickupRequest, RouteCode, RuleSet } from '@irado/kernel';
import type pg from 'pg';
import type { MailAttachment, RenderedMail } from './message.ts';
import { renderResidentConfirmation } from './templates/resident-confirmation.ts';
import { renderTeamMail } from './templates/team-mail.ts';

export type MailKind = 'team_route' | 'resident_confirmation';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** The `message` column: the rendered body, every attachment base64, and the sender it was rendered for. */
export interface StoredMessage {
  from: string;
  text: string;
  html: string;
  attachments: (MailAttachment & { encoding: 'base64' })[];
}

/** A row queued by {@link enqueueRequestMails}; `created` is false when an earlier call had queued it already. */
export interface EnqueuedMail {
  id: string;
  kind: MailKind;
  route: RouteCode | null;
  created: boolean;
}

function stored(mail: RenderedMail, from: string): StoredMessage {
  return {
    from,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments.map((a) => ({
      ...a,
      content: a.encoding === 'base64' ? a.content : Buffer.from(a.content, 'utf8').toString('base64'),
      encoding: 'base64' as const,
    })),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const insertMail = `
  insert into email_outbox (request_id, kind, route, idempotency_key, to_address, subject, message)
  values ($1, $2, $3, $4, $5, $6, $7)
  on conflict (idempotency_key) do nothing
  returning id`;

/**
 * Queues the mails of a confirmed request inside the CALLER's transaction (the one that stores the request), so the
 * request and its mails commit or roll back together: one team mail per route, to `teamEmail`, and one confirmation
 * to the resident. Content is rendered now and stored as sent later. Idempotent: the keys `team:{requestId}:{route}`
 * and `resident:{requestId}` make a repeated call (a retried "ja") queue nothing new.
 */
export async function enqueueRequestMails(
  client: pg.ClientBase,
  input: { requestId: string; request: PickupRequest; rules: RuleSet; teamEmail: string; from: string },
): Promise<EnqueuedMail[]> {
  const { requestId, request, rules, teamEmail, from } = input;
  if (request.plan.routes.length === 0) {
    throw new AppError('VALIDATION', `request ${requestId} has no routes to mail`);
  }
  // Render everything before the first insert: a template error then leaves no half-queued request.
  const mails = [
    ...request.plan.routes.map((route) => ({
      kind: 'team_route' as const,
      route: route.route,
      key: `team:${requestId}:${route.route}`,
      to: teamEmail,
      mail: renderTeamMail(request, route, rules),
    })),
    {
      kind: 'resident_confirmation' as const,
      route: null,
      key: `resident:${requestId}`,
      to: request.contact.email,
      mail: renderResidentConfirmation(request, rules),
    },
  ];
  const queued: EnqueuedMail[] = [];
  for (const m of mails) {
    const params = [requestId, m.kind, m.route, m.key, m.to, m.mail.subject, stored(m.mail, from)];
    const inserted = await client.query<{ id: string }>(insertMail, params);
    const id =
      inserted.rows[0]?.id ??
      (await client.query<{ id: string }>('select id from email_outbox where idempotency_key = $1', [m.key])).rows[0]
        ?.id;
    if (!id) throw new AppError('INTERNAL', `outbox row ${m.key} neither inserted nor found`);
    queued.push({ id, kind: m.kind, route: m.route, created: inserted.rows.length > 0 });
  }
  return queued;
}

/** One outbox row as the dashboard lists it (without the body). `toAddress` is personal data: show it, never log it. */
export interface OutboxEntry {
  id: string;
  requestId: string | null;
  kind: MailKind;
  route: RouteCode | null;
  toAddress: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  messageId: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

/** Filter of {@link listOutbox}; all fields optional and combined with AND. */
export interface OutboxFilter {
  status?: OutboxStatus | OutboxStatus[];
  kind?: MailKind;
  requestId?: string;
  /** Newest first; default 50, at most 500. */
  limit?: number;
}

/** Outbox rows, newest first, for the dashboard's mail overview. */
export async function listOutbox(db: pg.Pool | pg.ClientBase, filter: OutboxFilter = {}): Promise<OutboxEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.status !== undefined) add('status = any(?)', [filter.status].flat());
  if (filter.kind !== undefined) add('kind = ?', filter.kind);
  if (filter.requestId !== undefined) add('request_id = ?', filter.requestId);
  params.push(Math.min(Math.max(filter.limit ?? 50, 1), 500));
  const { rows } = await db.query<OutboxEntry>(
    `select id, request_id as "requestId", kind, route, to_address as "toAddress", subject, status, attempts,
            next_attempt_at as "nextAttemptAt", last_error as "lastError", message_id as "messageId",
            sent_at as "sentAt", created_at as "createdAt"
       from email_outbox
      ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
      order by created_at desc, id
      limit $${params.length}`,
    params,
  );
  return rows;
}

/**
 * Puts a failed mail back in the queue for immediate delivery, with a fresh attempt budget; the last error stays
 * visible until the next attempt. Resolves false when the mail does not exist or has not failed (nothing changed).
 */
export async function retryFailed(db: pg.Pool | pg.ClientBase, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const { rowCount } = await db.query(
    `update email_outbox set status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = null
      where id = $1 and status = 'failed'`,
    [id],
  );
  return rowCount === 1;
}
