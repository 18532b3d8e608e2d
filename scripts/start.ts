/**
 * `npm start`: runs every service of the platform as its own process. With nothing configured it first starts the
 * embedded infrastructure (PGlite served over the Postgres wire protocol) and hands its URL to the services, so they
 * use exactly the code path of production.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadConfigOrExit } from '@irado/config';
import { type EmbeddedPostgres, embeddedUrl, freePort, startEmbeddedPostgres } from '@irado/db';
import { catcherAddresses, type MailCatcher, startMailCatcher } from '@irado/mail';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = loadConfigOrExit();

const services = [
  { name: 'chatbot', port: config.CHATBOT_PORT },
  { name: 'dashboard', port: config.DASHBOARD_PORT },
  { name: 'website', port: config.WEBSITE_PORT },
  { name: 'dashboard-web', port: config.DASHBOARD_WEB_PORT },
].filter((s) => existsSync(`${root}apps/${s.name}/src/server.ts`));

const say = (line: string) => process.stdout.write(`[start] ${line}\n`);

const env: NodeJS.ProcessEnv = { ...process.env };
// The services start while the embedded database initialises (seconds on a first run): they listen at once and
// migrate as soon as it accepts connections, so its URL is fixed before either starts.
const embeddedPort = config.DATABASE_URL ? 0 : await freePort();
if (!config.DATABASE_URL) env.DATABASE_URL = embeddedUrl('127.0.0.1', embeddedPort);
// Its first start is the longest step of all (initdb in WASM), so it begins before anything else.
const embeddedStarting: Promise<EmbeddedPostgres> | undefined = config.DATABASE_URL
  ? undefined
  : startEmbeddedPostgres({ dataDir: `${config.DATA_DIR}/pg`, port: embeddedPort });

// Without SMTP_URL every service sends to one local catcher, which keeps each mail as an .eml file.
let catcher: MailCatcher | undefined;
if (!config.SMTP_URL) {
  catcher = await startMailCatcher({ dir: `${config.DATA_DIR}/mail` });
  env.SMTP_URL = catcher.url;
  // Mail to the catcher goes nowhere else, so the embedded mode may invent its addresses.
  env.TEAM_EMAIL ??= catcherAddresses.teamEmail;
  env.MAIL_FROM ??= catcherAddresses.from;
  say(`mail catcher on ${catcher.url}, mails in ${config.DATA_DIR}/mail`);
}

const children = new Map<string, ChildProcess>();
let stopping = false;

for (const service of services) {
  const child = spawn(process.execPath, ['--import', 'tsx', `apps/${service.name}/src/server.ts`], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  // The embedded database's first start (initdb in WASM) is the longest step: the services yield the CPU to it.
  if (!config.DATABASE_URL && child.pid) setPriority(child.pid, 10);
  children.set(service.name, child);
  child.on('exit', (code, signal) => {
    children.delete(service.name);
    if (!stopping) {
      say(`${service.name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything`);
      void stop(1);
    }
  });
  say(`${service.name} starting on http://${config.HOST}:${service.port}`);
}

const embedded = await embeddedStarting;
if (embedded) say(`embedded PostgreSQL (PGlite) on ${embedded.url}, data in ${config.DATA_DIR}/pg`);

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  await catcher?.close();
  await embedded?.close();
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
