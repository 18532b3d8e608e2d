import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { municipalityInText } from './municipality.ts';
import { dutchStem, fold, splitCompound, stem, words } from './text.ts';

describe('dutchStem', () => {
  const same: [string, string][] = [
    ['matrassen', 'matras'],
    ['gebundeld', 'bundel'],
    ['bundels', 'bundelen'],
    ['opgehaald', 'ophalen'],
    ['aangeboden', 'aanbieden'],
    ['wasmachines', 'wasmachine'],
    ['kastje', 'kast'],
    ['gedemonteerd', 'demonteren'],
    ['afspraken', 'afspraak'],
  ];
  for (const [a, b] of same)
    it(`gives "${a}" and "${b}" the same stem`, () => assert.equal(dutchStem(a), dutchStem(b)));

  it('keeps different words apart', () => {
    assert.notEqual(dutchStem('matras'), dutchStem('kast'));
    assert.notEqual(dutchStem('bank'), dutchStem('band'));
  });
});

describe('fold and words', () => {
  it('lower-cases and strips diacritics, Turkish dotless i and Arabic vowel marks', () => {
    assert.equal(fold('Één Föhn'), 'een fohn');
    assert.equal(fold('YATAĞI ıslak'), 'yatagi islak');
    assert.equal(fold('مُرَتَّبة'), 'مرتبه');
  });

  it("splits on punctuation, drops plain numbers and the 's of plurals", () => {
    assert.deepEqual(words("Auto's, 2 m³ en tl-buizen!"), ['auto', 'm3', 'en', 'tl', 'buizen']);
  });

  it('stems English with the English stemmer', () => {
    assert.equal(stem('mattresses', 'en'), stem('mattress', 'en'));
  });
});

describe('splitCompound', () => {
  const known = new Set(['grofvuil', 'afsprak', 'matras', 'rout'].map(dutchStem));
  it('splits a compound of two known words, also across a linking -en-', () => {
    assert.deepEqual(splitCompound('grofvuilafspraak', known)?.slice(0, 2), [
      dutchStem('grofvuil'),
      dutchStem('afspraak'),
    ]);
    assert.deepEqual(splitCompound('matrassenroute', known)?.slice(0, 2), [dutchStem('matras'), dutchStem('route')]);
  });
  it('leaves unknown words whole', () => assert.equal(splitCompound('hoofdstad', known), null));
});

describe('municipalityInText', () => {
  it('finds one municipality, with typos and adjectives', () => {
    assert.equal(municipalityInText('ik woon in vlaardinge'), 'Vlaardingen');
    assert.equal(municipalityInText('Schiedamse milieustraat'), 'Schiedam');
    assert.equal(municipalityInText('Capelle a/d IJssel'), 'Capelle aan den IJssel');
  });
  it('returns null for none or several', () => {
    assert.equal(municipalityInText('ik woon in Rotterdam'), null);
    assert.equal(municipalityInText('Vlaardingen of Capelle?'), null);
    assert.equal(municipalityInText('Krimpen aan den IJssel'), null);
  });
});
