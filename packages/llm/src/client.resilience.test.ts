import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { AppError } from '@irado/errors';
import { createLlmClient, type LlmClientOptions } from './client.ts';
import { alwaysStatus, fakeLlmConfig, type LlmStep, startFakeLlm } from './testing/index.ts';
import type { CompletionRequest, LlmLogger } from './types.ts';

const question = 'Mijn adres is Hoogstraat 12, 3111AA. Kunnen jullie een bank ophalen?';
const turn = (extra: Partial<CompletionRequest> = {}): CompletionRequest => ({
  messages: [{ role: 'user', content: question }],
  tools: [],
  ...extra,
});

async function setup(t: TestContext, script: LlmStep[], opts: Partial<LlmClientOptions> = {}) {
  const fake = await startFakeLlm(t, script);
  const llm = createLlmClient({ config: fakeLlmConfig(fake, 'openai'), timeoutMs: 3_000, ...opts });
  return { fake, llm };
}

/** Asserts that `promise` rejects with AppError('LLM_UNAVAILABLE') and returns it. */
async function unavailable(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => assert.fail('expected LLM_UNAVAILABLE'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AppError && error.code === 'LLM_UNAVAILABLE', String(error));
  return error;
}

function memoryLogger() {
  const lines: { fields: object; msg: string }[] = [];
  const logger: LlmLogger = {
    info: (fields, msg) => void lines.push({ fields, msg }),
    warn: (fields, msg) => void lines.push({ fields, msg }),
  };
  return { lines, logger };
}

describe('createLlmClient: retries and timeouts', () => {
  it('waits out a 429 with Retry-After and returns the answer of the retry', async (t) => {
    const { fake, llm } = await setup(t, [{ status: 429, retryAfter: 1 }, { text: 'Ja hoor.' }]);
    const started = Date.now();
    const result = await llm.complete(turn());
    assert.equal(result.content, 'Ja hoor.');
    assert.equal(fake.requests.length, 2);
    assert.ok(Date.now() - started >= 950, 'honours Retry-After');
  });

  it('gives up with LLM_UNAVAILABLE after a 500 and two retries', async (t) => {
    const { fake, llm } = await setup(t, alwaysStatus(500));
    const error = await unavailable(llm.complete(turn()));
    assert.equal(fake.requests.length, 3);
    assert.match(error.message, /HTTP 500/);
  });

  it('fails a stalled request within the configured timeout', async (t) => {
    const { llm } = await setup(t, [{ stall: true }], { timeoutMs: 300 });
    const started = Date.now();
    const error = await unavailable(llm.complete(turn()));
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 290 && elapsed < 600, `${elapsed} ms`);
    assert.match(error.message, /within 300 ms/);
  });

  it('never hangs on a server that answers 500 with Retry-After: 3600 to everything', async (t) => {
    const { llm } = await setup(t, alwaysStatus(500, 3600), { timeoutMs: 500 });
    const started = Date.now();
    await unavailable(llm.complete(turn()));
    assert.ok(Date.now() - started < 1_000);
  });

  it('gives up at the deadline while waiting out a Retry-After that fits in it', async (t) => {
    const { llm } = await setup(t, alwaysStatus(503, 0.3), { timeoutMs: 500, maxRetries: 5 });
    const started = Date.now();
    await unavailable(llm.complete(turn()));
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 490 && elapsed < 800, `${elapsed} ms, not the SDK's 6 × 300 ms`);
  });

  it('fails a stream that breaks off mid-answer, after passing on what arrived, and does not retry it', async (t) => {
    const { fake, llm } = await setup(t, [{ dropAfterChunks: 3 }, { text: 'second request' }]);
    const deltas: string[] = [];
    const error = await unavailable(llm.complete(turn({ onTextDelta: (d) => deltas.push(d) })));
    assert.match(error.message, /connection dropped mid-stream/);
    assert.ok(deltas.length > 0, 'deltas before the break were delivered');
    assert.equal(fake.requests.length, 1);
  });

  it('fails a stream that ends cleanly but without a finish reason', async (t) => {
    const { llm } = await setup(t, [{ dropAfterChunks: 2, graceful: true }]);
    const error = await unavailable(llm.complete(turn()));
    assert.match(error.message, /before the answer was complete/);
  });

  it('fails with LLM_UNAVAILABLE when the caller aborts', async (t) => {
    const { llm } = await setup(t, [{ stall: true }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await unavailable(llm.complete(turn({ signal: controller.signal })));
    assert.match(error.message, /aborted by the caller/);
  });

  it('fails with LLM_UNAVAILABLE, without a request, when the Entra ID token provider throws', async (t) => {
    const fake = await startFakeLlm(t, [{ text: 'OK' }]);
    const config = fakeLlmConfig(fake, 'azure', { AZURE_OPENAI_API_KEY: undefined });
    const azureAdTokenProvider = () => Promise.reject(new Error('managed identity endpoint not reachable'));
    const error = await unavailable(createLlmClient({ config, azureAdTokenProvider }).complete(turn()));
    assert.match(error.message, /SDK refused the request/);
    assert.equal(fake.requests.length, 0);
  });

  it("hands an error thrown by the caller's onTextDelta back unchanged", async (t) => {
    const { llm } = await setup(t, [{ text: 'Een lang antwoord.' }]);
    const closed = new Error('client went away');
    const onTextDelta = () => {
      throw closed;
    };
    await assert.rejects(llm.complete(turn({ onTextDelta })), (e) => e === closed);
  });
});

