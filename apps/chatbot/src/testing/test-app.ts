import type { TestContext } from 'node:test';
import {
  aKoadRecord,
  type FakeAddress,
  type KoadRecord,
  loadRegister,
  startFakePostcodeApi,
} from '@irado/address/testing';
import { createPool } from '@irado/db';
import { freshDatabase } from '@irado/db/testing';
import type { LlmClient } from '@irado/llm';
import type pg from 'pg';
import { buildApp } from '../app.ts';
import { composeChat } from '../compose.ts';

export interface TestAppOptions {
  /** A database shared by the tests of a file (fresh ones cost seconds each on PGlite); default: a fresh one. */
  database?: { pool: pg.Pool };
  register?: KoadRecord[];
  postcodeAddresses?: FakeAddress[];
  rateLimits?: { perIp: number; perSession: number };
  now?: () => Date;
  /** The chat model, passed to `composeChat`; default: none (the offline understanding answers). */
  llm?: LlmClient;
}

export const testMail = { teamEmail: 'planning@example.org', from: 'Irado <noreply@example.org>' };

/**
 * The real chatbot app on a fresh, migrated database, with the real address check against a loopback Open Postcode
 * fake and a small register. Mails are only queued here (no worker runs); outbox tests read `email_outbox`.
 */
export async function buildTestApp(t: TestContext, opts: TestAppOptions = {}) {
  const { pool } = opts.database ?? (await freshDatabase(t));
  const postcode = await startFakePostcodeApi(t, { addresses: opts.postcodeAddresses ?? [] });
  await loadRegister(pool, opts.register ?? [aKoadRecord({ postcode: '3112AB', houseNumber: 12 })]);
  const chat = composeChat({
    pool,
    registerPool: pool,
    postcodeApiUrl: postcode.url,
    mail: testMail,
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.llm ? { llm: opts.llm } : {}),
  });
  const app = await buildApp({
    pool,
    chat,
    logLevel: 'silent',
    corsOrigins: ['https://www.irado.nl'],
    rateLimits: opts.rateLimits ?? { perIp: 1000, perSession: 1000 },
  });
  t.after(() => app.close());
  return { app, pool, postcode };
}

/** The real app on a database that cannot be reached: port 1 on loopback refuses every connection at once. */
export async function buildUnreachableApp(t: TestContext) {
  const pool = createPool('postgres://postgres@127.0.0.1:1/none?sslmode=disable', { connectionTimeoutMillis: 1_000 });
  const chat = composeChat({
    pool,
    registerPool: pool,
    postcodeApiUrl: 'http://127.0.0.1:1/api/address',
    mail: testMail,
  });
  const app = await buildApp({
    pool,
    chat,
    logLevel: 'silent',
    corsOrigins: [],
    rateLimits: { perIp: 100, perSession: 100 },
  });
  t.after(async () => {
    await app.close();
    await pool.end();
  });
  return app;
}

let sessionCounter = 0;
/** A session id of the widget's shape, unique per call. */
export function newSessionId(): string {
  sessionCounter += 1;
  return `irado_test_${process.pid}_${sessionCounter}_${Date.now().toString(36)}`;
}

export { aKoadRecord };
