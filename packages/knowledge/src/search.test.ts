import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentRules, type Language, type Municipality } from '@irado/kernel';
import { createKnowledgeBase } from './knowledge-base.ts';

const kb = createKnowledgeBase(currentRules);

// Questions as residents type them: informal, with typos, and not copied from the entries' own phrasings.
const dutch: [question: string, entryId: string][] = [
  ['wat kost het als jullie mijn grofvuil komen halen', 'cost-free'],
  ['is grofvuil ophalen gratis?', 'cost-free'],
  ['hoe maak ik een afspraak voor grof vuil', 'book-online'],
  ['kan ik jullie bellen om een afsrpaak te maken', 'book-by-phone'],
  ['hoe laat moet mijn grofvuil buiten staan', 'put-out-time'],
  ['mag ik het avonds ervoor al buitenzetten', 'put-out-evening-before'],
  ['moet ik thuis zijn als jullie komen', 'be-home'],
  ['waar moet ik mijn bankstel neerzetten op de ophaaldag', 'placement'],
  ['mag een matras mee met de huisraad afspraak in schiedam', 'mattress-route'],
  ['natte matras ophalen', 'mattress-dry'],
  ['is een boxpsring een matras', 'boxspring'],
  ['mag mijn kapotte wasmachine mee', 'electrical-examples'],
  ['koelkast moet leeg zijn?', 'fridge-freezer'],
  ['kan mijn oude fietsje mee als grofvuil', 'bicycle'],
  ['takken in vuilniszakken aan de straat zetten mag dat', 'pruning-bags'],
  ['hoe dik mag een boomstronk zijn', 'stumps-branches-size'],
  ['wanneer is de snoeiroute in capelle', 'snoeiroute-capelle'],
  ['mag puin bij het grofvuil', 'rubble'],
  ['waar kan ik asbest kwijt', 'asbestos'],
  ['kga ophalen aan huis in schiedam', 'kga-home-pickup'],
  ['waar lever ik oude batterijen in', 'batteries'],
  ['adres en openingstijden milieustraat schiedam', 'milieustraat-locations'],
  ['heb ik een milieupas nodig voor de stort', 'milieustraat-pass'],
  ['aanhanger lenen gratis?', 'loan-trailer'],
  ['hoeveel kost een big bag', 'big-bag'],
  ['wat kost een container van 6 kuub', 'bouwcontainer'],
  ['mijn grofvuil is niet opgehaald', 'not-collected'],
  ['hoe annuleer ik mijn afspraak', 'change-cancel'],
  ['telefoonnummer klantenservice irado', 'contact'],
  ['ik woon in delft kunnen jullie mijn bank ophalen', 'service-area'],
  ['mogen autobanden mee', 'tyres'],
  ['mag mijn brommer mee met het grofvuil', 'mopeds-scooters'],
  ['laminaat weggooien', 'floor-covering'],
  ['mag een schutting bij het grofvuil', 'fence-panels'],
  ['mag ik grofvuil naast de container zetten', 'dumping'],
  ['moet ik voor matras en tafel twee afspraken maken', 'mattress-with-other-items'],
  ['hoe lang moet ik wachten op een afspraak', 'waiting-time'],
  ['ik heb een bedrijf, mag ik grofvuil aanbieden', 'business-waste'],
];

const english: [question: string, entryId: string][] = [
  ['how much does bulky waste collection cost', 'cost-free'],
  ['can I book a pickup by phone', 'book-by-phone'],
  ['what time do I put my bulky waste outside', 'put-out-time'],
  ['where should I put the items on collection day', 'placement'],
  ['do mattresses need a separate appointment', 'mattress-route'],
  ['can I put out paint with the bulky waste', 'kca'],
  ['opening hours of the recycling centre in vlaardingen', 'milieustraat-locations'],
  ['can I borrow a trailer', 'loan-trailer'],
  ['is asbestos collected', 'asbestos'],
  ['my bulky waste was not picked up', 'not-collected'],
];

