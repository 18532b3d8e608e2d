import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { describe, it, type TestContext } from 'node:test';
import { createChatClient, TurnError, type TurnFailure } from './chat-client.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, body: unknown) => void;

/** A loopback chat API that answers each path with the given handler and records what it received. */
async function fakeChatApi(t: TestContext, routes: Record<string, Handler>) {
  const received: { path: string; body: unknown }[] = [];
  const server = createServer(async (req, res) => {
    const body = JSON.parse((await text(req)) || 'null');
    received.push({ path: req.url ?? '', body });
    const handler = routes[req.url ?? ''];
    if (handler) handler(req, res, body);
    else res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"No route","code":"NOT_FOUND"}');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => server.close());
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const reply = { text: 'Welke gemeente?', language: 'nl', buttons: [], showAfvalplaatsImage: false };
const sse = (res: ServerResponse, events: [string, unknown][], end = true) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const [event, data] of events) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  if (end) res.end();
};
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ((_req, res) =>
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))) as Handler;

async function failureOf(promise: Promise<unknown>): Promise<TurnFailure> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof TurnError, String(error));
    return error.failure;
  }
  assert.fail('the turn should have failed');
}

describe('chat client', () => {
  it('streams the reply: deltas as they come, then the whole output', async (t) => {
    const api = await fakeChatApi(t, {
      '/api/chat/stream': (_req, res) =>
        sse(res, [
          ['start', { requestId: 'r1' }],
          ['delta', { text: 'Welke ' }],
          ['delta', { text: 'gemeente?' }],
          ['done', { output: reply }],
        ]),
    });
    const deltas: string[] = [];
    const output = await createChatClient({ apiOrigin: api.origin, mode: 'auto' }).send(
      'irado_abc_123456',
      'hoi',
      (d) => deltas.push(d),
    );
    assert.deepEqual(deltas, ['Welke ', 'gemeente?']);
    assert.deepEqual(output, reply);
    const { timestamp, ...body } = (api.received[0]?.body ?? {}) as Record<string, unknown>;
    assert.deepEqual(body, {
      sessionId: 'irado_abc_123456',
      action: 'sendMessage',
      chatInput: 'hoi',
      source: 'website',
    });
    assert.match(String(timestamp), /^\d{4}-\d\d-\d\dT/);
  });

  it('falls back to the earlier POST /api/chat when the stream endpoint is 404, and stays there', async (t) => {
    const api = await fakeChatApi(t, { '/api/chat': json(200, { output: reply }) });
    const client = createChatClient({ apiOrigin: api.origin, mode: 'auto' });
    assert.deepEqual(await client.send('irado_abc_123456', 'a', () => {}), reply);
    await client.send('irado_abc_123456', 'b', () => {});
    assert.deepEqual(
      api.received.map((r) => r.path),
      ['/api/chat/stream', '/api/chat', '/api/chat'],
    );
    assert.equal(client.mode(), 'legacy');
  });

  it('in legacy mode talks to /api/chat only and accepts the voice fork’s plain-string output', async (t) => {
    const api = await fakeChatApi(t, { '/api/chat': json(200, { output: 'Hallo!' }) });
    const output = await createChatClient({ apiOrigin: api.origin, mode: 'legacy' }).send(
      'irado_abc_123456',
      'a',
      () => {},
    );
    assert.deepEqual(output, { text: 'Hallo!', language: 'nl', buttons: [], showAfvalplaatsImage: false });
    assert.deepEqual(
      api.received.map((r) => r.path),
      ['/api/chat'],
    );
  });

  it('drops buttons of the wrong shape', async (t) => {
    const buttons = [
      { id: 'a', label: 'Ja', value: 'Ja', variant: 'primary' },
      { id: 'b', label: 'x' },
    ];
    const api = await fakeChatApi(t, { '/api/chat': json(200, { output: { ...reply, buttons } }) });
    const output = await createChatClient({ apiOrigin: api.origin, mode: 'legacy' }).send(
      'irado_abc_123456',
      'a',
      () => {},
    );
    assert.deepEqual(output.buttons, [buttons[0]]);
  });

  it('reports 429 as rate-limited with the Retry-After seconds', async (t) => {
    const api = await fakeChatApi(t, {
      '/api/chat/stream': json(429, { error: 'Te veel', code: 'RATE_LIMITED' }, { 'retry-after': '42' }),
    });
    const client = createChatClient({ apiOrigin: api.origin, mode: 'auto' });
    assert.deepEqual(await failureOf(client.send('irado_abc_123456', 'a', () => {})), {
      kind: 'rate-limited',
      retryAfterSeconds: 42,
    });
  });

  it('reports 503 as a server error with the server’s text', async (t) => {
    const error = 'De chat is even niet beschikbaar. Bel 010-262 1000.';
    const api = await fakeChatApi(t, { '/api/chat/stream': json(503, { error, code: 'DATABASE_UNAVAILABLE' }) });
    const failure = await failureOf(
      createChatClient({ apiOrigin: api.origin, mode: 'stream' }).send('irado_abc_123456', 'a', () => {}),
    );
    assert.deepEqual(failure, { kind: 'server', status: 503, message: error });
  });

  it('reports a 400 as rejected', async (t) => {
    const api = await fakeChatApi(t, {
      '/api/chat/stream': json(400, { error: 'Invalid chat input length', code: 'VALIDATION' }),
    });
    const failure = await failureOf(
      createChatClient({ apiOrigin: api.origin, mode: 'stream' }).send('irado_abc_123456', 'a', () => {}),
    );
    assert.deepEqual(failure, { kind: 'rejected', message: 'Invalid chat input length' });
  });

  it('reports an error event and a stream cut off before done as server errors', async (t) => {
    const api = await fakeChatApi(t, {
      '/api/chat/stream': (_req, res) => sse(res, [['error', { error: 'Er ging iets mis.', code: 'INTERNAL' }]]),
      '/cut/api/chat/stream': (_req, res) => sse(res, [['delta', { text: 'Wel' }]]),
    });
    const client = createChatClient({ apiOrigin: api.origin, mode: 'stream' });
    assert.deepEqual(await failureOf(client.send('irado_abc_123456', 'a', () => {})), {
      kind: 'server',
      status: 500,
      message: 'Er ging iets mis.',
    });
    const cut = createChatClient({ apiOrigin: `${api.origin}/cut`, mode: 'stream' });
    assert.equal((await failureOf(cut.send('irado_abc_123456', 'a', () => {}))).kind, 'server');
  });

  it('reports a closed port as unreachable, and sends nothing while offline', async (t) => {
    const api = await fakeChatApi(t, {});
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const deadOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    closed.close();
    await once(closed, 'close');
    const dead = createChatClient({ apiOrigin: deadOrigin, mode: 'auto' });
    assert.deepEqual(await failureOf(dead.send('irado_abc_123456', 'a', () => {})), { kind: 'unreachable' });

    const offline = createChatClient({ apiOrigin: api.origin, mode: 'auto', isOnline: () => false });
    assert.deepEqual(await failureOf(offline.send('irado_abc_123456', 'a', () => {})), { kind: 'offline' });
    assert.equal(api.received.length, 0);
  });
});
