/** A scripted tool call; `arguments` is sent as written, so it may be broken JSON on purpose. */
export interface FakeToolCall {
  name: string;
  arguments: string;
  id?: string;
}

/** What the fake model answers: text, tool calls (with optional text before them), and the usage to report. */
export interface FakeAnswer {
  text?: string;
  toolCalls?: FakeToolCall[];
  usage?: { inputTokens: number; outputTokens: number };
}

interface AnswerContext {
  id: string;
  model: string;
  created: number;
  /** Prompt size, for a usage estimate when the step gives none. */
  promptChars: number;
}

/** Splits after each word, so a sentence arrives as several deltas, the way a model streams it. */
export function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** Three roughly equal pieces (fewer for short strings), as the API splits arguments across chunks. */
function fragments(args: string): string[] {
  if (args.length < 3) return [args];
  const size = Math.ceil(args.length / 3);
  return [args.slice(0, size), args.slice(size, 2 * size), args.slice(2 * size)];
}

function usageOf(answer: FakeAnswer, ctx: AnswerContext) {
  const outChars = (answer.text ?? '').length + (answer.toolCalls ?? []).reduce((n, c) => n + c.arguments.length, 0);
  const input = answer.usage?.inputTokens ?? Math.ceil(ctx.promptChars / 4);
  const output = answer.usage?.outputTokens ?? Math.ceil(outChars / 4);
  return { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
}

function callId(ctx: AnswerContext, call: FakeToolCall, index: number) {
  return call.id ?? `call_${ctx.id.slice(-6)}_${index}`;
}

/**
 * The `chat.completion.chunk` objects of a streamed answer: a role chunk, one chunk per word, per tool call one
 * chunk with index, id and name followed by argument fragments, a chunk with the finish reason and, when asked
 * for with `stream_options.include_usage`, a last chunk with usage and no choices.
 */
export function streamChunks(answer: FakeAnswer, ctx: AnswerContext, includeUsage: boolean): object[] {
  const base = { id: ctx.id, object: 'chat.completion.chunk', created: ctx.created, model: ctx.model };
  const chunk = (delta: object, finish_reason: string | null = null) => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason }],
  });
  const out: object[] = [chunk({ role: 'assistant', content: '' })];
  for (const word of words(answer.text ?? '')) out.push(chunk({ content: word }));
  (answer.toolCalls ?? []).forEach((call, index) => {
    const id = callId(ctx, call, index);
    out.push(chunk({ tool_calls: [{ index, id, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const piece of fragments(call.arguments)) {
      out.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  });
  out.push(chunk({}, answer.toolCalls?.length ? 'tool_calls' : 'stop'));
  if (includeUsage) out.push({ ...base, choices: [], usage: usageOf(answer, ctx) });
  return out;
}

/** The same answer as one `chat.completion` object, for a request with `stream: false`. */
export function completionJson(answer: FakeAnswer, ctx: AnswerContext): object {
  const calls = answer.toolCalls ?? [];
  const message = {
    role: 'assistant',
    content: answer.text ?? null,
    refusal: null,
    ...(calls.length > 0 && {
      tool_calls: calls.map((call, index) => ({
        id: callId(ctx, call, index),
        type: 'function',
        function: { name: call.name, arguments: call.arguments },
      })),
    }),
  };
  return {
    id: ctx.id,
    object: 'chat.completion',
    created: ctx.created,
    model: ctx.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: calls.length ? 'tool_calls' : 'stop' }],
    usage: usageOf(answer, ctx),
  };
}
