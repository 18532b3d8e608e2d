import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { FakeAddress } from '@irado/address/testing';
import { type FakePostcodeApi, startFakePostcodeApi } from '@irado/address/testing';
import { createPool, type EmbeddedPostgres, freePort, startEmbeddedPostgres } from '@irado/db';
import type pg from 'pg';
import { type Scenario, worldOf } from './fixtures.ts';

export interface EvalSystem {
  url: string;
  /** The public website with the chat widget, proxying to `url`; null when talking to a given remote URL. */
  websiteUrl: string | null;
  /** The system's database, for checking stored requests and mails; null against a remote URL without DATABASE_URL. */
  pool: pg.Pool | null;
  mailSummary(): Promise<{ sent: number; pending: number; failed: number; files: number }>;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the system as `npm start` does, on embedded defaults, in a scratch data folder: a KOAD register made of the
 * fixtures' business rows, a local Open Postcode fake that knows the other fixtures, and the mail catcher. Against a
 * given URL nothing is started, and stored outcomes are checked only when DATABASE_URL points at that system's database.
 */
export async function startEvalSystem(opts: { scenarios: Scenario[]; url?: string }): Promise<EvalSystem> {
  const world = worldOf(opts.scenarios);
  const databaseUrl = process.env.DATABASE_URL;
  return startSystem({ ...world, ...(opts.url ? { url: opts.url } : {}), ...(databaseUrl ? { databaseUrl } : {}) });
}

export interface SystemOptions {
  /** Talk to this running system instead of starting one. */
  url?: string;
  /** The KOAD register to start with, as CSV; without it the demo register is generated and loaded. */
  koadCsv?: string;
  postcodeAddresses?: FakeAddress[];
  /** A real PostgreSQL for the system; without it an embedded one (in memory) is started here. */
  databaseUrl?: string;
  logLevel?: string;
  /** Extra environment for the launcher and its services. */
  env?: NodeJS.ProcessEnv;
}

/** Starts the whole system as `npm start` does, in a scratch data folder, with a local Open Postcode fake. */
export async function startSystem(opts: SystemOptions): Promise<EvalSystem> {
  if (opts.url) {
    const pool = opts.databaseUrl ? createPool(opts.databaseUrl) : null;
    return {
      url: opts.url.replace(/\/$/, ''),
      websiteUrl: null,
      pool,
      mailSummary: () => outboxSummary(pool, null),
      stop: async () => void (await pool?.end()),
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'irado-system-'));
  // The chatbot loads $DATA_DIR/koad-demo.csv into an empty register at start-up, generating it when absent.
  if (opts.koadCsv) await writeFile(join(dataDir, 'koad-demo.csv'), opts.koadCsv);
  const hooks: (() => Promise<void> | void)[] = [];
  const postcode: FakePostcodeApi = await startFakePostcodeApi(
    { after: (fn) => hooks.push(fn) },
    { addresses: opts.postcodeAddresses ?? [] },
  );
  const database: EmbeddedPostgres | null = opts.databaseUrl ? null : await startEmbeddedPostgres();
  const databaseUrl = opts.databaseUrl ?? database?.url ?? '';
  const port = await freePort();
  const websitePort = await freePort();
  const launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      OPEN_POSTCODE_URL: postcode.url,
      CHATBOT_PORT: String(port),
      WEBSITE_PORT: String(websitePort),
      CHATBOT_URL: `http://127.0.0.1:${port}`,
      CHAT_RATE_LIMIT_IP: '100000',
      CHAT_RATE_LIMIT_SESSION: '1000',
      LOG_LEVEL: opts.logLevel ?? 'warn',
      ...opts.env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const websiteUrl = `http://127.0.0.1:${websitePort}`;
  await waitForStartup(url, launcher);
  if (existsSync(join(root, 'apps/website/src/server.ts'))) await waitForStartup(websiteUrl, launcher);
  const pool = createPool(databaseUrl, { max: 2 });
  return {
    url,
    websiteUrl,
    pool,
    mailSummary: () => outboxSummary(pool, join(dataDir, 'mail')),
    async stop() {
      await pool.end();
      await stopProcess(launcher);
      for (const hook of hooks.reverse()) await hook();
      await database?.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForStartup(url: string, launcher: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (launcher.exitCode !== null) throw new Error(`the system stopped during start-up (exit ${launcher.exitCode})`);
    const ok = await fetch(`${url}/health/startup`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`the system did not start within ${timeoutMs / 1000} s`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
}

/** Waits for the outbox worker to deliver what is due (up to 30 s), then counts mails by status and caught files. */
async function outboxSummary(pool: pg.Pool | null, mailDir: string | null) {
  if (!pool) return { sent: 0, pending: 0, failed: 0, files: 0 };
  const count = async () => {
    const { rows } = await pool.query<{ status: string; n: number }>(
      'select status, count(*)::int as n from email_outbox group by status',
    );
    return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
  };
  let counts = await count();
  for (let i = 0; i < 60 && ((counts.pending ?? 0) > 0 || (counts.sending ?? 0) > 0); i++) {
    await sleep(500);
    counts = await count();
  }
  const files = mailDir ? (await readdir(mailDir).catch(() => [])).filter((f) => f.endsWith('.eml')).length : 0;
  return {
    sent: counts.sent ?? 0,
    pending: (counts.pending ?? 0) + (counts.sending ?? 0),
    failed: counts.failed ?? 0,
    files,
  };
}
