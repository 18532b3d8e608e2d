import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { AppError } from '@irado/errors';
import Type from 'typebox';
import { createLlmClient, type LlmClientOptions } from './client.ts';
import { fakeLlmConfig, type LlmStep, startFakeLlm } from './testing/index.ts';
import type { ChatMessage, ToolDefinition } from './types.ts';

const checkAddress: ToolDefinition = {
  name: 'check_address',
  description: 'Controleer of een adres in het werkgebied ligt.',
  parameters: Type.Object(
    { postcode: Type.String({ pattern: '^[1-9][0-9]{3}[A-Z]{2}$' }), houseNumber: Type.Integer({ minimum: 1 }) },
    { additionalProperties: false },
  ),
};
const listItems: ToolDefinition = {
  name: 'list_items',
  description: 'Noteer de spullen die opgehaald moeten worden.',
  parameters: Type.Object({ items: Type.Array(Type.String()) }),
};

const aConversation = (question = 'Kunnen jullie mijn bank ophalen?'): ChatMessage[] => [
  { role: 'system', content: 'Je bent de grofvuilassistent van Irado.' },
  { role: 'user', content: question },
];

async function setup(t: TestContext, script: LlmStep[], api: 'openai' | 'azure' = 'openai', opts = {}) {
  const fake = await startFakeLlm(t, script);
  const llm = createLlmClient({ config: fakeLlmConfig(fake, api), timeoutMs: 2_000, ...opts });
  return { fake, llm };
}

describe('createLlmClient: streaming', () => {
  it('passes text on as deltas while it streams, and returns it assembled', async (t) => {
    const { llm } = await setup(t, [{ text: 'Ja, wij halen uw bank op.' }]);
    const deltas: string[] = [];
    const result = await llm.complete({ messages: aConversation(), tools: [], onTextDelta: (d) => deltas.push(d) });
    assert.ok(deltas.length > 1, `one delta per word, got ${deltas.length}`);
    assert.equal(deltas.join(''), 'Ja, wij halen uw bank op.');
    assert.equal(result.content, 'Ja, wij halen uw bank op.');
    assert.deepEqual(result.toolCalls, []);
    assert.equal(result.finishReason, 'stop');
  });

  it('assembles two parallel tool calls from their fragments, in index order', async (t) => {
    const address = JSON.stringify({ postcode: '3117XA', houseNumber: 12 });
    const items = JSON.stringify({ items: ['bank', 'matras'] });
    const { llm } = await setup(t, [
      {
        text: 'Ik kijk het even na.',
        toolCalls: [
          { name: 'check_address', arguments: address },
          { name: 'list_items', arguments: items },
        ],
      },
    ]);
    const result = await llm.complete({ messages: aConversation(), tools: [checkAddress, listItems] });
    assert.equal(result.finishReason, 'tool_calls');
    assert.equal(result.content, 'Ik kijk het even na.');
    assert.deepEqual(
      result.toolCalls.map(({ name, arguments: args }) => ({ name, args })),
      [
        { name: 'check_address', args: address },
        { name: 'list_items', args: items },
      ],
    );
    const [first, second] = result.toolCalls;
    assert.ok(first?.id && second?.id && first.id !== second.id, 'each call keeps its own id');
  });

  it('returns malformed tool arguments verbatim, for the caller to reject', async (t) => {
    const { llm } = await setup(t, [{ toolCalls: [{ name: 'check_address', arguments: '{"postcode": "3117XA",' }] }]);
    const result = await llm.complete({ messages: aConversation(), tools: [checkAddress] });
    assert.equal(result.toolCalls[0]?.arguments, '{"postcode": "3117XA",');
  });

  it('counts usage from the final chunk, which it asks for with stream_options', async (t) => {
    const { fake, llm } = await setup(t, [{ text: 'Prima.', usage: { inputTokens: 812, outputTokens: 3 } }]);
    const result = await llm.complete({ messages: aConversation(), tools: [] });
    assert.deepEqual(result.usage, { inputTokens: 812, outputTokens: 3 });
    assert.equal(fake.requests[0]?.body.stream, true);
    assert.deepEqual(fake.requests[0]?.body.stream_options, { include_usage: true });
  });
});

