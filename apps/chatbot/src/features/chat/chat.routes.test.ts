import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { freshDatabase } from '@irado/db/testing';
import { buildApp } from '../../app.ts';
import { composeChat } from '../../compose.ts';
import { aKoadRecord, buildTestApp, buildUnreachableApp, newSessionId, testMail } from '../../testing/test-app.ts';

type App = Awaited<ReturnType<typeof buildTestApp>>['app'];

// One database for the file: every test uses its own sessions and looks only at its own rows.
const database = await freshDatabase({ after });
const testApp = (t: Parameters<typeof buildTestApp>[0], opts: Parameters<typeof buildTestApp>[1] = {}) =>
  buildTestApp(t, { database, ...opts });
const count = async (sql: string, sessionId: string) => (await database.pool.query(sql, [sessionId])).rowCount ?? 0;

async function say(app: App, sessionId: string, chatInput: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { sessionId, action: 'sendMessage', chatInput },
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().output as {
    text: string;
    language: string;
    buttons: { id: string; value: string }[];
    showAfvalplaatsImage: boolean;
  };
}

describe('POST /api/chat: the earlier contract and its validation', () => {
  const cases: [string, unknown, string][] = [
    ['no JSON object', [], 'No data provided'],
    ['a missing field', { sessionId: 'irado_abc_12345', action: 'sendMessage' }, 'Missing required fields'],
    ['a short session id', { sessionId: 'abc', action: 'sendMessage', chatInput: 'hoi' }, 'Invalid session ID format'],
    [
      'a session id with a slash',
      { sessionId: 'irado/../../etc', action: 'sendMessage', chatInput: 'hoi' },
      'Invalid session ID format',
    ],
    ['another action', { sessionId: 'irado_abc_12345', action: 'deleteAll', chatInput: 'hoi' }, 'Invalid action'],
    [
      'an empty message',
      { sessionId: 'irado_abc_12345', action: 'sendMessage', chatInput: '' },
      'Invalid chat input length',
    ],
    [
      'a message over 2000 characters',
      { sessionId: 'irado_abc_12345', action: 'sendMessage', chatInput: 'a'.repeat(2001) },
      'Invalid chat input length',
    ],
    [
      'control characters',
      { sessionId: 'irado_abc_12345', action: 'sendMessage', chatInput: 'hoi\u0000daar' },
      'Invalid characters in input',
    ],
  ];
  for (const [name, payload, error] of cases) {
    it(`answers ${name} with 400 "${error}"`, async (t) => {
      const { app } = await testApp(t);
      const res = await app.inject({ method: 'POST', url: '/api/chat', payload: payload as object });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error, error);
      assert.equal(res.json().code, 'VALIDATION');
      const sessionId = (payload as { sessionId?: string }).sessionId ?? '';
      assert.equal(await count('select 1 from conversations where session_id = $1', sessionId), 0, 'nothing is stored');
    });
  }

  it('answers a body that is not JSON with 400', async (t) => {
    const { app } = await testApp(t);
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'content-type': 'application/json' },
      payload: '{"sessionId":',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'VALIDATION');
  });

  it('accepts apostrophes, quotes, angle brackets and letters of every language', async (t) => {
    const { app } = await testApp(t);
    for (const text of [
      "Mag ik auto's banden kwijt?",
      'Wat is "grofvuil" <precies>?',
      'مرحبا',
      'Gardırobum var',
      'x'.repeat(2000),
    ]) {
      const output = await say(app, newSessionId(), text);
      assert.ok(output.text.length > 0);
    }
  });

  it('answers a whitespace-only message kindly, in the contract’s shape', async (t) => {
    const { app } = await testApp(t);
    const output = await say(app, newSessionId(), '   ');
    assert.match(output.text, /waarmee kan ik u helpen/i);
    assert.deepEqual(Object.keys(output).sort(), ['buttons', 'language', 'showAfvalplaatsImage', 'text']);
    assert.equal(output.language, 'nl');
  });

  it('switches language on the widget’s hidden first message and keeps it', async (t) => {
    const { app } = await testApp(t);
    const sessionId = newSessionId();
    assert.equal((await say(app, sessionId, 'start chat - language: english')).language, 'en');
    assert.equal((await say(app, sessionId, 'ok')).language, 'en');
  });
});

