export {
  type CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitState,
  createCircuitBreaker,
} from './circuit-breaker.ts';
export { createLlmClient, type LlmClientOptions } from './client.ts';
export { costOf, defaultPrices, type TokenPrices } from './cost.ts';
export type { LlmConfig } from './sdk.ts';
export type {
  ChatMessage,
  CompletionRequest,
  CompletionResult,
  LlmClient,
  LlmLogger,
  LlmUsage,
  ToolCall,
  ToolDefinition,
} from './types.ts';
