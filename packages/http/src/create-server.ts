import { randomUUID } from 'node:crypto';
import { type TypeBoxTypeProvider, TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import { registerErrorHandling } from './error-handler.ts';
import { loggerOptions } from './logger.ts';

export interface ServerOptions {
  /** Service name in every log line. */
  service: string;
  logLevel?: string;
  /** A logger to use instead of a new one (tests pass a silent one). */
  logger?: FastifyBaseLogger;
  /** Trust X-Forwarded-For from the proxy in front (the website service, Application Gateway). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  bodyLimit?: number;
  /** What a person reads after an unexpected failure; the default has no contact details of its own. */
  internalErrorMessage?: string;
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * A Fastify instance with the platform's conventions: TypeBox validation, a request id on every response (taken from
 * a well-formed `x-request-id` of the proxy in front, else new), typed error bodies, and logs without personal data.
 */
export function createHttpServer(options: ServerOptions) {
  const app = Fastify({
    ...(options.logger
      ? { loggerInstance: options.logger }
      : { logger: loggerOptions(options.service, options.logLevel ?? 'info') }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  })
    .setValidatorCompiler(TypeBoxValidatorCompiler)
    .withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(
    app,
    options.internalErrorMessage ?? 'Something went wrong on our side. Please try again later.',
  );
  return app;
}

export type HttpServer = ReturnType<typeof createHttpServer>;
