import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AddressQuery, classifyAddress, currentRules, type PostcodeLookup, type RegisterRow } from '@irado/kernel';
import { createOfflineUnderstanding } from '../offline/index.ts';
import { type ConversationState, initialState } from '../state.ts';
import type { EnginePorts } from './ports.ts';
import { runTurn, type TurnResult } from './run-turn.ts';

/** Addresses the fake check knows: the register decides for business rows, the "API" for the rest. */
const known: Record<string, { municipality: string; business?: boolean }> = {
  '3111AB-12': { municipality: 'Schiedam' },
  '3112AB-12': { municipality: 'Schiedam' },
  '3132CD-8': { municipality: 'Vlaardingen' },
  '2902EF-7': { municipality: 'Capelle aan den IJssel' },
  '3133KL-100': { municipality: 'Vlaardingen', business: true },
  '3011AA-3': { municipality: 'Rotterdam' },
};

function ports(overrides: Partial<EnginePorts> = {}): EnginePorts {
  return {
    rules: currentRules,
    understanding: createOfflineUnderstanding(currentRules.catalogue),
    async checkAddress(query: AddressQuery) {
      const entry = known[`${query.postcode}-${query.houseNumber}`];
      const rows: RegisterRow[] = entry?.business
        ? [
            {
              koadNumber: '1',
              postcode: query.postcode,
              houseNumber: query.houseNumber,
              additions: [],
              active: true,
              resident: false,
            },
          ]
        : [];
      const lookup: PostcodeLookup = entry
        ? { status: 'found', municipality: entry.municipality }
        : { status: 'not_found' };
      return {
        classification: classifyAddress(query, rows, lookup),
        street: 'Teststraat',
        city: entry?.municipality ?? null,
      };
    },
    answerQuestion: (question) =>
      /buiten zetten/.test(question) ? { text: 'Tussen 05:00 en 07:30 op de afgesproken dag.' } : null,
    now: () => new Date('2025-10-01T08:00:00Z'),
    newReference: () => 'GV-TEST234',
    ...overrides,
  };
}

/** Runs the messages in order and returns every turn's result. */
async function talk(messages: string[], p: EnginePorts = ports(), start: ConversationState = initialState()) {
  const results: TurnResult[] = [];
  let state = start;
  for (const message of messages) {
    const result = await runTurn(state, message, p);
    results.push(result);
    state = result.state;
  }
  return { results, state, last: results.at(-1) as TurnResult };
}

const booking = ['Ik wil grofvuil laten ophalen in Schiedam', 'Ja'];

describe('the booking flow', () => {
  it('takes name, address, e-mail and items from one message, and never asks for them again', async () => {
    const { last, state } = await talk([
      ...booking,
      'Jan Jansen, Kerkstraat 12a, 3111 AB Schiedam, jan@example.org, een bank en een koelkast',
    ]);
    assert.equal(state.contact.name, 'Jan Jansen');
    assert.equal(state.contact.email, 'jan@example.org');
    assert.deepEqual([state.address.postcode, state.address.houseNumber, state.address.addition], ['3111AB', 12, 'A']);
    assert.deepEqual(
      state.items.map((i) => i.catalogueId),
      ['bank', 'koelkast'],
    );
    assert.equal(state.expecting, 'confirmation');
    assert.match(last.reply.text, /Huisraad/);
    assert.doesNotMatch(last.reply.text, /Mag ik uw/);
  });

  it('asks the municipality first, then the privacy consent with yes/no buttons, and no personal data before it', async () => {
    const { results } = await talk(['Ik wil grofvuil laten ophalen', 'Schiedam']);
    assert.match(results[0]?.reply.text ?? '', /welke gemeente/i);
    assert.deepEqual(
      results[0]?.reply.buttons.map((b) => b.label),
      ['Schiedam', 'Vlaardingen', 'Capelle aan den IJssel'],
    );
    assert.match(results[1]?.reply.text ?? '', /privacyverklaring/);
    assert.deepEqual(
      results[1]?.reply.buttons.map((b) => b.id),
      ['privacy_yes', 'privacy_no'],
    );
    assert.doesNotMatch(results[1]?.reply.text ?? '', /e-mailadres\?/);
  });

  it('submits one request on "ja" after the summary, and nothing more on a second "ja"', async () => {
    const { results } = await talk([
      ...booking,
      'Jan Jansen, Kerkstraat 12, 3111 AB Schiedam, jan@example.org',
      'een tafel',
      'Ja',
      'Ja',
    ]);
    const submissions = results.filter((r) => r.submission);
    assert.equal(submissions.length, 1);
    assert.equal(submissions[0]?.submission?.request.reference, 'GV-TEST234');
    assert.match(results.at(-1)?.reply.text ?? '', /al geregistreerd/);
  });

  it('answers a question in the middle of a booking and goes on where it was', async () => {
    const { last } = await talk([...booking, 'Hoe laat moet ik het buiten zetten?']);
    assert.match(last.reply.text, /05:00 en 07:30/);
    assert.match(last.reply.text, /Mag ik uw volledige naam/);
    assert.equal(last.state.expecting, 'details');
  });
});

