import { createAddressCheck, createOpenPostcodeClient } from '@irado/address';
import type { Config } from '@irado/config';
import { createLlmUnderstanding, createOfflineUnderstanding, defaultSystemPrompt } from '@irado/conversation';
import { currentRules, type RuleSet } from '@irado/kernel';
import { createKnowledgeBase } from '@irado/knowledge';
import type { LlmClient, LlmLogger, LlmUsage } from '@irado/llm';
import { catcherAddresses } from '@irado/mail';
import type pg from 'pg';
import { createChatService, createTokenCounter } from './features/chat/chat.service.ts';

export interface ChatResources {
  pool: pg.Pool;
  /** The database with the KOAD register: the same pool unless KOAD_DATABASE_URL is set. */
  registerPool: pg.Pool;
  postcodeApiUrl: string;
  mail: { teamEmail: string; from: string };
  rules?: RuleSet;
  now?: () => Date;
  /** Settles once the KOAD register is loaded (the demo register on a first start); address checks wait for it. */
  registerReady?: Promise<unknown>;
  /** The chat model (LLM_PROVIDER openai or azure); without it the offline understanding answers every turn. */
  llm?: LlmClient;
  /** The model's system prompt, read per turn; default: the prompt shipped with the conversation package. */
  prompt?: () => Promise<string> | string;
  /** Called with the tokens of every completion. */
  onUsage?: (usage: LlmUsage) => void;
  logger?: LlmLogger;
}

/**
 * Wires the chat: the kernel's rules, the address check, the knowledge base and the understanding: the LLM when one
 * is given, with the offline understanding as its fallback, else the offline understanding alone.
 */
export function composeChat(resources: ChatResources) {
  const rules = resources.rules ?? currentRules;
  const offline = createOfflineUnderstanding(rules.catalogue);
  const tokens = createTokenCounter();
  const understanding = resources.llm
    ? createLlmUnderstanding({
        llm: resources.llm,
        fallback: offline,
        catalogue: rules.catalogue,
        prompt: resources.prompt ?? defaultSystemPrompt,
        onUsage(usage) {
          tokens.onUsage(usage);
          resources.onUsage?.(usage);
        },
        ...(resources.logger ? { logger: resources.logger } : {}),
      })
    : offline;
  const addresses = createAddressCheck({
    registerPool: resources.registerPool,
    postcode: createOpenPostcodeClient({ baseUrl: resources.postcodeApiUrl }),
    rules,
  });
  const knowledge = createKnowledgeBase(rules);
  return createChatService({
    pool: resources.pool,
    rules,
    mail: resources.mail,
    tokens,
    ports: {
      rules,
      understanding,
      async checkAddress(query) {
        await resources.registerReady;
        const result = await addresses.check(query);
        return { classification: result, street: result.street, city: result.city };
      },
      answerQuestion(question, language, municipality) {
        const hit = knowledge.search(question, { language, municipality });
        return hit ? { text: hit.answer, url: hit.url } : null;
      },
      now: resources.now ?? (() => new Date()),
    },
  });
}

/** The mail addresses of the embedded mode, used only when no SMTP server is configured (mail stays local). */
export function mailAddresses(config: Config): { teamEmail: string; from: string } {
  return {
    teamEmail: config.TEAM_EMAIL ?? catcherAddresses.teamEmail,
    from: config.MAIL_FROM ?? catcherAddresses.from,
  };
}
