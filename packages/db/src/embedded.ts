import { mkdir } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { ProtocolUnitQueue } from './protocol-queue.ts';

/** Options for {@link startEmbeddedPostgres}. */
export interface EmbeddedPostgresOptions {
  /** Directory for the data files (by convention `$DATA_DIR/pg`); undefined keeps everything in memory. */
  dataDir?: string | undefined;
  /** Interface to listen on; loopback by default because the socket has no authentication and no TLS. */
  host?: string;
  /** TCP port; 0 picks a free one (read it back from `url`). */
  port?: number;
  /** Connections accepted at once, over all processes; the rest are refused with "Too many connections". */
  maxConnections?: number;
  /** A `dumpDataDir()` tarball to start from instead of an empty cluster (used for fast test databases). */
  loadDataDir?: Blob | undefined;
}

/** A running embedded database. */
export interface EmbeddedPostgres {
  /** `postgres://postgres@host:port/postgres?sslmode=disable`; user, password and database name are ignored by PGlite. */
  url: string;
  /** The PGlite instance behind the socket, e.g. for `dumpDataDir()`. Query through `url` so requests share the socket's queue. */
  pglite: PGlite;
  /** Stops accepting connections, drops the open ones and closes PGlite, so a file-backed data dir is consistent on disk. */
  close(): Promise<void>;
}

/** The URL `pg` uses for an embedded database on host:port. SSL is off: the socket answers no to SSLRequest. */
export function embeddedUrl(host: string, port: number): string {
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return `postgres://postgres@${urlHost}:${port}/postgres?sslmode=disable`;
}

/** A TCP port that was free a moment ago, for a server whose URL must be known before it starts. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Contrib extensions the migrations may `create extension`; PGlite only offers those passed in at start-up. */
const extensions = { pg_trgm, pgcrypto, unaccent };

/**
 * Starts PostgreSQL (PGlite, compiled to WASM) inside this process and serves it over the wire protocol,
 * so other processes can use it with plain `pg`. For dev, demo and tests, when no real server is configured.
 * Over the socket: no SSL, no query cancellation, no COPY FROM STDIN, and NOTIFY does not reach other connections.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const host = opts.host ?? '127.0.0.1';
  // PGlite creates the data dir itself but not its parents, and $DATA_DIR may not exist yet on a first run.
  if (opts.dataDir !== undefined) await mkdir(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir }),
    ...(opts.loadDataDir === undefined ? {} : { loadDataDir: opts.loadDataDir }),
    extensions,
  });
  // The socket server multiplexes every connection onto PGlite's single backend; the default of 1 would refuse a pool.
  const server = new PGLiteSocketServer({
    db: pglite,
    host,
    port: opts.port ?? 0,
    maxConnections: opts.maxConnections ?? 100,
  });
  // Replaces the server's per-message queue before any connection takes it: see ProtocolUnitQueue.
  (server as unknown as { queryQueue: ProtocolUnitQueue }).queryQueue = new ProtocolUnitQueue(pglite);
  try {
    await server.start();
  } catch (err) {
    await pglite.close();
    throw err;
  }
  // getServerConn() reports the port the OS picked once listening, as "host:port".
  const port = Number(server.getServerConn().split(':').pop());
  let closing: Promise<void> | undefined;
  return {
    url: embeddedUrl(host, port),
    pglite,
    close() {
      // stop() resolves once every client socket is gone, i.e. after open transactions were rolled back.
      closing ??= server.stop().then(() => pglite.close());
      return closing;
    },
  };
}
