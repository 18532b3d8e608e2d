import { AppError } from '@irado/errors';
import { type CircuitBreakerOptions, createCircuitBreaker } from './circuit-breaker.ts';
import { describeFailure, type Failure } from './failure.ts';
import { CallbackError, readStream } from './read-stream.ts';
import { buildSdk, type LlmConfig } from './sdk.ts';
import type { CompletionRequest, CompletionResult, LlmClient, LlmLogger } from './types.ts';
import { toWireMessages, toWireTools } from './wire.ts';

/** Options of {@link createLlmClient}. */
export interface LlmClientOptions {
  config: LlmConfig;
  /**
   * Budget for one `complete` call in ms, retries and Retry-After waits included; the stream must have finished by
   * then. Default 20 s.
   */
  timeoutMs?: number;
  /** Retries of a 408/409/429/5xx or a connection failure before the stream starts, done by the SDK. Default 2. */
  maxRetries?: number;
  /**
   * Entra ID token for Azure when AZURE_OPENAI_API_KEY is unset; called before every request, so it must cache.
   * The service wires it from @azure/identity: `getBearerTokenProvider(new DefaultAzureCredential(),
   * 'https://cognitiveservices.azure.com/.default')`.
   */
  azureAdTokenProvider?: () => Promise<string>;
  /** Default: open after 3 consecutive failures, for 30 s. */
  circuitBreaker?: CircuitBreakerOptions;
  logger?: LlmLogger;
}

const defaultTemperature = 0.2;

/**
 * The chat model behind the configured provider (LLM_PROVIDER openai or azure; throws AppError('CONFIG') for none or
 * a missing variable). Every call streams, so text reaches `onTextDelta` as the model writes it.
 */
export function createLlmClient(options: LlmClientOptions): LlmClient {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const { sdk, provider, model } = buildSdk(options.config, {
    timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    azureAdTokenProvider: options.azureAdTokenProvider,
    logger: options.logger,
  });
  const breaker = createCircuitBreaker(options.circuitBreaker);
  const logger = options.logger;

  async function stream(request: CompletionRequest, signal: AbortSignal): Promise<CompletionResult> {
    const chunks = await sdk.chat.completions.create(
      {
        model,
        messages: toWireMessages(request.messages),
        ...toWireTools(request.tools),
        temperature: request.temperature ?? defaultTemperature,
        // max_tokens rather than max_completion_tokens: OpenAI-compatible servers know only the older name.
        ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
        stream: true,
        stream_options: { include_usage: true },
      },
      { signal },
    );
    return readStream(chunks, signal, request.onTextDelta);
  }

  function fail(failure: Failure, durationMs: number): AppError {
    if (!failure.counts) breaker.release();
    else if (breaker.recordFailure()) logger?.warn({ provider, model }, 'llm circuit opened');
    const { errorClass, status } = failure;
    logger?.warn({ provider, model, durationMs, errorClass, status }, 'llm completion failed');
    return new AppError('LLM_UNAVAILABLE', `LLM ${provider}: ${failure.message}`, undefined, {
      cause: { errorClass, status },
    });
  }

  return {
    provider,
    model,
    async complete(request) {
      if (!breaker.tryAcquire()) {
        throw new AppError('LLM_UNAVAILABLE', `LLM ${provider}: circuit open after repeated failures`);
      }
      const started = performance.now();
      const attempt = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attempt.abort();
      }, timeoutMs);
      const forwardAbort = () => attempt.abort();
      request.signal?.addEventListener('abort', forwardAbort, { once: true });
      if (request.signal?.aborted) attempt.abort();
      try {
        // The race makes the deadline hard: the SDK sleeps out a Retry-After without watching the signal.
        const result = await Promise.race([stream(request, attempt.signal), rejectOnAbort(attempt.signal)]);
        breaker.recordSuccess();
        const { inputTokens, outputTokens } = result.usage;
        const durationMs = Math.round(performance.now() - started);
        const finishReason = result.finishReason;
        logger?.info({ provider, model, durationMs, inputTokens, outputTokens, finishReason }, 'llm completion');
        return result;
      } catch (error) {
        if (error instanceof CallbackError) {
          breaker.release();
          throw error.cause;
        }
        const callerAborted = request.signal?.aborted === true && !timedOut;
        const durationMs = Math.round(performance.now() - started);
        throw fail(describeFailure(error, { timedOut, callerAborted, timeoutMs }), durationMs);
      } finally {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', forwardAbort);
      }
    },
  };
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}
