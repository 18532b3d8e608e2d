export * from './actions.ts';
export type { Note } from './engine/apply.ts';
export type { EnginePorts, KnowledgeAnswer, Understanding } from './engine/ports.ts';
export type { Button, Reply } from './engine/reply.ts';
export type { Response, Submission } from './engine/respond.ts';
export { runTurn, type TurnResult } from './engine/run-turn.ts';
export { renderSummary } from './engine/summary.ts';
export { type ActionTool, actionTools } from './llm/action-tools.ts';
export {
  createLlmUnderstanding,
  defaultSystemPrompt,
  type LlmUnderstandingOptions,
  stateForModel,
} from './llm/llm-understanding.ts';
export { type EngineTexts, registerEngineTexts, textsFor } from './messages/index.ts';
export { createOfflineUnderstanding } from './offline/index.ts';
export { understandOffline } from './offline/understand.ts';
export * from './state.ts';
