import { type ConversationState, initialState } from '@irado/conversation';
import type pg from 'pg';

/** LLM tokens of one turn, added to the conversation's totals (zero for the offline engine). */
export interface TurnTokens {
  input: number;
  output: number;
}

const noTokens: TurnTokens = { input: 0, output: 0 };

export interface StoredConversation {
  state: ConversationState;
  version: number;
}

type Executor = Pick<pg.ClientBase, 'query'>;

/** Conversations and their transcripts. Every write is guarded by the version read, so concurrent turns never interleave. */
export const conversationRepository = {
  async load(db: Executor, sessionId: string): Promise<StoredConversation | null> {
    const { rows } = await db.query<{ state: ConversationState; version: number }>(
      'select state, version from conversations where session_id = $1',
      [sessionId],
    );
    const row = rows[0];
    return row ? { state: { ...initialState(), ...row.state }, version: row.version } : null;
  },

  /** Creates the conversation; false when another turn created it first. */
  async insert(
    db: Executor,
    sessionId: string,
    state: ConversationState,
    channel: string,
    tokens: TurnTokens = noTokens,
  ): Promise<boolean> {
    const result = await db.query(
      `insert into conversations (session_id, state, language, channel, turns, tokens_in, tokens_out)
       values ($1, $2, $3, $4, 1, $5, $6) on conflict (session_id) do nothing`,
      [sessionId, JSON.stringify(state), state.language, channel, tokens.input, tokens.output],
    );
    return result.rowCount === 1;
  },

  /** Writes the new state only if nobody wrote since `version` was read (optimistic lock); false otherwise. */
  async update(
    db: Executor,
    sessionId: string,
    state: ConversationState,
    version: number,
    tokens: TurnTokens = noTokens,
  ): Promise<boolean> {
    const result = await db.query(
      `update conversations set state = $2, language = $3, version = version + 1, turns = turns + 1, updated_at = now(),
         tokens_in = tokens_in + $5, tokens_out = tokens_out + $6
       where session_id = $1 and version = $4`,
      [sessionId, JSON.stringify(state), state.language, version, tokens.input, tokens.output],
    );
    return result.rowCount === 1;
  },

  async appendMessages(
    db: Executor,
    sessionId: string,
    messages: { role: 'user' | 'bot'; content: string; payload: unknown }[],
  ): Promise<void> {
    await db.query(
      `insert into messages (session_id, role, content, payload)
       select $1, m.role, m.content, m.payload from unnest($2::text[], $3::text[], $4::jsonb[]) as m(role, content, payload)`,
      [
        sessionId,
        messages.map((m) => m.role),
        messages.map((m) => m.content),
        messages.map((m) => JSON.stringify(m.payload)),
      ],
    );
  },
};
