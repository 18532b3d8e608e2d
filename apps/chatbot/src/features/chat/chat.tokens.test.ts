import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshDatabase } from '@irado/db/testing';
import { createLlmClient } from '@irado/llm';
import { fakeLlmConfig, startFakeLlm } from '@irado/llm/testing';
import { composeChat } from '../../compose.ts';
import { testMail } from '../../testing/test-app.ts';

describe('LLM tokens per conversation', () => {
  it('adds the tokens of every completion of a turn to the conversation, and none for an offline turn', async (t) => {
    const { pool } = await freshDatabase(t);
    const fake = await startFakeLlm(t, [
      {
        toolCalls: [
          { name: 'start_booking', arguments: '{}' },
          { name: 'set_municipality', arguments: '{"name":"Schiedam"}' },
        ],
        usage: { inputTokens: 900, outputTokens: 30 },
      },
      { toolCalls: [{ name: 'consent', arguments: '{"given":true}' }], usage: { inputTokens: 950, outputTokens: 12 } },
    ]);
    const llm = createLlmClient({ config: fakeLlmConfig(fake, 'openai'), maxRetries: 0 });
    const chat = composeChat({
      pool,
      registerPool: pool,
      postcodeApiUrl: 'http://127.0.0.1:1/api/address',
      mail: testMail,
      llm,
    });
    const session = 'tokens-session-0001';
    await chat.handleMessage(session, 'Ik wil grofvuil laten ophalen in Schiedam');
    await chat.handleMessage(session, 'Ja');
    await chat.handleMessage(session, 'start chat - language: english');
    const { rows } = await pool.query('select tokens_in, tokens_out, turns from conversations where session_id = $1', [
      session,
    ]);
    assert.deepEqual(rows[0], { tokens_in: 1850, tokens_out: 42, turns: 3 });
  });
});
