import { checkDatabase } from '@irado/db';
import { createHttpServer, registerHealthRoutes } from '@irado/http';
import type { FastifyBaseLogger } from 'fastify';
import type pg from 'pg';

export interface AppDeps {
  pool: pg.Pool;
  /** Whether start-up work has finished; true when the caller has done it all before building the app. */
  started?: () => boolean;
  logLevel?: string;
  logger?: FastifyBaseLogger;
}

/** The chatbot service as a Fastify app: no I/O at build time, every dependency passed in. */
export function buildApp(deps: AppDeps) {
  const app = createHttpServer({
    service: 'chatbot',
    ...(deps.logLevel ? { logLevel: deps.logLevel } : {}),
    ...(deps.logger ? { logger: deps.logger } : {}),
  });
  registerHealthRoutes(app, {
    checks: { database: () => checkDatabase(deps.pool) },
    started: deps.started ?? (() => true),
  });
  return app;
}
