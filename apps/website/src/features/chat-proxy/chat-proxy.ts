import type { IncomingHttpHeaders } from 'node:http';
import proxy from '@fastify/http-proxy';
import type { FastifyInstance } from 'fastify';
import { CUSTOMER_SERVICE_PHONE } from '../../../widget/src/constants.ts';

export interface ChatProxyOptions {
  /** The chatbot service, e.g. http://127.0.0.1:5000. */
  chatbotUrl: string;
  /** How long the chatbot may take to start answering (a model turn with tools takes up to ~20 s). */
  headersTimeoutMs?: number;
  /** The longest silence allowed inside a streamed answer. */
  bodyTimeoutMs?: number;
}

/** Request headers never sent on: the browser's cookies and credentials, and client-supplied forwarding claims. */
const DROPPED = [
  'cookie',
  'authorization',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'forwarded',
];

/** The body of the website's own 503, in the chat API's error shape, so the widget shows its server-error state. */
export const chatUnavailable = (requestId: string) => ({
  error: `De chat is op dit moment niet bereikbaar. Bel de klantenservice van Irado op ${CUSTOMER_SERVICE_PHONE}.`,
  code: 'CHATBOT_UNAVAILABLE',
  requestId,
  timestamp: new Date().toISOString(),
});

/**
 * Proxies /api/* to the chatbot. Responses stream through as they arrive (Server-Sent Events included; compression
 * skips text/event-stream). The chatbot sees the client's address in X-Forwarded-For (it trusts this hop) and the
 * request id, so logs on both sides line up; nothing the browser sends as a credential is passed on.
 */
export async function registerChatProxy(app: FastifyInstance, opts: ChatProxyOptions): Promise<void> {
  await app.register(proxy, {
    upstream: opts.chatbotUrl,
    prefix: '/api',
    rewritePrefix: '/api',
    httpMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    undici: {
      connections: 64,
      headersTimeout: opts.headersTimeoutMs ?? 60_000,
      bodyTimeout: opts.bodyTimeoutMs ?? 60_000,
    },
    replyOptions: {
      rewriteRequestHeaders: (request, headers) => {
        const forwarded: IncomingHttpHeaders = { ...headers };
        for (const name of DROPPED) delete forwarded[name];
        forwarded['x-forwarded-for'] = request.ip;
        forwarded['x-forwarded-proto'] = request.protocol;
        forwarded['x-request-id'] = request.id;
        return forwarded;
      },
      onError: (reply, { error }) => {
        reply.log.warn({ err: error }, 'chatbot unreachable through the proxy');
        if (reply.sent || reply.raw.headersSent) return void reply.raw.destroy();
        reply.status(503).header('retry-after', '10').send(chatUnavailable(reply.request.id));
      },
    },
  });
}