describe('repair at any point', () => {
  const ready = [...booking, 'Jan Jansen, Kerkstraat 12, 3111 AB Schiedam, jan@example.org', 'een tafel en een stoel'];

  it('corrects the e-mail address', async () => {
    const { state } = await talk([...ready, 'mijn e-mail is eigenlijk jan.jansen@example.org']);
    assert.equal(state.contact.email, 'jan.jansen@example.org');
    assert.equal(state.expecting, 'confirmation');
  });

  it('removes an item on request', async () => {
    const { state, last } = await talk([...ready, 'haal de tafel eraf']);
    assert.deepEqual(
      state.items.map((i) => i.catalogueId),
      ['stoel'],
    );
    assert.match(last.reply.text, /van de lijst gehaald/);
  });

  it('refuses an invalid e-mail address and keeps asking for it', async () => {
    const { last, state } = await talk([...booking, 'Jan Jansen, Kerkstraat 12, 3111 AB Schiedam, jan@example']);
    assert.equal(state.contact.email, null);
    assert.match(last.reply.text, /e-mailadres/);
  });

  it('applies the rules of the municipality the address is in after a move', async () => {
    const { state, last } = await talk([
      'Ik wil een matras en een stoel laten ophalen, ik woon in Vlaardingen.',
      'Ja',
      'Sanne Proef, Proefweg 8, 3132 CD Vlaardingen, sanne@example.org',
      'Ik ben verhuisd, het is Testlaan 7, 2902 EF Capelle aan den IJssel.',
    ]);
    assert.equal(state.municipality, 'Capelle aan den IJssel');
    assert.match(last.reply.text, /regels van Capelle/);
    assert.doesNotMatch(
      last.reply.text,
      /IJzer, elektrische apparaten en matrassen\*\*/,
      'the mattress now goes with Huisraad',
    );
  });

  it('asks what an unknown item is, and drops it on "laat maar"', async () => {
    const { results, state } = await talk([
      ...booking,
      'Jan Jansen, Kerkstraat 12, 3111 AB Schiedam, jan@example.org',
      'een tafel en een flubbergizmo',
      'laat maar',
    ]);
    assert.match(results[3]?.reply.text ?? '', /flubbergizmo/);
    assert.deepEqual(
      state.items.map((i) => i.catalogueId),
      ['tafel'],
    );
  });

  it('cancels, and starts over on request', async () => {
    const cancelled = await talk([...ready, 'annuleer']);
    assert.match(cancelled.last.reply.text, /niets is verstuurd|er is niets verstuurd/);
    assert.equal(cancelled.state.items.length, 0);
    const restarted = await talk([...ready, 'opnieuw beginnen']);
    assert.equal(restarted.state.contact.name, null);
    assert.equal(restarted.state.municipality, null);
  });
});

