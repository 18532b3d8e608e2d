import assert from 'node:assert/strict';

import { describe, it, type TestContext } from 'node:test';
import { type AddressQuery, classifyAddress, currentRules, type PostcodeLookup } from '@irado/kernel';
import { createLlmClient, type LlmUsage } from '@irado/llm';
import {
  alwaysStatus,
  type FakeLlm,
  type FakeToolCall,
  fakeLlmConfig,
  type LlmStep,
  startFakeLlm,
  toolCallStep,
} from '@irado/llm/testing';
import type { EnginePorts } from '../engine/ports.ts';
import { runTurn, type TurnResult } from '../engine/run-turn.ts';
import { createOfflineUnderstanding } from '../offline/index.ts';
import { type ConversationState, initialState } from '../state.ts';
import { createLlmUnderstanding, defaultSystemPrompt } from './llm-understanding.ts';

const known: Record<string, string> = { '3111AB-12': 'Schiedam', '3132CD-8': 'Vlaardingen' };

interface Setup {
  api?: 'openai' | 'azure';
  timeoutMs?: number;
  maxRetries?: number;
  maxRounds?: number;
  onUsage?: (usage: LlmUsage) => void;
}

/** The real engine with in-memory ports, understanding through the real LLM client against the loopback fake. */
function portsFor(fake: FakeLlm, setup: Setup = {}): EnginePorts {
  const llm = createLlmClient({
    config: fakeLlmConfig(fake, setup.api ?? 'openai'),
    timeoutMs: setup.timeoutMs ?? 5_000,
    maxRetries: setup.maxRetries ?? 0,
  });
  return {
    rules: currentRules,
    understanding: createLlmUnderstanding({
      llm,
      fallback: createOfflineUnderstanding(currentRules.catalogue),
      catalogue: currentRules.catalogue,
      prompt: defaultSystemPrompt,
      ...(setup.maxRounds === undefined ? {} : { maxRounds: setup.maxRounds }),
      ...(setup.onUsage ? { onUsage: setup.onUsage } : {}),
    }),
    async checkAddress(query: AddressQuery) {
      const municipality = known[`${query.postcode}-${query.houseNumber}`];
      const lookup: PostcodeLookup = municipality ? { status: 'found', municipality } : { status: 'not_found' };
      return { classification: classifyAddress(query, [], lookup), street: 'Teststraat', city: municipality ?? null };
    },
    answerQuestion: () => null,
    now: () => new Date('2025-10-01T08:00:00Z'),
    newReference: () => 'GV-TEST234',
  };
}

async function talk(messages: string[], ports: EnginePorts, start: ConversationState = initialState()) {
  const results: TurnResult[] = [];
  let state = start;
  for (const message of messages) {
    const result = await runTurn(state, message, ports);
    results.push(result);
    state = result.state;
  }
  return { results, state, submissions: results.filter((r) => r.submission !== null) };
}

/** One completion calling several tools at once. */
const calls = (...pairs: [string, unknown][]): { toolCalls: FakeToolCall[] } => ({
  toolCalls: pairs.map(([name, args]) => ({ name, arguments: JSON.stringify(args) })),
});

const messages = [
  'Ik wil grofvuil laten ophalen in Schiedam',
  'Ja',
  'Jan Jansen, Kerkstraat 12, 3111 AB Schiedam, jan@example.org',
  'een tafel en twee stoelen',
  'Ja',
];

const details = calls(
  ['set_contact', { name: 'Jan Jansen', email: 'jan@example.org' }],
  ['set_address', { postcode: '3111 AB', houseNumber: 12, street: 'Kerkstraat', city: 'Schiedam' }],
);
const bookingScript = (items: unknown[]): LlmStep[] => [
  calls(['start_booking', {}], ['set_municipality', { name: 'Schiedam' }]),
  toolCallStep('consent', { given: true }),
  details,
  toolCallStep('add_items', { items }),
  toolCallStep('confirm', {}),
];
const tableAndChairs = [
  { text: 'tafel', quantity: 1 },
  { text: 'stoelen', quantity: 2 },
];

