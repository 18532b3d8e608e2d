/** One tool call the model asked for. `arguments` is the raw JSON text the model wrote: validate it before use. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/**
 * A message of the conversation sent to the model. An assistant message that asked for tools carries the
 * `toolCalls` exactly as {@link CompletionResult} returned them; each answer follows as a `tool` message with the
 * matching `toolCallId`.
 */
export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

/** A function the model may call. `parameters` is a JSON Schema object; a TypeBox schema is one as it is. */
export interface ToolDefinition {
  name: string;
  description: string;
  /** Typed `object` rather than a record so a TypeBox `TObject` (an interface, no index signature) fits. */
  parameters: object;
}

/** Tokens billed for one completion. Zero when the server sent no usage. */
export interface LlmUsage {
  inputTokens: number;
  outputTokens: number;
}

/** One call to the model. */
export interface CompletionRequest {
  messages: ChatMessage[];
  /** Empty: the model answers with text only (no `tools`, `tool_choice` or `parallel_tool_calls` are sent). */
  tools: ToolDefinition[];
  /** Default 0.2: the bot should answer the same way to the same question. */
  temperature?: number;
  maxTokens?: number;
  /** Aborting (e.g. the resident closed the chat) ends the request; it does not count against the circuit breaker. */
  signal?: AbortSignal;
  /** Called with each piece of text as it streams in, before the call resolves. */
  onTextDelta?: (text: string) => void;
}

/** The assembled answer. `finishReason` is the model's: stop, tool_calls, length or content_filter. */
export interface CompletionResult {
  content: string;
  toolCalls: ToolCall[];
  usage: LlmUsage;
  finishReason: string;
}

/** The model, as the conversation engine sees it. */
export interface LlmClient {
  /** Streams one chat completion. Throws AppError('LLM_UNAVAILABLE') on any failure, at once while the circuit is open. */
  complete(request: CompletionRequest): Promise<CompletionResult>;
  /** `openai` or `azure`, and the model or deployment name: for logs and cost accounting. */
  readonly provider: 'openai' | 'azure';
  readonly model: string;
}

/** The slice of a logger the client writes to; a pino logger fits. Fields never hold prompts, answers or keys. */
export interface LlmLogger {
  info(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
}
