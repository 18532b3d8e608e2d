import { type AppErrorCode, isAppError } from '@irado/errors';
import type { FastifyError, FastifyInstance } from 'fastify';

/** The one table from error code to HTTP status. */
export const httpStatus: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  CONFIG: 500,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
  POSTCODE_API_UNAVAILABLE: 503,
  LLM_UNAVAILABLE: 503,
};

/** The body of every error response: a stable code, a message a person understands, and the request id. */
export interface ErrorBody {
  error: string;
  code: AppErrorCode;
  requestId: string;
  timestamp: string;
}

/**
 * Maps every error to a typed response. `internalErrorMessage` is what a person reads after an unexpected failure
 * (the service builds it from the rule data, with the customer-service number). Validation problems become 400 with the field named; anything unexpected is
 * logged with its stack and answered with a plain 500 that leaks nothing of the internals.
 */
export function registerErrorHandling(app: FastifyInstance, internalErrorMessage: string): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = (code: AppErrorCode, message: string): ErrorBody => ({
      error: message,
      code,
      requestId: request.id,
      timestamp: new Date().toISOString(),
    });
    if (isAppError(error)) {
      const status = httpStatus[error.code];
      if (status >= 500) request.log.error({ err: error }, error.message);
      return reply.status(status).send(body(error.code, error.userMessage ?? error.message));
    }
    if (error.validation) {
      return reply.status(400).send(body('VALIDATION', validationMessage(error)));
    }
    if (error.statusCode === 413) {
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', 'The request body is too large.'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('VALIDATION', clientMessage(error)));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL', internalErrorMessage));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: `No route for ${request.method} ${request.url.split('?')[0]}`,
      code: 'NOT_FOUND',
      requestId: request.id,
    });
  });
}

function validationMessage(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return 'The request is not valid.';
  const field = first.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'request';
  return `Invalid ${field}: ${first.message ?? 'not valid'}.`;
}

/** Fastify's own client errors (bad JSON, wrong content type) have safe messages; keep only their first line. */
function clientMessage(error: FastifyError): string {
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'Unsupported content type: send application/json.';
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'The request body is empty: send a JSON object.';
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return 'The request body is not valid JSON.';
  return error.message.split('\n')[0] ?? 'Bad request.';
}
