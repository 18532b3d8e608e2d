/**
 * `npm start`: runs every service of the platform as its own process. With nothing configured it first starts the
 * embedded infrastructure (PGlite served over the Postgres wire protocol) and hands its URL to the services, so they
 * use exactly the code path of production.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfigOrExit } from '@irado/config';
import { type EmbeddedPostgres, migrate, startEmbeddedPostgres } from '@irado/db';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = loadConfigOrExit();

const services = [
  { name: 'chatbot', port: config.CHATBOT_PORT },
  { name: 'dashboard', port: config.DASHBOARD_PORT },
  { name: 'website', port: config.WEBSITE_PORT },
  { name: 'dashboard-web', port: config.DASHBOARD_WEB_PORT },
].filter((s) => existsSync(`${root}apps/${s.name}/src/server.ts`));

const say = (line: string) => process.stdout.write(`[start] ${line}\n`);

let embedded: EmbeddedPostgres | undefined;
const env: NodeJS.ProcessEnv = { ...process.env };
if (!config.DATABASE_URL) {
  embedded = await startEmbeddedPostgres({ dataDir: `${config.DATA_DIR}/pg` });
  env.DATABASE_URL = embedded.url;
  say(`embedded PostgreSQL (PGlite) on ${embedded.url}, data in ${config.DATA_DIR}/pg`);
}
const applied = await migrate(env.DATABASE_URL ?? '');
say(applied.length > 0 ? `migrations applied: ${applied.join(', ')}` : 'database schema is up to date');

const children = new Map<string, ChildProcess>();
let stopping = false;

for (const service of services) {
  const child = spawn(process.execPath, ['--import', 'tsx', `apps/${service.name}/src/server.ts`], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
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
  await embedded?.close();
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