describe('stops', () => {
  it('sends a resident outside the area to their own municipality, without a privacy notice', async () => {
    const { last } = await talk(['Ik woon in Rozenburg, kunnen jullie mijn oude bank ophalen?']);
    assert.match(last.reply.text, /buiten het verzorgingsgebied/);
    assert.match(last.reply.text, /eigen gemeente/);
    assert.doesNotMatch(last.reply.text, /privacy/);
  });

  it('refers a business address to the business customer service and stays there', async () => {
    const { results } = await talk([
      'ik wil grofvuil ophalen laten in Vlaardingen',
      'ja',
      'Piet Fictief, piet@example.com, Bedrijvenweg 100, 3133 KL Vlaardingen, een bankstel',
      'Maar het is gewoon mijn eigen bank.',
    ]);
    assert.match(results[2]?.reply.text ?? '', /zakelijke klantenservice/);
    assert.match(results[3]?.reply.text ?? '', /bedrijfsadres/);
    assert.ok(results.every((r) => r.submission === null));
  });

  it('closes politely without consent and still answers questions', async () => {
    const { results, state } = await talk([
      'Ik wil een bankstel laten ophalen in Schiedam.',
      'Nee',
      'Hoe laat moet ik het buiten zetten?',
    ]);
    assert.match(results[1]?.reply.text ?? '', /zonder uw akkoord/);
    assert.equal(state.stop, 'no_consent');
    assert.match(results[2]?.reply.text ?? '', /05:00/);
    assert.doesNotMatch(results[2]?.reply.text ?? '', /Mag ik uw/);
  });

  it('explains refused items with their alternative before asking for anything personal', async () => {
    const { last } = await talk([
      'Kunnen jullie verfblikken en een accu bij mij ophalen? Ik woon in Capelle aan den IJssel.',
    ]);
    assert.match(last.reply.text, /milieustraat/);
    assert.doesNotMatch(last.reply.text, /privacy/);
    assert.equal(last.state.expecting, 'more_items');
  });

  it('reports an invalid postcode and asks for the right one, keeping the rest', async () => {
    const { results, state } = await talk([
      'Ik wil grofvuil laten ophalen in Vlaardingen.',
      'ja',
      'Sanne Proef, Proefweg 8, 3132C Vlaardingen, sanne@example.org',
      'Sorry, het is 3132 CD.',
    ]);
    assert.match(results[2]?.reply.text ?? '', /postcode "3132C" is niet geldig/);
    assert.equal(state.address.houseNumber, 8);
    assert.equal(state.address.check?.classification.outcome, 'resident');
    assert.match(results[3]?.reply.text ?? '', /Welke spullen/);
  });
});

describe('languages', () => {
  it('switches to the language of the widget trigger and answers in it', async () => {
    const { results } = await talk([
      'start chat - language: english',
      'I would like to have a sofa picked up in Schiedam',
    ]);
    assert.equal(results[0]?.reply.language, 'en');
    assert.match(results[1]?.reply.text ?? '', /privacy statement/);
  });

  it('speaks Turkish with Evet/Hayır buttons', async () => {
    const { results } = await talk([
      'start chat - language: turkish',
      "Eski bir gardırobumu aldırmak istiyorum. Schiedam'da oturuyorum.",
    ]);
    assert.equal(results[1]?.reply.language, 'tr');
    assert.deepEqual(
      results[1]?.reply.buttons.map((b) => b.label),
      ['Evet', 'Hayır'],
    );
  });

  it('drops a proposed action that does not fit its schema', async () => {
    const p = ports({
      understanding: { understand: async () => [{ type: 'add_items', items: [{ text: 'x', quantity: -3 }] } as never] },
    });
    const result = await runTurn(initialState(), 'whatever', p);
    assert.equal(result.rejected, 1);
    assert.equal(result.state.items.length, 0);
  });
});

describe('questions the knowledge base cannot answer', () => {
  it('gives an off-topic question a short scope answer', async () => {
    const { last } = await talk(['Vertel eens een mop over voetbal']);
    assert.match(last.reply.text, /alleen vragen over grofvuil/);
  });

  it('sends an unanswered question about waste to customer service instead', async () => {
    const { last } = await talk(['Wat gebeurt er met het afval na het ophalen precies in de fabriek?']);
    assert.match(last.reply.text, /klantenservice/);
    assert.match(last.reply.text, /010-262 1000/);
  });
});
