import type { Config } from '@irado/config';
import { AppError } from '@irado/errors';
import { AzureOpenAI, OpenAI } from 'openai';
import { fetchCappingRetryAfter } from './retry-after.ts';
import type { LlmLogger } from './types.ts';

/** The configuration variables the LLM client reads (see `@irado/config` for what each means). */
export type LlmConfig = Pick<
  Config,
  | 'LLM_PROVIDER'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_MODEL'
  | 'AZURE_OPENAI_ENDPOINT'
  | 'AZURE_OPENAI_DEPLOYMENT'
  | 'AZURE_OPENAI_API_VERSION'
  | 'AZURE_OPENAI_API_KEY'
>;

/** Sent as the key to an OpenAI-compatible server that needs none; the SDK refuses to start without one. */
const keylessPlaceholder = 'not-needed';

interface SdkOptions {
  timeoutMs: number;
  maxRetries: number;
  azureAdTokenProvider?: (() => Promise<string>) | undefined;
  logger?: LlmLogger | undefined;
}

/** Builds the SDK client for the configured provider, with the model (OpenAI) or deployment (Azure) to call. */
export function buildSdk(config: LlmConfig, options: SdkOptions) {
  // Everything is passed explicitly (null where unset) because the SDK otherwise falls back to process.env:
  // a stray OPENAI_BASE_URL would even make AzureOpenAI throw "baseURL and endpoint are mutually exclusive".
  const common = {
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    // A wait beyond the whole call's budget cannot help: fail at once instead.
    fetch: fetchCappingRetryAfter(options.timeoutMs),
    organization: null,
    project: null,
    // 'warn' also shuts out OPENAI_LOG=debug, which would log whole request bodies (residents' messages).
    logLevel: 'warn' as const,
    logger: sdkLogger(options.logger),
  };
  if (config.LLM_PROVIDER === 'openai') {
    const apiKey = config.OPENAI_API_KEY ?? (config.OPENAI_BASE_URL ? keylessPlaceholder : undefined);
    if (!apiKey)
      throw new AppError('CONFIG', 'OPENAI_API_KEY (or OPENAI_BASE_URL) is required for LLM_PROVIDER=openai');
    const sdk = new OpenAI({ ...common, apiKey, adminAPIKey: null, baseURL: config.OPENAI_BASE_URL ?? null });
    return { sdk, provider: 'openai' as const, model: config.OPENAI_MODEL };
  }
  if (config.LLM_PROVIDER === 'azure') {
    const { AZURE_OPENAI_ENDPOINT: endpoint, AZURE_OPENAI_DEPLOYMENT: deployment } = config;
    if (!endpoint || !deployment) {
      throw new AppError(
        'CONFIG',
        'AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT are required for LLM_PROVIDER=azure',
      );
    }
    const apiKey = config.AZURE_OPENAI_API_KEY;
    if (!apiKey && !options.azureAdTokenProvider) {
      throw new AppError('CONFIG', 'AZURE_OPENAI_API_KEY is unset and no Entra ID token provider was given');
    }
    const auth = apiKey ? { apiKey } : { azureADTokenProvider: options.azureAdTokenProvider };
    const sdk = new AzureOpenAI({
      ...common,
      ...auth,
      baseURL: null,
      endpoint,
      deployment,
      apiVersion: config.AZURE_OPENAI_API_VERSION,
    });
    return { sdk, provider: 'azure' as const, model: deployment };
  }
  throw new AppError('CONFIG', 'LLM_PROVIDER=none has no LLM client; use the offline engine');
}

/** Forwards only the SDK's own fixed message text: its extra arguments can hold raw stream data. */
function sdkLogger(logger: LlmLogger | undefined) {
  const forward = (message: string) => logger?.warn({ source: 'openai-sdk' }, String(message));
  const ignore = () => {};
  return { error: forward, warn: forward, info: ignore, debug: ignore };
}
