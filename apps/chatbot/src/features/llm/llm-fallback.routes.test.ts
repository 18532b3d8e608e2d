import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { freshDatabase } from '@irado/db/testing';
import { createLlmClient } from '@irado/llm';
import { alwaysStatus, fakeLlmConfig, startFakeLlm } from '@irado/llm/testing';
import { buildTestApp, newSessionId } from '../../testing/test-app.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];

// One database for the file: every test uses its own sessions and looks only at its own rows.
const database = await freshDatabase({ after });

async function say(app: App, sessionId: string, chatInput: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { sessionId, action: 'sendMessage', chatInput },
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().output as { text: string; buttons: { id: string; value: string }[] };
}

describe('POST /api/chat with a chat model', () => {
  it('books a pickup end to end on the offline understanding when the model answers 500 on every call', async (t) => {
    const fake = await startFakeLlm(t, alwaysStatus(500));
    const llm = createLlmClient({ config: fakeLlmConfig(fake, 'openai'), timeoutMs: 2000 });
    const { app, pool } = await buildTestApp(t, { database, llm });
    const sessionId = newSessionId();

    await say(app, sessionId, 'Ik wil een matras en een tafel laten ophalen, ik woon in Schiedam.');
    assert.match((await say(app, sessionId, 'Ja')).text, /naam/i);
    const summary = await say(app, sessionId, 'Jan Voorbeeld, Voorbeeldlaan 12, 3112 AB Schiedam, jan@example.org');
    assert.match(summary.text, /Klopt alles/);
    const done = await say(app, sessionId, 'Ja');
    assert.match(done.text, /geregistreerd onder nummer \*\*GV-[2-9A-Z]{7}\*\*/);

    assert.ok(fake.requests.length > 0, 'the model was tried');
    const requests = await pool.query('select id from requests where session_id = $1', [sessionId]);
    assert.equal(requests.rowCount, 1);
    const mails = await pool.query('select 1 from email_outbox where request_id = $1', [requests.rows[0].id]);
    assert.equal(mails.rowCount, 3, 'one mail per route plus the confirmation');
  });

  it('uses a correct tool call of the model for the turn and stores its tokens', async (t) => {
    const fake = await startFakeLlm(t, [
      {
        toolCalls: [
          { name: 'start_booking', arguments: '{}' },
          { name: 'set_municipality', arguments: JSON.stringify({ name: 'Schiedam' }) },
        ],
      },
    ]);
    const llm = createLlmClient({ config: fakeLlmConfig(fake, 'openai'), timeoutMs: 2000 });
    const { app, pool } = await buildTestApp(t, { database, llm });
    const sessionId = newSessionId();

    // No municipality in the words: only the model's tool call can name Schiedam.
    const reply = await say(app, sessionId, 'Goedemiddag, ik heb wat spullen die opgehaald moeten worden.');
    assert.ok(fake.requests.length > 0);
    assert.match(reply.text, /privacyverklaring/);
    assert.deepEqual(
      reply.buttons.map((b) => b.id),
      ['privacy_yes', 'privacy_no'],
    );
    const { rows } = await pool.query('select tokens_in, tokens_out from conversations where session_id = $1', [
      sessionId,
    ]);
    assert.equal(rows.length, 1);
    assert.ok(rows[0].tokens_in > 0, `tokens_in ${rows[0].tokens_in}`);
  });
});
