import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { CompletionResult, ToolCall } from './types.ts';

/** The stream ended (cleanly or not) before the model said why it stopped: the answer may be cut off. */
export class IncompleteStreamError extends Error {
  override readonly name = 'IncompleteStreamError';
}

/** The caller's `onTextDelta` threw; the error is the caller's, not the model's. */
export class CallbackError extends Error {
  override readonly name = 'CallbackError';
}

/**
 * Reads a chat-completion stream into one result: text deltas are passed on as they arrive, tool-call fragments are
 * joined per `index` (the id and name come in the first fragment of a call, the arguments in pieces after it), and
 * usage comes from the last chunk, which has no choices.
 */
export async function readStream(
  stream: AsyncIterable<ChatCompletionChunk>,
  signal: AbortSignal,
  onTextDelta?: (text: string) => void,
): Promise<CompletionResult> {
  let content = '';
  let finishReason: string | null = null;
  const calls = new Map<number, ToolCall>();
  const usage = { inputTokens: 0, outputTokens: 0 };

  for await (const chunk of stream) {
    if (chunk.usage) {
      usage.inputTokens = chunk.usage.prompt_tokens;
      usage.outputTokens = chunk.usage.completion_tokens;
    }
    // Azure sends a first chunk with no choices (prompt filter results); the usage chunk has none either.
    const choice = chunk.choices[0];
    if (!choice) continue;
    const text = choice.delta?.content;
    if (text) {
      content += text;
      try {
        onTextDelta?.(text);
      } catch (error) {
        throw new CallbackError('onTextDelta threw', { cause: error });
      }
    }
    for (const fragment of choice.delta?.tool_calls ?? []) {
      let call = calls.get(fragment.index);
      if (!call) {
        call = { id: '', name: '', arguments: '' };
        calls.set(fragment.index, call);
      }
      call.id ||= fragment.id ?? '';
      call.name ||= fragment.function?.name ?? '';
      call.arguments += fragment.function?.arguments ?? '';
    }
    if (choice.finish_reason) finishReason = choice.finish_reason;
  }
  // The SDK ends iteration silently when the request is aborted, so an abort looks like a short stream here.
  if (signal.aborted) throw signal.reason ?? new IncompleteStreamError('aborted');
  if (finishReason === null) throw new IncompleteStreamError('stream ended without a finish reason');

  const toolCalls = [...calls.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, call]) => ({ ...call, id: call.id || `call_${index}` }));
  return { content, toolCalls, usage, finishReason };
}
