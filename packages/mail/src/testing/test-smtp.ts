import { once } from 'node:events';
import { freePort } from '@irado/db';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** Options of {@link startTestSmtp}. */
export interface TestSmtpOptions {
  /** Refuse the first n mails at RCPT TO. */
  failFirst?: number;
  /** temporary: 451 (retry later); permanent: 550 user unknown, with the address in the reply as real servers do. */
  failWith?: 'temporary' | 'permanent';
  /** Start with nothing listening on the port (connection refused), until `start()`. */
  down?: boolean;
}

/** A real SMTP server on 127.0.0.1 for tests, that collects what it accepted and can refuse or go down. */
export interface TestSmtp {
  /** `smtp://127.0.0.1:PORT`; stays the same across stop() and start(). */
  url: string;
  /** Every accepted mail, parsed (cid: links kept as sent), in order of arrival. */
  messages: ParsedMail[];
  /** Mails refused so far (the failFirst ones). */
  refused: number;
  /** Takes the server down: new connections are refused, open ones are dropped. */
  stop(): Promise<void>;
  /** Brings it back on the same port. */
  start(): Promise<void>;
}

interface Hooks {
  after(fn: () => Promise<void> | void): void;
}

/**
 * Starts an smtp-server on 127.0.0.1 (no TLS, no auth) that parses each accepted mail with mailparser. Stopped in
 * `t.after`. Speaks real SMTP, so the code under test runs its real nodemailer client (STYLE rule 6).
 */
export async function startTestSmtp(t: Hooks, opts: TestSmtpOptions = {}): Promise<TestSmtp> {
  const port = await freePort();
  let toRefuse = opts.failFirst ?? 0;
  let server: SMTPServer | undefined;
  const smtp: TestSmtp = {
    url: `smtp://127.0.0.1:${port}`,
    messages: [],
    refused: 0,
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async start() {
      if (server) return;
      const s = new SMTPServer({
        authOptional: true,
        disabledCommands: ['AUTH', 'STARTTLS'],
        logger: false,
        closeTimeout: 50,
        onRcptTo(address, _session, callback) {
          if (toRefuse <= 0) return callback();
          toRefuse--;
          smtp.refused++;
          const permanent = opts.failWith === 'permanent';
          const err = new Error(
            permanent
              ? `5.1.1 <${address.address}>: Recipient address rejected: User unknown`
              : '4.3.0 Temporary local problem, try again later',
          );
          callback(Object.assign(err, { responseCode: permanent ? 550 : 451 }));
        },
        onData(stream, _session, callback) {
          simpleParser(stream, { keepCidLinks: true }).then(
            (mail) => {
              smtp.messages.push(mail);
              callback();
            },
            (err: Error) => callback(err),
          );
        },
      });
      s.listen(port, '127.0.0.1');
      await once(s.server, 'listening');
      server = s;
    },
  };
  if (!opts.down) await smtp.start();
  t.after(() => smtp.stop());
  return smtp;
}
