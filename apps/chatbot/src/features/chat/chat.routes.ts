import type { Reply } from '@irado/conversation';
import type { HttpServer } from '@irado/http';
import type { preHandlerHookHandler } from 'fastify';
import { ChatRequest, ChatResponse, ErrorResponse } from './chat.schemas.ts';
import type { ChatService } from './chat.service.ts';
import { validateChatRequest } from './validate-chat-request.ts';

export interface ChatRouteOptions {
  chat: ChatService;
  /** Rate limits run before the body is trusted: per client address, then per session. */
  limits: preHandlerHookHandler[];
}

const errors = { 400: ErrorResponse, 429: ErrorResponse, 503: ErrorResponse };

/** Splits a reply into word-sized pieces, so a streamed turn of the offline engine reads like one of the model. */
function* pieces(text: string): Generator<string> {
  for (const match of text.matchAll(/\S+\s*|\s+/g)) yield match[0];
}

export function registerChatRoutes(app: HttpServer, options: ChatRouteOptions): void {
  app.post(
    '/api/chat',
    {
      preHandler: options.limits,
      // The schema documents the contract; the body is checked by validateChatRequest for the contract's error texts.
      attachValidation: true,
      schema: {
        summary: 'Send a message (the earlier system’s contract)',
        tags: ['chat'],
        body: ChatRequest,
        response: { 200: ChatResponse, ...errors },
      },
    },
    async (request) => {
      const { sessionId, chatInput, source } = validateChatRequest(request.body);
      const output = await options.chat.handleMessage(sessionId, chatInput, source);
      return { output };
    },
  );

  app.post(
    '/api/chat/stream',
    {
      sse: 'manual',
      preHandler: options.limits,
      attachValidation: true,
      schema: {
        summary: 'Send a message and receive the reply as Server-Sent Events',
        description:
          'Events: `start` {requestId}, then `delta` {text} pieces of the reply as they are ready, then `done` {output} with the whole reply (buttons included), or `error` {error, code}.',
        tags: ['chat'],
        body: ChatRequest,
        response: errors,
      },
    },
    async (request, reply) => {
      // Bad input is answered as plain JSON before the stream opens, like the non-streaming route.
      const { sessionId, chatInput, source } = validateChatRequest(request.body);
      const sse = reply.sse;
      if (!sse) throw new Error('SSE is not available on this route');
      await sse.send({ event: 'start', data: { requestId: request.id } });
      let output: Reply;
      try {
        output = await options.chat.handleMessage(sessionId, chatInput, source);
      } catch (error) {
        const { code, userMessage } = error as { code?: string; userMessage?: string };
        request.log.error({ err: error }, 'chat turn failed in a stream');
        await sse.send({
          event: 'error',
          data: { error: userMessage ?? 'Er ging iets mis.', code: code ?? 'INTERNAL' },
        });
        return;
      }
      for (const text of pieces(output.text)) await sse.send({ event: 'delta', data: { text } });
      await sse.send({ event: 'done', data: { output } });
    },
  );
}
