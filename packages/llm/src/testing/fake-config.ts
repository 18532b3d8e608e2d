import type { LlmConfig } from '../sdk.ts';
import type { FakeLlm } from './fake-llm-server.ts';

/** Config values pointing the client at the fake, as OpenAI (`OPENAI_BASE_URL`) or as an Azure resource. */
export function fakeLlmConfig(fake: FakeLlm, api: 'openai' | 'azure', overrides: Partial<LlmConfig> = {}): LlmConfig {
  const common = { OPENAI_MODEL: 'gpt-4o-mini', AZURE_OPENAI_API_VERSION: '2024-10-21' };
  if (api === 'openai') {
    return { ...common, LLM_PROVIDER: 'openai', OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-fake', ...overrides };
  }
  return {
    ...common,
    LLM_PROVIDER: 'azure',
    AZURE_OPENAI_ENDPOINT: fake.azureEndpoint,
    AZURE_OPENAI_DEPLOYMENT: 'chat-4o-mini',
    AZURE_OPENAI_API_KEY: 'az-test',
    ...overrides,
  };
}