describe('POST /api/chat: a booking from first message to stored request', () => {
  async function book(app: App, sessionId: string) {
    await say(app, sessionId, 'Ik wil een matras en een tafel laten ophalen, ik woon in Schiedam.');
    const consent = await say(app, sessionId, 'Ja');
    assert.match(consent.text, /naam/i);
    const summary = await say(app, sessionId, 'Jan Voorbeeld, Voorbeeldlaan 12, 3112 AB Schiedam, jan@example.org');
    assert.match(summary.text, /Huisraad/);
    assert.match(summary.text, /IJzer, elektrische apparaten en matrassen/);
    assert.equal(summary.showAfvalplaatsImage, true);
    return summary;
  }

  it('stores one request with both routes, and queues one mail per route plus one confirmation', async (t) => {
    const { app, pool } = await testApp(t);
    const sessionId = newSessionId();
    await book(app, sessionId);
    const done = await say(app, sessionId, 'Ja');
    assert.match(done.text, /geregistreerd onder nummer \*\*GV-[2-9A-Z]{7}\*\*/);

    const requests = await pool.query(
      'select id, reference, municipality, contact_email, address_outcome, house_number from requests where session_id = $1',
      [sessionId],
    );
    assert.equal(requests.rowCount, 1);
    assert.equal(requests.rows[0].municipality, 'Schiedam');
    assert.equal(requests.rows[0].contact_email, 'jan@example.org');
    assert.equal(requests.rows[0].address_outcome, 'resident');
    const requestId = requests.rows[0].id;
    const routes = await pool.query('select route from request_routes where request_id = $1 order by route', [
      requestId,
    ]);
    assert.deepEqual(
      routes.rows.map((r) => r.route),
      ['HUISRAAD', 'IJZER_EA_MATRASSEN'],
    );
    const mails = await pool.query(
      'select kind, route, to_address, subject from email_outbox where request_id = $1 order by kind, route',
      [requestId],
    );
    assert.deepEqual(
      mails.rows.map((m) => [m.kind, m.route, m.to_address]),
      [
        ['resident_confirmation', null, 'jan@example.org'],
        ['team_route', 'HUISRAAD', testMail.teamEmail],
        ['team_route', 'IJZER_EA_MATRASSEN', testMail.teamEmail],
      ],
    );
    assert.equal(mails.rows[1].subject, 'Grofvuil aanvraag - Huisraad (Schiedam)');
  });

  it('creates nothing twice when "ja" is sent twice at once or sent again later', async (t) => {
    const { app } = await testApp(t);
    const sessionId = newSessionId();
    await book(app, sessionId);
    const [a, b] = await Promise.all([say(app, sessionId, 'Ja'), say(app, sessionId, 'Ja')]);
    const again = await say(app, sessionId, 'Ja');
    const texts = [a.text, b.text, again.text];
    assert.equal(texts.filter((x) => /ontvangen en geregistreerd/.test(x)).length, 1, texts.join('\n---\n'));
    assert.ok(texts.filter((x) => /al geregistreerd/.test(x)).length >= 1);
    assert.equal(await count('select 1 from requests where session_id = $1', sessionId), 1);
    assert.equal(
      await count(
        'select 1 from email_outbox o join requests r on r.id = o.request_id where r.session_id = $1',
        sessionId,
      ),
      3,
    );
  });

  it('keeps the conversation across a restart of the service', async (t) => {
    const { app, pool } = await testApp(t);
    const sessionId = newSessionId();
    await say(app, sessionId, 'Ik wil een bank laten ophalen in Vlaardingen');
    const chat = composeChat({
      pool,
      registerPool: pool,
      postcodeApiUrl: 'http://127.0.0.1:1/api/address',
      mail: testMail,
    });
    const restarted = await buildApp({
      pool,
      chat,
      logLevel: 'silent',
      corsOrigins: [],
      rateLimits: { perIp: 100, perSession: 100 },
    });
    t.after(() => restarted.close());
    const next = await say(restarted, sessionId, 'Ja');
    assert.match(next.text, /naam/i, 'the consent question was remembered');
  });

  it('refuses a business address from the register and sends nothing', async (t) => {
    const { app } = await testApp(t, {
      register: [aKoadRecord({ postcode: '3133KL', houseNumber: 100, resident: false, name: 'Voorbeeld BV' })],
    });
    const sessionId = newSessionId();
    await say(app, sessionId, 'Ik wil een bankstel laten ophalen in Vlaardingen');
    await say(app, sessionId, 'ja');
    const reply = await say(app, sessionId, 'Piet Fictief, piet@example.com, Bedrijvenweg 100, 3133 KL Vlaardingen');
    assert.match(reply.text, /bedrijfsadres/);
    assert.match(reply.text, /klantrelaties@irado\.nl/);
    assert.match((await say(app, sessionId, 'Ja hoor')).text, /bedrijfsadres|particuliere/);
    assert.equal(await count('select 1 from requests where session_id = $1', sessionId), 0);
  });

  it('goes ahead unverified and flagged for staff when the postcode API is down', async (t) => {
    const { app, pool, postcode } = await testApp(t, { register: [] });
    postcode.setMode('down');
    const sessionId = newSessionId();
    await say(app, sessionId, 'Ik wil een kast laten ophalen in Capelle aan den IJssel');
    await say(app, sessionId, 'Ja');
    const summary = await say(
      app,
      sessionId,
      'Mark Test, Testlaan 9, 2902 EF Capelle aan den IJssel, mark@example.com',
    );
    assert.match(summary.text, /Klopt alles/);
    await say(app, sessionId, 'Ja');
    const { rows } = await pool.query(
      'select address_outcome, flag_for_staff, municipality from requests where session_id = $1',
      [sessionId],
    );
    assert.deepEqual(rows, [
      { address_outcome: 'unverified', flag_for_staff: true, municipality: 'Capelle aan den IJssel' },
    ]);
  });
});