/** A fake that has seen every turn of the booking, for the offline-fallback cases. */
async function offlineBooking(t: TestContext, script: LlmStep[], setup: Setup = {}) {
  const fake = await startFakeLlm(t, script);
  return { fake, ...(await talk(messages, portsFor(fake, setup))) };
}

describe('createLlmUnderstanding', () => {
  it('books a request the model understood, turn by turn, with exactly one submission', async (t) => {
    const fake = await startFakeLlm(t, bookingScript(tableAndChairs));
    const { results, state, submissions } = await talk(messages, portsFor(fake));
    assert.equal(fake.requests.length, 5, 'one completion per turn when every tool call is valid');
    assert.equal(state.contact.email, 'jan@example.org');
    assert.deepEqual(
      state.items.map((i) => [i.catalogueId, i.quantity]),
      [
        ['tafel', 1],
        ['stoel', 2],
      ],
      'the kernel matcher, not the model, says what an item is',
    );
    assert.equal(submissions.length, 1);
    assert.equal(submissions[0]?.submission?.request.reference, 'GV-TEST234');
    assert.match(results[1]?.reply.text ?? '', /naam/);
  });

  it('sends a short system prompt, the state without personal values, and the actions as tools at low temperature', async (t) => {
    const fake = await startFakeLlm(t, bookingScript(tableAndChairs));
    await talk(messages, portsFor(fake));
    const body = fake.requests[3]?.body ?? {};
    assert.ok(body.temperature <= 0.3);
    const names: string[] = body.tools.map((tool: { function: { name: string } }) => tool.function.name);
    assert.ok(names.includes('set_address') && names.includes('add_items') && names.includes('confirm'));
    const setAddress = body.tools.find((tool: { function: { name: string } }) => tool.function.name === 'set_address');
    assert.equal(setAddress.function.parameters.properties.type, undefined, 'the tool name is the type');
    assert.equal(body.messages[0].role, 'system');
    assert.match(body.messages[0].content, /never decide/);
    const stateMessage: string = body.messages[1].content;
    assert.match(stateMessage, /"expecting":"items"/);
    assert.match(stateMessage, /"email":true/);
    assert.doesNotMatch(
      stateMessage,
      /jan@example\.org|Jansen|Kerkstraat|3111/,
      'stored personal data is not sent back',
    );
    assert.equal(body.messages.at(-1).content, 'een tafel en twee stoelen');
  });

  it('lets the kernel refuse an item the model proposed, however the model labelled it', async (t) => {
    const items = [
      { text: 'verf', quantity: 3, catalogueId: 'tafel' },
      { text: 'tafel', quantity: 1 },
    ];
    const fake = await startFakeLlm(t, bookingScript(items));
    const { results, submissions } = await talk(messages, portsFor(fake));
    assert.match(results[3]?.reply.text ?? '', /verf/i);
    assert.equal(submissions.length, 1);
    const plan = submissions[0]?.submission?.request.plan;
    assert.deepEqual(
      plan?.refused.map((r) => r.catalogueId),
      ['verf'],
    );
    const planned = plan?.routes.flatMap((r) => r.items.map((i) => i.catalogueId));
    assert.deepEqual(planned, ['tafel']);
  });

  it('submits nothing more when the model proposes confirm a second time', async (t) => {
    const fake = await startFakeLlm(t, [...bookingScript(tableAndChairs), toolCallStep('confirm', {})]);
    const { results, submissions } = await talk([...messages, 'Ja'], portsFor(fake));
    assert.equal(submissions.length, 1);
    assert.equal(results.at(-1)?.submission, null);
    assert.match(results.at(-1)?.reply.text ?? '', /al geregistreerd/);
  });

  it('returns invalid tool arguments to the model, and falls back to the offline engine when they stay invalid', async (t) => {
    const fake = await startFakeLlm(t, [
      toolCallStep('set_municipality', '{"name": "Schied'),
      toolCallStep('add_items', { items: [] }),
    ]);
    const { results } = await talk([messages[0] as string], portsFor(fake, { maxRounds: 2 }));
    assert.equal(fake.requests.length, 2);
    const toolAnswer = fake.requests[1]?.body.messages.at(-1);
    assert.equal(toolAnswer.role, 'tool');
    assert.deepEqual(JSON.parse(toolAnswer.content), { ok: false, error: 'invalid JSON' });
    assert.equal(results[0]?.state.municipality, 'Schiedam', 'the offline engine understood the turn');
    assert.match(results[0]?.reply.text ?? '', /privacyverklaring/);
  });

  it('keeps the valid calls of a round and lets the model correct the invalid one', async (t) => {
    const fake = await startFakeLlm(t, [
      calls(['start_booking', {}], ['set_municipality', { name: '' }]),
      toolCallStep('set_municipality', { name: 'Vlaardingen' }),
    ]);
    const { state } = await talk(['Ik wil grofvuil kwijt, woon in Vlaardingen'], portsFor(fake));
    assert.equal(fake.requests.length, 2);
    assert.match(fake.requests[1]?.body.messages.at(-1).content, /"ok":false/);
    assert.equal(state.municipality, 'Vlaardingen');
    assert.equal(state.booking, true);
  });

  it('falls back to the offline engine when the model answers with text only', async (t) => {
    const fake = await startFakeLlm(t, [{ text: 'Natuurlijk, in welke gemeente woont u?' }]);
    const { results } = await talk([messages[0] as string], portsFor(fake));
    assert.equal(results[0]?.state.municipality, 'Schiedam');
  });

  it('completes a booking through the offline engine when every request fails with HTTP 500', async (t) => {
    const { fake, submissions, state } = await offlineBooking(t, alwaysStatus(500));
    assert.equal(submissions.length, 1);
    assert.deepEqual(
      state.items.map((i) => i.catalogueId),
      ['tafel', 'stoel'],
    );
    assert.ok(fake.requests.length <= 3, 'the circuit breaker stops asking a model that is down');
  });

  it('goes on after a 429 once the retry succeeds', async (t) => {
    const fake = await startFakeLlm(t, [
      { status: 429, retryAfter: 0 },
      calls(['start_booking', {}], ['set_municipality', { name: 'Schiedam' }]),
    ]);
    const { results } = await talk([messages[0] as string], portsFor(fake, { maxRetries: 1 }));
    assert.equal(fake.requests.length, 2);
    assert.deepEqual(
      results[0]?.actions.map((a) => a.type),
      ['start_booking', 'set_municipality'],
    );
  });

  it('answers from the offline engine when the model stalls past the client timeout', async (t) => {
    const fake = await startFakeLlm(t, [{ stall: true }]);
    const started = performance.now();
    const { results } = await talk([messages[0] as string], portsFor(fake, { timeoutMs: 300 }));
    assert.ok(performance.now() - started < 2_000);
    assert.equal(results[0]?.state.municipality, 'Schiedam');
    assert.match(results[0]?.reply.text ?? '', /privacyverklaring/);
  });

  it('works against an Azure deployment and reports the tokens of every completion', async (t) => {
    const usage: LlmUsage[] = [];
    const fake = await startFakeLlm(t, [
      {
        ...calls(['start_booking', {}], ['set_municipality', { name: 'Schiedam' }]),
        usage: { inputTokens: 900, outputTokens: 30 },
      },
    ]);
    const { state } = await talk(
      [messages[0] as string],
      portsFor(fake, { api: 'azure', onUsage: (u) => usage.push(u) }),
    );
    assert.equal(fake.requests[0]?.api, 'azure');
    assert.equal(state.municipality, 'Schiedam');
    assert.deepEqual(usage, [{ inputTokens: 900, outputTokens: 30 }]);
  });

  it('leaves the widget language trigger to the offline engine without asking the model', async (t) => {
    const fake = await startFakeLlm(t, alwaysStatus(500));
    const { state } = await talk(['start chat - language: english'], portsFor(fake));
    assert.equal(state.language, 'en');
    assert.equal(fake.requests.length, 0);
  });
});