const offTopic = [
  'wat is de hoofdstad van frankrijk',
  'vertel een grap',
  'hoe laat is het',
  'wat is het weer morgen',
  'recept voor pannenkoeken',
  'schrijf een gedicht over de zee',
  'hoe gaat het met je',
  'wat is 2 plus 2',
];

const offTopicEnglish = ['tell me a joke', 'what is the capital of france', 'who won the world cup'];

function hit(question: string, language: Language, municipality: Municipality | null = null) {
  return kb.search(question, { language, municipality });
}

describe('createKnowledgeBase().search', () => {
  for (const [question, id] of dutch) {
    it(`answers "${question}" with ${id}`, () => assert.equal(hit(question, 'nl')?.entry.id, id));
  }
  for (const [question, id] of english) {
    it(`answers "${question}" (en) with ${id}`, () => assert.equal(hit(question, 'en')?.entry.id, id));
  }
  for (const question of offTopic) {
    it(`returns null for off-topic "${question}"`, () => assert.equal(hit(question, 'nl'), null));
  }
  for (const question of offTopicEnglish) {
    it(`returns null for off-topic "${question}" (en)`, () => assert.equal(hit(question, 'en'), null));
  }

  it("answers Vlaardingen's volume question with Vlaardingen's 2 m³", () => {
    const answer = hit('hoeveel m3 mag ik aanbieden in vlaardingen', 'nl');
    assert.equal(answer?.entry.id, 'volume-limit');
    assert.match(answer?.answer ?? '', /Vlaardingen/);
    assert.match(answer?.answer ?? '', /maximaal 2 m³/);
    assert.doesNotMatch(answer?.answer ?? '', /1 m³|Schiedam|Capelle/);
  });

  it('renders with the municipality the conversation already knows', () => {
    const answer = hit('hoeveel spullen mag ik kwijt per ophaalafspraak', 'nl', 'Schiedam');
    assert.match(answer?.answer ?? '', /In Schiedam geldt maximaal 1 m³/);
  });

  it('lets a municipality named in the question win over the one the conversation knows', () => {
    const answer = hit('wachttijd in capelle', 'nl', 'Schiedam');
    assert.equal(answer?.entry.id, 'waiting-time');
    assert.match(answer?.answer ?? '', /In Capelle aan den IJssel/);
  });

  it("states every municipality's value when the answer differs and none is known", () => {
    const answer = hit('hoeveel kuub mag ik aanbieden', 'nl')?.answer ?? '';
    for (const limit of [
      /Schiedam: maximaal 1 m³/,
      /Vlaardingen: maximaal 2 m³/,
      /Capelle aan den IJssel: geen maximum/,
    ]) {
      assert.match(answer, limit);
    }
  });

  it('prefers the entry written for the municipality the question names', () => {
    assert.equal(
      hit('waar zet ik grofvuil neer bij mijn flat in vlaardingen', 'nl')?.entry.id,
      'placement-flat-vlaardingen',
    );
  });

  it('never returns an entry written for another municipality', () => {
    const answer = hit('snoeiroute laatste maandag van de maand', 'nl', 'Schiedam');
    assert.notEqual(answer?.entry.id, 'snoeiroute-capelle');
  });

  it('answers Turkish and Arabic questions in English', () => {
    const tr = hit('Büyük atık toplama ücretli mi?', 'tr');
    assert.equal(tr?.entry.id, 'cost-free');
    assert.match(tr?.answer ?? '', /free of charge/);
    assert.equal(hit('كيف أحجز موعدا لجمع النفايات الكبيرة؟', 'ar')?.entry.id, 'book-online');
  });

  it('includes the irado.nl page in the answer', () => {
    const answer = hit('mag een aquarium mee', 'nl');
    assert.ok(answer?.url.startsWith('https://www.irado.nl/'));
    assert.ok(answer?.answer.includes(`(${answer.url})`));
  });

  it('returns null for an empty or stop-word-only question', () => {
    assert.equal(hit('', 'nl'), null);
    assert.equal(hit('  ?? ', 'nl'), null);
    assert.equal(hit('hallo, mag ik iets vragen?', 'nl'), null);
  });
});
