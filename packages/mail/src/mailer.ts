import nodemailer from 'nodemailer';
import type { MailAttachment } from './message.ts';

/** A mail ready for SMTP: one recipient, rendered content. */
export interface OutgoingMail {
  /** Defaults to the mailer's `from` (MAIL_FROM). */
  from?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
  /** The Message-ID header, "<…@…>"; a stable one lets receivers spot a duplicate after a crash-and-retry. */
  messageId?: string;
}

/**
 * Why a send failed, in the terms the outbox needs: may a retry help, and what did the server say. The message
 * never contains the recipient address (it goes into the outbox's last_error, which staff and logs see).
 */
export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  constructor(
    message: string,
    /** A retry cannot help: a 5xx reply, an invalid recipient, a message the server will never take. */
    readonly permanent: boolean,
    readonly responseCode?: number,
  ) {
    super(message);
  }
}

/** Sends mail. The outbox worker depends on this interface only; tests use the real one against a local SMTP server. */
export interface Mailer {
  /** Resolves only when the SMTP server accepted the mail for its recipient; rejects with {@link MailSendError}. */
  send(mail: OutgoingMail): Promise<{ messageId: string; response: string }>;
  /** Connects and greets the server (and logs in, when the URL has credentials); rejects when that fails. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

// Addresses in SMTP replies ("550 5.1.1 <jan@example.org>: Recipient address rejected") are personal data.
const EMAIL_ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** Error text with every e-mail address replaced, fit for last_error and logs. */
export function redactAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, '[address]');
}

interface NodemailerError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
}

function toSendError(err: unknown): MailSendError {
  const e = (err instanceof Error ? err : new Error(String(err))) as NodemailerError;
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  // Login failures are a configuration fault, not this mail's: retry, so queued mail goes out once it is fixed.
  const permanent =
    e.code !== 'EAUTH' &&
    ((responseCode !== undefined && responseCode >= 500) ||
      (responseCode === undefined && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE')));
  const text = `${e.code ?? 'ERROR'}: ${e.message}`;
  return new MailSendError(redactAddresses(text).slice(0, 1000), permanent, responseCode);
}

/** Options of {@link createMailer}. */
export interface MailerOptions {
  /** The default sender, MAIL_FROM, e.g. `"Irado" <noreply@irado.nl>`. */
  from: string;
  /** SMTP connections kept open in the pool. */
  maxConnections?: number;
}

/**
 * A pooled nodemailer SMTP transport behind {@link Mailer}. `smtpUrl` is SMTP_URL: `smtp://user:pass@host:587`
 * (STARTTLS when offered; add `?requireTLS=true` to insist) or `smtps://…:465`. Timeouts stay well under the outbox
 * worker's lease, so a hung server fails the attempt before another worker could claim the mail again.
 */
export function createMailer(smtpUrl: string, opts: MailerOptions): Mailer {
  const transport = nodemailer.createTransport(
    {
      url: smtpUrl,
      pool: true,
      maxConnections: opts.maxConnections ?? 3,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from: opts.from },
  );
  return {
    async send(mail) {
      let info: { messageId: string; response: string; accepted: unknown[]; rejected: unknown[] };
      try {
        info = await transport.sendMail({
          ...(mail.from ? { from: mail.from } : {}),
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          attachments: mail.attachments,
          ...(mail.messageId ? { messageId: mail.messageId } : {}),
        });
      } catch (err) {
        throw toSendError(err);
      }
      if (info.rejected.length > 0 || info.accepted.length === 0) {
        throw new MailSendError(`recipient not accepted: ${redactAddresses(String(info.response))}`, true);
      }
      return { messageId: info.messageId, response: info.response };
    },
    async verify() {
      try {
        await transport.verify();
      } catch (err) {
        throw toSendError(err);
      }
    },
    async close() {
      transport.close();
    },
  };
}
