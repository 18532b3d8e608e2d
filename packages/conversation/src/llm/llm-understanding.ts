import { readFileSync } from 'node:fs';
import type { CatalogueEntry } from '@irado/kernel';
import type { ChatMessage, LlmClient, LlmLogger, LlmUsage, ToolCall } from '@irado/llm';
import { Value } from 'typebox/value';
import type { Action } from '../actions.ts';
import type { Understanding } from '../engine/ports.ts';
import { parseLanguageTrigger } from '../offline/language.ts';
import type { ConversationState } from '../state.ts';
import { type ActionTool, actionTools } from './action-tools.ts';
import { resolveItems } from './resolve-items.ts';

/** The system prompt shipped with the code; the database's active prompt replaces it where one is stored. */
export function defaultSystemPrompt(): string {
  return readFileSync(new URL('./system-prompt.md', import.meta.url), 'utf8');
}

export interface LlmUnderstandingOptions {
  llm: LlmClient;
  /** Answers the turn whenever the model fails, stalls or proposes nothing usable: the offline understanding. */
  fallback: Understanding;
  /** The kernel's catalogue: items the model proposes are identified by the kernel's matcher on their words. */
  catalogue: readonly CatalogueEntry[];
  /** The system prompt, read per turn so a newly published prompt applies without a restart. */
  prompt: () => Promise<string> | string;
  /** Completions per turn at most; a round only follows one with invalid tool calls. Default 3. */
  maxRounds?: number;
  /** Called with the tokens of every completion, for per-conversation accounting. */
  onUsage?: (usage: LlmUsage) => void;
  logger?: LlmLogger;
}

const temperature = 0.2;
const maxTokens = 800;

/** What went wrong with one tool call, sent back to the model so it can correct the call. */
type ToolOutcome = { ok: true; action: Action } | { ok: false; error: string };

/**
 * An LLM as understanding: the model sees the booking state and the resident's message and proposes the engine's
 * typed actions as tool calls. Every call is checked against its schema; the engine applies the valid ones through the
 * kernel, so the model never decides a rule. Whenever the model fails (down, slow, rate-limited, only invalid calls,
 * plain text), the fallback understands the same message from the same state and the booking goes on.
 */
export function createLlmUnderstanding(options: LlmUnderstandingOptions): Understanding {
  const { llm, fallback, logger } = options;
  const maxRounds = Math.max(1, options.maxRounds ?? 3);
  const tools = actionTools.map(({ name, description, parameters }) => ({ name, description, parameters }));
  const byName = new Map<string, ActionTool>(actionTools.map((t) => [t.name, t]));

  function check(call: ToolCall, state: ConversationState): ToolOutcome {
    const tool = byName.get(call.name);
    if (!tool) return { ok: false, error: `unknown tool ${call.name}` };
    let args: unknown;
    try {
      args = call.arguments.trim() === '' ? {} : JSON.parse(call.arguments);
    } catch {
      return { ok: false, error: 'invalid JSON' };
    }
    if (!Value.Check(tool.parameters, args)) {
      const errors = Value.Errors(tool.parameters, args)
        .slice(0, 3)
        .map((e) => `${e.instancePath || '/'} ${e.message}`);
      return { ok: false, error: errors.join('; ') || 'arguments do not fit the schema' };
    }
    const action = { ...(args as object), type: tool.name } as Action;
    if (action.type !== 'add_items') return { ok: true, action };
    return { ok: true, action: { ...action, items: resolveItems(action.items, state.language, options.catalogue) } };
  }

  async function ask(message: string, state: ConversationState): Promise<Action[] | null> {
    const messages: ChatMessage[] = [
      { role: 'system', content: await options.prompt() },
      { role: 'system', content: `Booking state: ${JSON.stringify(stateForModel(state))}` },
      { role: 'user', content: message },
    ];
    const actions: Action[] = [];
    let invalid = 0;
    for (let round = 0; round < maxRounds; round++) {
      const result = await llm.complete({ messages, tools, temperature, maxTokens });
      options.onUsage?.(result.usage);
      if (result.toolCalls.length === 0) break;
      messages.push({ role: 'assistant', content: result.content || null, toolCalls: result.toolCalls });
      let invalidThisRound = 0;
      for (const call of result.toolCalls) {
        const outcome = check(call, state);
        if (outcome.ok) actions.push(outcome.action);
        else invalidThisRound += 1;
        const content = JSON.stringify(outcome.ok ? { ok: true } : outcome);
        messages.push({ role: 'tool', toolCallId: call.id, content });
      }
      invalid += invalidThisRound;
      // The engine writes the reply, so the model's closing text is not needed: another round only serves to let
      // the model correct calls that were refused.
      if (invalidThisRound === 0) break;
    }
    if (actions.length > 0) return actions;
    if (invalid > 0) logger?.warn({ invalidToolCalls: invalid }, 'llm proposed only invalid actions; offline fallback');
    return null;
  }

  return {
    async understand(input) {
      // The widget's language trigger and an empty message are not language to interpret.
      if (input.message.trim() === '' || parseLanguageTrigger(input.message)) return fallback.understand(input);
      let actions: Action[] | null;
      try {
        actions = await ask(input.message, input.state);
      } catch (error) {
        logger?.warn({ errorClass: errorClassOf(error) }, 'llm understanding failed; offline fallback');
        actions = null;
      }
      return actions ?? fallback.understand(input);
    },
  };
}

/** The class of an error for the logs: the AppError code or the error's name, never its message (it may quote data). */
function errorClassOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const { code, name } = error as { code?: unknown; name?: unknown };
    if (typeof code === 'string') return code;
    if (typeof name === 'string') return name;
  }
  return typeof error;
}

/**
 * What the model needs to read the message: where the booking stands and which details are known. The resident's
 * stored name, e-mail, phone and address are not sent back, only whether they are filled.
 */
export function stateForModel(state: ConversationState) {
  const { contact, address } = state;
  return {
    language: state.language,
    expecting: state.expecting,
    booking: state.booking,
    municipality: state.municipality,
    consentGiven: state.consentAt !== null,
    stopped: state.stop,
    submitted: state.submitted !== null,
    filled: {
      name: contact.name !== null,
      email: contact.email !== null,
      phone: contact.phone !== null,
      postcode: address.postcode !== null,
      houseNumber: address.houseNumber !== null,
      addressChecked: address.check !== null,
    },
    items: state.items.map((i) => ({ text: i.text, quantity: i.quantity })),
    lastRefused: state.lastRefused,
  };
}
