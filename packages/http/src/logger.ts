import type { FastifyServerOptions } from 'fastify';

/**
 * Logger options for every service. Requests are logged by method, route and status only: no query strings, bodies,
 * headers or client addresses, so no personal data reaches the logs (names, e-mails and addresses travel in bodies
 * and, in the old widget, in query strings).
 */
export function loggerOptions(service: string, level: string): FastifyServerOptions['logger'] {
  return {
    level,
    base: { service },
    redact: { paths: ['req.headers', 'headers', '*.password', '*.email', '*.chatInput'], censor: '[redacted]' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
