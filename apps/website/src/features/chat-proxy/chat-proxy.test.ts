import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { describe, it, type TestContext } from 'node:test';
import { buildTestApp } from '../../testing/test-app.ts';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback chatbot: records each request and answers with `respond`. */
async function fakeChatbot(t: TestContext, respond: (res: ServerResponse, req: Received) => unknown) {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: await text(req) };
    received.push(request);
    await respond(res, request);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const turn = { sessionId: 'irado_abc_123456', action: 'sendMessage', chatInput: 'Ik wil een bank kwijt' };

describe('/api/* proxy to the chatbot', () => {
  it('passes the request and the answer through unchanged', async (t) => {
    const output = { text: 'Welke gemeente?', language: 'nl', buttons: [], showAfvalplaatsImage: false };
    const chatbot = await fakeChatbot(t, (res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ output })),
    );
    const { app } = await buildTestApp(t, { chatbotUrl: chatbot.url });
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: turn });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { output });
    assert.equal(chatbot.received[0]?.url, '/api/chat');
    assert.deepEqual(JSON.parse(chatbot.received[0]?.body ?? ''), turn);
  });

  it('sends the client’s address as X-Forwarded-For, ignoring one the client made up, and the request id', async (t) => {
    const chatbot = await fakeChatbot(t, (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    const { app } = await buildTestApp(t, { chatbotUrl: chatbot.url });
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: turn,
      remoteAddress: '203.0.113.7',
      headers: { 'x-forwarded-for': '10.9.8.7', 'x-request-id': 'req_abcdef123456' },
    });
    const headers = chatbot.received[0]?.headers ?? {};
    assert.equal(headers['x-forwarded-for'], '203.0.113.7');
    assert.equal(headers['x-request-id'], 'req_abcdef123456');
    assert.equal(res.headers['x-request-id'], 'req_abcdef123456');
  });

  it('passes no cookie or credential on to the chatbot', async (t) => {
    const chatbot = await fakeChatbot(t, (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    const { app } = await buildTestApp(t, { chatbotUrl: chatbot.url });
    await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: turn,
      headers: { cookie: 'session=secret', authorization: 'Basic aXJhZG86c2VjcmV0' },
    });
    const headers = chatbot.received[0]?.headers ?? {};
    assert.equal(headers.cookie, undefined);
    assert.equal(headers.authorization, undefined);
  });

  it('streams Server-Sent Events through as they come, uncompressed', async (t) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const chatbot = await fakeChatbot(t, async (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write('event: delta\ndata: {"text":"Hallo"}\n\n');
      // The rest only once the browser side has the first event: a buffering proxy would never get here.
      await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 5000))]);
      res.end('event: done\ndata: {"output":{}}\n\n');
    });
    const { app } = await buildTestApp(t, { chatbotUrl: chatbot.url });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/chat/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' },
      body: JSON.stringify(turn),
    });
    assert.equal(res.headers.get('content-type'), 'text/event-stream');
    assert.equal(res.headers.get('content-encoding'), null);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const started = Date.now();
    const first = await reader.read();
    assert.match(first.value ?? '', /event: delta/);
    assert.ok(Date.now() - started < 2000, 'the first event arrived before the chatbot finished');
    release();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += chunk.value;
    assert.match(rest, /event: done/);
  });

  it('answers 503 with the customer-service number when the chatbot cannot be reached', async (t) => {
    const { app } = await buildTestApp(t, { chatbotUrl: 'http://127.0.0.1:9' });
    // Over a real socket: light-my-request's fake request stream reports the refused upstream as its own error.
    await app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/chat/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(turn),
    });
    const body = (await res.json()) as { code: string; error: string; requestId: string };
    assert.equal(res.status, 503);
    assert.equal(body.code, 'CHATBOT_UNAVAILABLE');
    assert.match(body.error, /010-262 1000/);
    assert.equal(body.requestId, res.headers.get('x-request-id'));
  });
});
