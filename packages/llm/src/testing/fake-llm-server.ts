import { once } from 'node:events';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import type { TestContext } from 'node:test';
import { completionJson, type FakeAnswer, type FakeToolCall, streamChunks, words } from './chunks.ts';

/** One request as the fake received it, for assertions (model, temperature, tools, auth headers, URL style). */
export interface FakeLlmRequest {
  api: 'openai' | 'azure';
  path: string;
  /** Azure only: from the URL `/openai/deployments/{deployment}/chat/completions`. */
  deployment?: string;
  /** Azure only: the `api-version` query parameter. */
  apiVersion?: string;
  headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: a parsed request body, read freely in assertions
  body: Record<string, any>;
}

/**
 * One scripted answer: text; tool calls (arguments sent as written, broken JSON included); an HTTP error with an
 * optional Retry-After in seconds; a stall (headers never sent, for timeouts); a stream that breaks after n chunks
 * (connection reset, or a clean end without finish reason and [DONE] when `graceful`); or a function of the request.
 */
export type LlmStep =
  | { text: string; usage?: FakeAnswer['usage'] }
  | { toolCalls: FakeToolCall[]; text?: string; usage?: FakeAnswer['usage'] }
  | { status: number; body?: unknown; retryAfter?: number }
  | { stall: true }
  | { dropAfterChunks: number; text?: string; graceful?: boolean }
  | ((request: FakeLlmRequest) => LlmStep);
type FixedStep = Exclude<LlmStep, (request: FakeLlmRequest) => LlmStep>;

export interface FakeLlmOptions {
  /** Answer once the script has run out. Default: the last step again (or a 500 for an empty script). */
  whenDone?: LlmStep;
}

/** Every request gets this status; the last step of a script repeats, so one step is enough. */
export const alwaysStatus = (status: number, retryAfter?: number): LlmStep[] => [{ status, retryAfter }];

/** A step calling one tool with `args` as JSON (or as the given string, to send malformed JSON). */
export const toolCallStep = (name: string, args: unknown): LlmStep => ({
  toolCalls: [{ name, arguments: typeof args === 'string' ? args : JSON.stringify(args) }],
});

/**
 * A loopback server speaking the OpenAI chat-completions protocol, both as OpenAI (`{url}/chat/completions`,
 * `Authorization: Bearer`) and as Azure (`{azureEndpoint}/openai/deployments/{d}/chat/completions?api-version=…`,
 * `api-key` or an Entra bearer token). Each request gets the next step of `script`; it closes in `t.after`.
 */
export async function startFakeLlm(t: Pick<TestContext, 'after'>, script: LlmStep[], options: FakeLlmOptions = {}) {
  const requests: FakeLlmRequest[] = [];
  let served = 0;
  const nextStep = (request: FakeLlmRequest): FixedStep => {
    let step = script[served] ?? options.whenDone ?? script.at(-1) ?? { status: 500, body: errorBody('script empty') };
    served += 1;
    while (typeof step === 'function') step = step(request);
    return step;
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const route = routeOf(url, req.headers);
    if (!route) return json(res, 404, errorBody(`no route ${req.method} ${url.pathname}`, 'not_found'));
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(await text(req));
    } catch {
      return json(res, 400, errorBody('request body is not JSON', 'invalid_json'));
    }
    const { authorised, ...where } = route;
    const request: FakeLlmRequest = { ...where, path: url.pathname, headers: req.headers, body };
    requests.push(request);
    if (!authorised) return json(res, 401, errorBody('missing credentials', 'invalid_api_key'));
    await answer(req, res, nextStep(request), request, requests.length);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(async () => {
    server.closeAllConnections(); // stalled requests would keep close() waiting
    await new Promise((resolve) => server.close(resolve));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** OpenAI base URL, ending in /v1: pass as OPENAI_BASE_URL. */
    url: `${origin}/v1`,
    /** Azure resource endpoint: pass as AZURE_OPENAI_ENDPOINT (the SDK appends /openai/deployments/…). */
    azureEndpoint: origin,
    requests,
  };
}
export type FakeLlm = Awaited<ReturnType<typeof startFakeLlm>>;

function routeOf(url: URL, headers: IncomingHttpHeaders) {
  const bearer = /^Bearer \S+/.test(headers.authorization ?? '');
  if (url.pathname === '/v1/chat/completions') return { api: 'openai' as const, authorised: bearer };
  const azure = url.pathname.match(/^\/openai\/deployments\/([^/]+)\/chat\/completions$/);
  const apiVersion = url.searchParams.get('api-version');
  if (!azure?.[1] || !apiVersion) return null;
  const authorised = bearer || Boolean(headers['api-key']);
  return { api: 'azure' as const, deployment: decodeURIComponent(azure[1]), apiVersion, authorised };
}

async function answer(req: IncomingMessage, res: ServerResponse, step: FixedStep, request: FakeLlmRequest, n: number) {
  if ('stall' in step) return; // never answers; closed by the client's timeout or at t.after
  if ('status' in step) {
    const headers: Record<string, string> =
      step.retryAfter === undefined ? {} : { 'retry-after': String(step.retryAfter) };
    return json(res, step.status, step.body ?? errorBody(`scripted ${step.status}`, 'fake_error'), headers);
  }
  const ctx = {
    id: `chatcmpl-fake${String(n).padStart(6, '0')}`,
    model: String(request.body.model ?? request.deployment ?? 'fake-model'),
    created: 1_750_000_000 + n,
    promptChars: JSON.stringify(request.body.messages ?? []).length,
  };
  const fake: FakeAnswer = 'dropAfterChunks' in step ? { text: step.text ?? 'Een ogenblik, ik zoek het op.' } : step;
  if (request.body.stream !== true) return json(res, 200, completionJson(fake, ctx));

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const includeUsage = request.body.stream_options?.include_usage === true;
  const chunks = streamChunks(fake, ctx, includeUsage);
  if ('dropAfterChunks' in step) {
    // Only the content chunks: a broken stream never reaches its finish reason.
    const partial = chunks.slice(0, Math.min(step.dropAfterChunks, words(fake.text ?? '').length + 1));
    for (const chunk of partial) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
    if (step.graceful) return res.end();
    // Let the written chunks reach the client before the reset, as they would from a server that crashes.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return req.socket.destroy();
  }
  for (const chunk of chunks) res.write(`data: ${JSON.stringify(chunk)}\n\n`);
  res.end('data: [DONE]\n\n');
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** The error body shape of the OpenAI API. */
function errorBody(message: string, code: string | null = null) {
  return { error: { message, type: 'invalid_request_error', param: null, code } };
}