describe('createLlmClient: request', () => {
  it('sends the model, a low default temperature and the tools as JSON Schema functions', async (t) => {
    const { fake, llm } = await setup(t, [{ text: 'OK' }]);
    await llm.complete({ messages: aConversation(), tools: [checkAddress], maxTokens: 400 });
    const body = fake.requests[0]!.body;
    assert.equal(body.model, 'gpt-4o-mini');
    assert.equal(body.temperature, 0.2);
    assert.equal(body.max_tokens, 400);
    assert.equal(body.tool_choice, 'auto');
    assert.equal(body.parallel_tool_calls, true);
    assert.deepEqual(body.tools, [
      {
        type: 'function',
        function: {
          name: 'check_address',
          description: checkAddress.description,
          parameters: JSON.parse(JSON.stringify(checkAddress.parameters)),
        },
      },
    ]);
    const [sent] = body.tools as { function: { parameters: { properties: Record<string, { type: string }> } } }[];
    assert.equal(
      sent?.function.parameters.properties.houseNumber?.type,
      'integer',
      'TypeBox schema sent as JSON Schema',
    );
  });

  it('sends no tool fields at all when there are no tools', async (t) => {
    const { fake, llm } = await setup(t, [{ text: 'OK' }]);
    await llm.complete({ messages: aConversation(), tools: [], temperature: 0 });
    const body = fake.requests[0]!.body;
    assert.equal(body.temperature, 0);
    for (const field of ['tools', 'tool_choice', 'parallel_tool_calls']) assert.ok(!(field in body), field);
  });

  it('sends earlier tool calls and their results in the wire shape', async (t) => {
    const { fake, llm } = await setup(t, [{ text: 'Uw adres ligt in ons gebied.' }]);
    const call = { id: 'call_1', name: 'check_address', arguments: '{"postcode":"3117XA","houseNumber":12}' };
    await llm.complete({
      messages: [
        ...aConversation(),
        { role: 'assistant', content: null, toolCalls: [call] },
        { role: 'tool', toolCallId: 'call_1', content: '{"inArea":true}' },
      ],
      tools: [checkAddress],
    });
    assert.deepEqual(fake.requests[0]?.body.messages.slice(2), [
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_1', type: 'function', function: { name: call.name, arguments: call.arguments } }],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"inArea":true}' },
    ]);
  });
});

describe('createLlmClient: providers', () => {
  it('calls an OpenAI-style server at {OPENAI_BASE_URL}/chat/completions with a bearer key', async (t) => {
    const { fake, llm } = await setup(t, [{ text: 'OK' }]);
    await llm.complete({ messages: aConversation(), tools: [] });
    assert.equal(fake.requests[0]?.api, 'openai');
    assert.equal(fake.requests[0]?.path, '/v1/chat/completions');
    assert.equal(fake.requests[0]?.headers.authorization, 'Bearer sk-fake');
  });

  it('sends a placeholder key to a keyless local server', async (t) => {
    const fake = await startFakeLlm(t, [{ text: 'OK' }]);
    const config = fakeLlmConfig(fake, 'openai', { OPENAI_API_KEY: undefined });
    await createLlmClient({ config }).complete({ messages: aConversation(), tools: [] });
    assert.equal(fake.requests[0]?.headers.authorization, 'Bearer not-needed');
  });

  it('calls Azure at /openai/deployments/{deployment}/chat/completions?api-version with an api-key header', async (t) => {
    const { fake, llm } = await setup(t, [{ text: 'OK' }], 'azure');
    const result = await llm.complete({ messages: aConversation(), tools: [] });
    assert.equal(result.content, 'OK');
    const request = fake.requests[0];
    assert.equal(request?.api, 'azure');
    assert.equal(request?.deployment, 'chat-4o-mini');
    assert.equal(request?.apiVersion, '2024-10-21');
    assert.equal(request?.headers['api-key'], 'az-test');
    assert.equal(request?.headers.authorization, undefined);
    assert.equal(llm.model, 'chat-4o-mini');
  });

  it('authenticates to Azure with an Entra ID token from the given provider when no key is set', async (t) => {
    const fake = await startFakeLlm(t, [{ text: 'OK' }]);
    const config = fakeLlmConfig(fake, 'azure', { AZURE_OPENAI_API_KEY: undefined });
    const llm = createLlmClient({ config, azureAdTokenProvider: async () => 'entra-token' });
    await llm.complete({ messages: aConversation(), tools: [] });
    assert.equal(fake.requests[0]?.headers.authorization, 'Bearer entra-token');
    assert.equal(fake.requests[0]?.headers['api-key'], undefined);
  });

  it('refuses to start without a usable provider configuration', async (t) => {
    const fake = await startFakeLlm(t, []);
    const attempts: LlmClientOptions['config'][] = [
      fakeLlmConfig(fake, 'openai', { LLM_PROVIDER: 'none' }),
      fakeLlmConfig(fake, 'azure', { AZURE_OPENAI_API_KEY: undefined }),
      fakeLlmConfig(fake, 'azure', { AZURE_OPENAI_DEPLOYMENT: undefined }),
      fakeLlmConfig(fake, 'openai', { OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined }),
    ];
    for (const config of attempts) {
      assert.throws(
        () => createLlmClient({ config }),
        (e) => e instanceof AppError && e.code === 'CONFIG',
      );
    }
  });
});
