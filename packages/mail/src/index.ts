/**
 * @irado/mail — the platform's outgoing mail: templates rendered from a confirmed PickupRequest, a transactional
 * outbox with a polling worker that retries, the SMTP mailer, and a local mail catcher for runs without SMTP_URL.
 */
export { catcherAddresses, type MailCatcher, type MailCatcherOptions, startMailCatcher } from './catcher.ts';
export {
  createMailer,
  type Mailer,
  type MailerOptions,
  MailSendError,
  type OutgoingMail,
  redactAddresses,
} from './mailer.ts';
export type { MailAttachment, RenderedMail } from './message.ts';
export {
  type EnqueuedMail,
  enqueueRequestMails,
  listOutbox,
  type MailKind,
  type OutboxEntry,
  type OutboxFilter,
  type OutboxStatus,
  retryFailed,
  type StoredMessage,
} from './outbox.ts';
export { renderResidentConfirmation } from './templates/resident-confirmation.ts';
export { renderTeamMail, TEAM_XML_FILENAME } from './templates/team-mail.ts';
export { type OutboxLogger, type OutboxWorker, type OutboxWorkerOptions, startOutboxWorker } from './worker.ts';
