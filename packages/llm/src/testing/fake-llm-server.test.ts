import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OpenAI } from 'openai';
import { startFakeLlm } from './fake-llm-server.ts';

// The fake is checked against the SDK's own parser, so its wire format is the one the real client reads.
const messages = [{ role: 'user' as const, content: 'Hallo' }];

describe('startFakeLlm', () => {
  it('answers a request with stream: false as one chat.completion object', async (t) => {
    const fake = await startFakeLlm(t, [
      { toolCalls: [{ name: 'check_address', arguments: '{"postcode":"3117XA"}' }] },
    ]);
    const sdk = new OpenAI({ baseURL: fake.url, apiKey: 'sk-fake', maxRetries: 0 });
    const completion = await sdk.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: false });
    const call = completion.choices[0]?.message.tool_calls?.[0];
    assert.equal(completion.choices[0]?.finish_reason, 'tool_calls');
    assert.equal(call?.type === 'function' && call.function.arguments, '{"postcode":"3117XA"}');
    assert.ok((completion.usage?.prompt_tokens ?? 0) > 0);
  });

  it('refuses a request without credentials with 401, and records it', async (t) => {
    const fake = await startFakeLlm(t, [{ text: 'OK' }]);
    const res = await fetch(`${fake.url}/chat/completions`, { method: 'POST', body: JSON.stringify({ messages }) });
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'invalid_api_key');
    assert.equal(fake.requests.length, 1);
  });

  it('lets a function step choose the answer from the request, and repeats the last step when the script ends', async (t) => {
    const fake = await startFakeLlm(t, [(req) => ({ text: req.body.tools ? 'met tools' : 'zonder tools' })]);
    const sdk = new OpenAI({ baseURL: fake.url, apiKey: 'sk-fake', maxRetries: 0 });
    const answer = async (extra = {}) =>
      (await sdk.chat.completions.create({ model: 'm', messages, ...extra })).choices[0]?.message.content;
    assert.equal(await answer(), 'zonder tools');
    const tools = [{ type: 'function' as const, function: { name: 'f', parameters: { type: 'object' } } }];
    assert.equal(await answer({ tools }), 'met tools');
  });

  it('answers with whenDone once the script has run out', async (t) => {
    const fake = await startFakeLlm(t, [{ text: 'eerste' }], { whenDone: { status: 503 } });
    const sdk = new OpenAI({ baseURL: fake.url, apiKey: 'sk-fake', maxRetries: 0 });
    await sdk.chat.completions.create({ model: 'm', messages });
    await assert.rejects(sdk.chat.completions.create({ model: 'm', messages }), { status: 503 });
  });
});
