export type { FakeAnswer, FakeToolCall } from './chunks.ts';
export { fakeLlmConfig } from './fake-config.ts';
export {
  alwaysStatus,
  type FakeLlm,
  type FakeLlmOptions,
  type FakeLlmRequest,
  type LlmStep,
  startFakeLlm,
  toolCallStep,
} from './fake-llm-server.ts';
