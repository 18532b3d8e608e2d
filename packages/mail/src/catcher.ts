import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AppError } from '@irado/errors';
import { SMTPServer } from 'smtp-server';

/** Options of {@link startMailCatcher}. */
export interface MailCatcherOptions {
  /** Folder for the .eml files; created when missing. */
  dir: string;
  /** Loopback only: the catcher has no authentication and no TLS. */
  host?: string;
  /** 0 picks a free port; read it back from `url`. */
  port?: number;
  /** Largest message accepted, in bytes. Default 10 MB (our mails are well under 1 MB). */
  maxMessageBytes?: number;
}

/**
 * The addresses used when mail goes to the local catcher only: nothing leaves the machine, so they may be invented.
 * One home for them, so the launcher and a service started on its own agree.
 */
export const catcherAddresses = {
  teamEmail: 'grofvuil-planning@irado.localhost',
  from: 'Irado grofvuil <noreply@irado.localhost>',
} as const;

export interface MailCatcher {
  /** `smtp://127.0.0.1:PORT`, to use as SMTP_URL. */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** A file-name-safe form of a Message-ID: "<abc@irado.nl>" → "abc_irado.nl". */
function fileSafe(messageId: string | undefined): string {
  const safe = (messageId ?? '')
    .replace(/[<>]/g, '')
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 100);
  return safe || randomUUID();
}

function headerMessageId(raw: Buffer): string | undefined {
  const end = raw.indexOf('\r\n\r\n');
  const headers = raw.subarray(0, end === -1 ? Math.min(raw.length, 64 * 1024) : end).toString('latin1');
  return /^message-id:\s*(<[^>\r\n]*>|\S+)/im.exec(headers)?.[1];
}

/**
 * A local SMTP server that accepts every mail and stores it as an .eml file under `dir`, so `npm start` without
 * SMTP_URL still sends through real SMTP and the outbox reports honestly (no "simulation mode" that pretends).
 * Files are named `<ISO time>-<message-id>.eml` and written to a temporary name first, so a reader never sees half a
 * mail. Mails over the size limit are refused with 552.
 */
export async function startMailCatcher(opts: MailCatcherOptions): Promise<MailCatcher> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) {
    throw new AppError('CONFIG', `mail catcher must listen on loopback, not ${host}: it has no authentication`);
  }
  const maxBytes = opts.maxMessageBytes ?? 10 * 1024 * 1024;
  await mkdir(opts.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    rejectOversized: true,
    maxClients: 20,
    banner: 'Irado local mail catcher',
    logger: false,
    // Pooled clients keep idle connections open; do not hold a shutdown for the 30 s default.
    closeTimeout: 1_000,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        // Past the limit smtp-server answers 552 anyway (rejectOversized); stop buffering what will be refused.
        bytes += chunk.length;
        if (bytes <= maxBytes) chunks.push(chunk);
      });
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(null);
        const raw = Buffer.concat(chunks);
        const name = `${new Date().toISOString().replace(/:/g, '-')}-${fileSafe(headerMessageId(raw))}.eml`;
        const partial = join(opts.dir, `.${name}.${randomUUID()}.tmp`);
        writeFile(partial, raw)
          .then(() => rename(partial, join(opts.dir, name)))
          .then(
            () => callback(null),
            async (err: Error) => {
              await rm(partial, { force: true });
              callback(Object.assign(new Error(`could not store the mail: ${err.message}`), { responseCode: 451 }));
            },
          );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `smtp://${urlHost}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