describe('createLlmClient: circuit breaker', () => {
  it('opens after three failed calls: the fourth fails at once without a request, until the cool-down ends', async (t) => {
    const clock = { now: 0 };
    const script: LlmStep[] = [{ status: 500 }, { status: 500 }, { status: 500 }, { text: 'Weer bereikbaar.' }];
    const { fake, llm } = await setup(t, script, { maxRetries: 0, circuitBreaker: { now: () => clock.now } });
    for (let i = 0; i < 3; i += 1) await unavailable(llm.complete(turn()));
    assert.equal(fake.requests.length, 3);

    const error = await unavailable(llm.complete(turn()));
    assert.match(error.message, /circuit open/);
    clock.now = 29_999;
    await unavailable(llm.complete(turn()));
    assert.equal(fake.requests.length, 3, 'no request while open');

    clock.now = 30_000;
    assert.equal((await llm.complete(turn())).content, 'Weer bereikbaar.');
    assert.equal((await llm.complete(turn())).content, 'Weer bereikbaar.', 'closed again');
    assert.equal(fake.requests.length, 5);
  });

  it('does not count request-specific 400s (content filter) or caller aborts against the circuit', async (t) => {
    const filtered = { status: 400, body: { error: { message: 'filtered', type: null, code: 'content_filter' } } };
    const { fake, llm } = await setup(t, [filtered, filtered, filtered, { text: 'OK' }], { maxRetries: 0 });
    for (let i = 0; i < 3; i += 1) {
      const error = await unavailable(llm.complete(turn()));
      assert.match(error.message, /HTTP 400 \(content_filter\)/);
    }
    const aborted = AbortSignal.abort();
    for (let i = 0; i < 3; i += 1) await unavailable(llm.complete(turn({ signal: aborted })));
    assert.equal((await llm.complete(turn())).content, 'OK');
    assert.equal(fake.requests.length, 4);
  });
});

describe('createLlmClient: logging', () => {
  it('logs provider, model, duration, tokens and error class, never the conversation or the key', async (t) => {
    const { lines, logger } = memoryLogger();
    const { llm } = await setup(t, [{ text: 'Uw bank wordt opgehaald.' }, { status: 401 }], { logger, maxRetries: 0 });
    await llm.complete(turn());
    const error = await unavailable(llm.complete(turn()));
    assert.deepEqual(Object.keys(lines[0]?.fields ?? {}).sort(), [
      'durationMs',
      'finishReason',
      'inputTokens',
      'model',
      'outputTokens',
      'provider',
    ]);
    assert.equal((lines[1]?.fields as { errorClass?: string } | undefined)?.errorClass, 'http');
    const logged = JSON.stringify(lines) + error.message;
    for (const secret of ['Hoogstraat', '3111AA', 'bank', 'sk-fake']) assert.ok(!logged.includes(secret), secret);
  });
});
