/**
 * `npm run bench:chat`: chat turns per second and latency at 50 and 200 concurrent sessions, each session a whole
 * booking (question, municipality and items, consent, details with address check, confirmation with request and
 * mails stored). Runs the system as `npm start` does, first on the embedded database, then on the real PostgreSQL
 * at 127.0.0.1:5432 when it answers. Prints a Markdown table to paste into BENCHMARKS.md.
 * Options: --duration seconds per run (default 20), --connections 50,200, --real-only, --embedded-only.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { startSystem } from '../eval/system.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50,200' },
    'real-only': { type: 'boolean' },
    'embedded-only': { type: 'boolean' },
  },
});
const duration = Number(values.duration);
const connectionCounts = (values.connections ?? '50,200').split(',').map(Number);

/** One booking per session, on a resident address of the demo register (3117 XA 12, Schiedam). */
const conversation = [
  'Hoe laat moet ik het grofvuil buiten zetten?',
  'Ik wil een matras, een tafel en 2 stoelen laten ophalen in Schiedam',
  'Ja',
  'Jan Voorbeeld, Hoofdstraat 12, 3117 XA Schiedam, jan@example.org',
  'Ja',
];

type Context = { sessionId?: string };

function requests(): autocannon.Request[] {
  return conversation.map((chatInput, turn) => ({
    method: 'POST',
    path: '/api/chat',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request: autocannon.Request, context: Context) => {
      if (turn === 0) context.sessionId = `bench_${randomBytes(8).toString('hex')}`;
      return { ...request, body: JSON.stringify({ sessionId: context.sessionId, action: 'sendMessage', chatInput }) };
    },
  })) as autocannon.Request[];
}

async function run(url: string, connections: number) {
  const result = await autocannon({ url, connections, duration, requests: requests(), timeout: 30 });
  return {
    connections,
    turnsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}

async function realDatabase(): Promise<string | null> {
  const admin = new pg.Client({
    connectionString: 'postgres://postgres@127.0.0.1:5432/test',
    connectionTimeoutMillis: 2_000,
  });
  try {
    await admin.connect();
    const name = `irado_bench_${Date.now().toString(36)}`;
    await admin.query(`create database ${name}`);
    return `postgres://postgres@127.0.0.1:5432/${name}`;
  } catch {
    return null;
  } finally {
    await admin.end().catch(() => {});
  }
}

const rows: string[] = [];
const modes: { name: string; databaseUrl?: string }[] = [];
if (!values['real-only']) modes.push({ name: 'embedded PGlite' });
if (!values['embedded-only']) {
  const url = await realDatabase();
  if (url) modes.push({ name: 'PostgreSQL 15 (127.0.0.1)', databaseUrl: url });
  else process.stdout.write('PostgreSQL at 127.0.0.1:5432 does not answer: only the embedded run.\n');
}
for (const mode of modes) {
  const system = await startSystem({
    ...(mode.databaseUrl ? { databaseUrl: mode.databaseUrl } : {}),
    logLevel: 'error',
  });
  try {
    for (const connections of connectionCounts) {
      const r = await run(system.url, connections);
      const requestsStored = system.pool
        ? (await system.pool.query('select count(*)::int as n from requests')).rows[0].n
        : 0;
      rows.push(
        `| ${mode.name} | ${connections} | ${Math.round(r.turnsPerSecond)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.errors} | ${requestsStored} |`,
      );
      process.stdout.write(`${rows.at(-1)}\n`);
    }
  } finally {
    await system.stop();
  }
}
process.stdout.write(
  `\n| database | concurrent sessions | turns/s | p50 ms | p99 ms | turns | errors | requests stored (cumulative) |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
);
