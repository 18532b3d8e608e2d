import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { fastifySSE } from '@fastify/sse';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { checkDatabase } from '@irado/db';
import { AppError } from '@irado/errors';
import { createHttpServer, type HealthCheck, registerHealthRoutes } from '@irado/http';
import { currentRules } from '@irado/kernel';
import type { FastifyBaseLogger, preHandlerHookHandler } from 'fastify';
import type pg from 'pg';
import { registerChatRoutes } from './features/chat/chat.routes.ts';
import type { ChatService } from './features/chat/chat.service.ts';

export interface AppDeps {
  pool: pg.Pool;
  chat: ChatService;
  /** Whether start-up work has finished; true when the caller has done it all before building the app. */
  started?: () => boolean;
  /** Extra readiness checks besides the database (e.g. the KOAD database when it is a separate one). */
  checks?: Record<string, HealthCheck>;
  corsOrigins: string[];
  rateLimits: { perIp: number; perSession: number };
  /** Proxies whose X-Forwarded-For is trusted (the website service, the Application Gateway). */
  trustProxy?: boolean | string | string[];
  logLevel?: string;
  logger?: FastifyBaseLogger;
}

const MINUTE = 60_000;

function tooMany(scope: string) {
  return (_request: unknown, context: { after: string }) =>
    new AppError(
      'RATE_LIMITED',
      `rate limit per ${scope} exceeded`,
      `U stuurt te veel berichten achter elkaar. Probeer het over ${context.after} opnieuw.`,
    );
}

/** The chatbot service as a Fastify app: no I/O at build time, every dependency passed in. */
export async function buildApp(deps: AppDeps) {
  const { phone, email } = currentRules.contacts.customerService;
  const app = createHttpServer({
    service: 'chatbot',
    internalErrorMessage: `Er ging iets mis aan onze kant. Bel de klantenservice van Irado op ${phone} of mail naar ${email}.`,
    trustProxy: deps.trustProxy ?? 'loopback',
    ...(deps.logLevel ? { logLevel: deps.logLevel } : {}),
    ...(deps.logger ? { logger: deps.logger } : {}),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Irado grofvuil chat API',
        version: '1.0.0',
        description:
          'The chat API of Irado’s grofvuil assistant. The contract of POST /api/chat is the earlier system’s.',
      },
      tags: [{ name: 'chat' }, { name: 'health' }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(cors, {
    origin: deps.corsOrigins,
    methods: ['GET', 'POST', 'OPTIONS'],
    // Authorization stays allowed so the old widget's preflight passes; no credential is needed or read.
    allowedHeaders: ['Content-Type', 'X-Requested-With', 'Authorization', 'X-Request-Id', 'Last-Event-ID'],
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    credentials: false,
    maxAge: 600,
  });
  await app.register(rateLimit, { global: false });
  await app.register(fastifySSE);

  const perIp = app.rateLimit({
    max: deps.rateLimits.perIp,
    timeWindow: MINUTE,
    errorResponseBuilder: tooMany('client'),
  });
  // One request runs one @fastify/rate-limit handler only, so the session limit is checked with createRateLimit.
  const sessionLimit = app.createRateLimit({
    max: deps.rateLimits.perSession,
    timeWindow: MINUTE,
    keyGenerator: (request) => {
      const sessionId = (request.body as { sessionId?: unknown } | undefined)?.sessionId;
      return typeof sessionId === 'string' ? `session:${sessionId.slice(0, 100)}` : `ip:${request.ip}`;
    },
  });
  const perSession: preHandlerHookHandler = async (request, reply) => {
    const limit = await sessionLimit(request);
    if (limit.isAllowed || !limit.isExceeded) return;
    reply.header('retry-after', limit.ttlInSeconds);
    throw tooMany('session')(request, { after: `${limit.ttlInSeconds} s` });
  };

  registerHealthRoutes(app, {
    checks: { database: () => checkDatabase(deps.pool), ...deps.checks },
    started: deps.started ?? (() => true),
  });
  registerChatRoutes(app, { chat: deps.chat, limits: [perIp, perSession] });
  return app;
}
