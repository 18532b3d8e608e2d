import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import type { ChatMessage, ToolDefinition } from './types.ts';

/** Our messages in the chat-completions wire shape. */
export function toWireMessages(messages: ChatMessage[]): ChatCompletionMessageParam[] {
  return messages.map((m): ChatCompletionMessageParam => {
    if (m.role === 'tool') return { role: 'tool', tool_call_id: m.toolCallId, content: m.content };
    if (m.role !== 'assistant') return m;
    if (!m.toolCalls?.length) return { role: 'assistant', content: m.content };
    return {
      role: 'assistant',
      content: m.content,
      tool_calls: m.toolCalls.map((c) => ({
        id: c.id,
        type: 'function',
        function: { name: c.name, arguments: c.arguments },
      })),
    };
  });
}

/**
 * The tool fields of the request. With no tools none are sent: OpenAI answers 400 to `tool_choice` or
 * `parallel_tool_calls` without `tools`.
 */
export function toWireTools(tools: ToolDefinition[]) {
  if (tools.length === 0) return {};
  const wire: ChatCompletionTool[] = tools.map((t) => ({
    type: 'function',
    // A TypeBox schema keeps its metadata under symbol keys, which JSON serialisation drops.
    function: { name: t.name, description: t.description, parameters: t.parameters as Record<string, unknown> },
  }));
  return { tools: wire, tool_choice: 'auto' as const, parallel_tool_calls: true };
}