describe('POST /api/chat: protection', () => {
  it('answers 503 with the customer-service number when the database is unreachable, writing nothing', async (t) => {
    const app = await buildUnreachableApp(t);
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { sessionId: newSessionId(), action: 'sendMessage', chatInput: 'Hoi' },
    });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().code, 'DATABASE_UNAVAILABLE');
    assert.match(res.json().error, /010-262 1000/);
  });

  it('limits messages per session with 429 and Retry-After', async (t) => {
    const { app } = await testApp(t, { rateLimits: { perIp: 100, perSession: 2 } });
    const sessionId = newSessionId();
    await say(app, sessionId, 'hoi');
    await say(app, sessionId, 'hoi');
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { sessionId, action: 'sendMessage', chatInput: 'hoi' },
    });
    assert.equal(res.statusCode, 429);
    assert.equal(res.json().code, 'RATE_LIMITED');
    assert.ok(Number(res.headers['retry-after']) > 0);
    await say(app, newSessionId(), 'hoi');
  });

  it('limits messages per client address across sessions', async (t) => {
    const { app } = await testApp(t, { rateLimits: { perIp: 2, perSession: 100 } });
    await say(app, newSessionId(), 'hoi');
    await say(app, newSessionId(), 'hoi');
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { sessionId: newSessionId(), action: 'sendMessage', chatInput: 'hoi' },
    });
    assert.equal(res.statusCode, 429);
  });

  it('allows browsers on the allow-listed origins only', async (t) => {
    const { app } = await testApp(t);
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/api/chat',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://www.irado.nl');
    assert.equal(allowed.headers['access-control-allow-origin'], 'https://www.irado.nl');
    const refused = await preflight('https://evil.example');
    assert.equal(refused.headers['access-control-allow-origin'], undefined);
  });
});

describe('POST /api/chat/stream', () => {
  it('streams the reply as start, delta and done events', async (t) => {
    const { app } = await testApp(t);
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat/stream',
      headers: { accept: 'text/event-stream' },
      payload: {
        sessionId: newSessionId(),
        action: 'sendMessage',
        chatInput: 'Ik wil een bank laten ophalen in Schiedam',
      },
    });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/event-stream/);
    const events = [...res.body.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({
      event: m[1],
      data: JSON.parse(m[2] ?? '{}'),
    }));
    assert.equal(events[0]?.event, 'start');
    const deltas = events.filter((e) => e.event === 'delta');
    assert.ok(deltas.length > 3);
    const done = events.at(-1);
    assert.equal(done?.event, 'done');
    assert.equal(deltas.map((d) => d.data.text).join(''), done?.data.output.text);
    assert.match(done?.data.output.text, /privacyverklaring/);
    assert.deepEqual(
      done?.data.output.buttons.map((b: { id: string }) => b.id),
      ['privacy_yes', 'privacy_no'],
    );
  });

  it('answers bad input with a plain 400 before any stream opens', async (t) => {
    const { app } = await testApp(t);
    const res = await app.inject({
      method: 'POST',
      url: '/api/chat/stream',
      payload: { sessionId: 'x', action: 'sendMessage', chatInput: 'hoi' },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error, 'Invalid session ID format');
  });
});
