import { AsyncLocalStorage } from 'node:async_hooks';
import { randomInt } from 'node:crypto';
import { type EnginePorts, initialState, type Reply, runTurn, type TurnResult } from '@irado/conversation';
import { AppError } from '@irado/errors';
import type { RuleSet } from '@irado/kernel';
import { enqueueRequestMails } from '@irado/mail';
import type pg from 'pg';
import { conversationRepository as conversations, type TurnTokens } from './conversation.repository.ts';
import { insertRequest } from './request.repository.ts';

/**
 * Adds up the LLM tokens of the turn being run: `onUsage` goes to the LLM understanding, the chat service runs each
 * turn inside `count`. Async context rather than a shared counter, so concurrent turns never mix their tokens.
 */
export function createTokenCounter() {
  const current = new AsyncLocalStorage<TurnTokens>();
  return {
    onUsage(usage: { inputTokens: number; outputTokens: number }) {
      const tokens = current.getStore();
      if (!tokens) return;
      tokens.input += usage.inputTokens;
      tokens.output += usage.outputTokens;
    },
    async count<T>(run: () => Promise<T>): Promise<{ result: T; tokens: TurnTokens }> {
      const tokens: TurnTokens = { input: 0, output: 0 };
      const result = await current.run(tokens, run);
      return { result, tokens };
    },
  };
}
export type TokenCounter = ReturnType<typeof createTokenCounter>;

export interface ChatServiceDeps {
  pool: pg.Pool;
  /** Everything the engine needs except `newReference`, which the service provides. */
  ports: Omit<EnginePorts, 'newReference'>;
  rules: RuleSet;
  mail: { teamEmail: string; from: string };
  /** Counts the LLM tokens of each turn into the conversation's totals; without it they stay zero. */
  tokens?: TokenCounter;
}

/** Crockford base32 without look-alikes: a reference a resident can read out on the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAX_ATTEMPTS = 4;

export function newReference(): string {
  let reference = 'GV-';
  for (let i = 0; i < 7; i++) reference += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return reference;
}

const customerServiceMessage = (rules: RuleSet) =>
  `De chat is even niet beschikbaar; er is niets opgeslagen of verstuurd. Probeer het later opnieuw of bel de klantenservice op ${rules.contacts.customerService.phone}.`;

/**
 * Runs one chat turn and stores its outcome in one transaction: the new conversation state, both messages and, for a
 * confirmed booking, the request with its outbox mails. The state write is guarded by the version read, so when two
 * turns of one session race (a double-clicked "ja"), the loser is run again on the winner's state and sees the booking
 * already made.
 */
export function createChatService(deps: ChatServiceDeps) {
  const ports: EnginePorts = { ...deps.ports, newReference };

  async function attempt(sessionId: string, message: string, channel: string): Promise<TurnResult | null> {
    const stored = await conversations.load(deps.pool, sessionId);
    const run = () => runTurn(stored?.state ?? initialState(), message, ports);
    const { result, tokens } = deps.tokens
      ? await deps.tokens.count(run)
      : { result: await run(), tokens: { input: 0, output: 0 } };
    const client = await deps.pool.connect();
    try {
      await client.query('begin');
      const written = stored
        ? await conversations.update(client, sessionId, result.state, stored.version, tokens)
        : await conversations.insert(client, sessionId, result.state, channel, tokens);
      if (!written) {
        await client.query('rollback');
        return null;
      }
      await conversations.appendMessages(client, sessionId, [
        { role: 'user', content: message, payload: { actions: result.actions.map((a) => a.type) } },
        { role: 'bot', content: result.reply.text, payload: result.reply },
      ]);
      if (result.submission) {
        const { request, bookingNumber } = result.submission;
        const requestId = await insertRequest(client, {
          request,
          sessionId,
          idempotencyKey: `${sessionId}:${bookingNumber}`,
        });
        if (requestId) await enqueueRequestMails(client, { requestId, request, rules: deps.rules, ...deps.mail });
      }
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    /** Handles one message of a session and returns the bot's reply. */
    async handleMessage(sessionId: string, message: string, channel = 'website'): Promise<Reply> {
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        try {
          const result = await attempt(sessionId, message, channel);
          if (result) return result.reply;
        } catch (error) {
          if (isReferenceCollision(error)) continue;
          throw asServiceError(error, deps.rules);
        }
      }
      throw new AppError('CONFLICT', 'conversation kept changing during the turn', customerServiceMessage(deps.rules));
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;

function isReferenceCollision(error: unknown): boolean {
  return (
    (error as { code?: string; constraint?: string }).code === '23505' &&
    (error as { constraint?: string }).constraint === 'requests_reference_key'
  );
}

const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|the database system is/;

/** A database that cannot be reached is a 503 with a text a resident understands; nothing was half-written. */
function asServiceError(error: unknown, rules: RuleSet): unknown {
  if (error instanceof AppError) {
    return error.code === 'DATABASE_UNAVAILABLE'
      ? new AppError(error.code, error.message, customerServiceMessage(rules), { cause: error })
      : error;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (UNREACHABLE.test(message) || (error as { code?: string }).code === '57P01') {
    return new AppError('DATABASE_UNAVAILABLE', `database unreachable: ${message}`, customerServiceMessage(rules), {
      cause: error,
    });
  }
  return error;
}
