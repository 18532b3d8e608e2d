-- Up Migration

-- The transactional outbox for every mail the platform sends: one row per mail, written in the same transaction as the
-- request it belongs to, and delivered afterwards by the outbox worker with retries. A request is therefore never stored
-- without its mails, and a mail is never lost because SMTP was down at the moment of booking.
--
-- The content is rendered at enqueue time and stored (`message`: text, html and base64 attachments), not re-rendered
-- at send time: the mail that goes out is exactly what was validated and confirmed with the resident, whatever changes
-- later in templates or rule data, and a resend from the dashboard sends the same mail again.
create table email_outbox (
  id uuid primary key default gen_random_uuid(),
  -- cascade: the mails carry the same personal data as their request, so the retention job's delete removes both
  request_id uuid references requests (id) on delete cascade,
  kind text not null check (kind in ('team_route', 'resident_confirmation')),
  -- the route code of a team mail; null for the resident's confirmation
  route text,
  -- `team:{requestId}:{route}` or `resident:{requestId}`: enqueuing the same request twice adds nothing
  idempotency_key text not null unique,
  to_address text not null,
  subject text not null,
  message jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  -- while status = 'sending': the worker's lease; a row whose lease ran out belonged to a crashed worker and is claimed again
  locked_until timestamptz,
  -- the SMTP server's response or the error text, never the recipient address
  last_error text,
  message_id text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);

-- The worker's claim query filters on status and orders by next_attempt_at; sent rows dominate the table over time,
-- so only the rows still to deliver are indexed.
create index email_outbox_due on email_outbox (status, next_attempt_at) where status in ('pending', 'sending');
create index email_outbox_request on email_outbox (request_id);
create index email_outbox_created_at on email_outbox (created_at desc);
