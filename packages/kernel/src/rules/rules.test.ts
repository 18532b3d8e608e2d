/**
 * The key decisions of the grofvuil rules document (/work/shared/domain/grofvuil-rules.md), stated as checks on the rule
 * data, and the promise that rule texts quote figures from their fields instead of typing them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { municipalityForPostcode, routeFor } from '../routing.ts';
import { LANGUAGES, MUNICIPALITIES, type Municipality, ROUTE_CODES } from '../types.ts';
import { currentRules as rules } from './index.ts';
import type { RuleText } from './rule-set.ts';
import { figureTexts, type QuotedFigures } from './rules-2025-08.ts';

const { Schiedam, Vlaardingen } = rules.municipalities;
const Capelle = rules.municipalities['Capelle aan den IJssel'];
const NUMBER = /\d+(?:[.,]\d+)?/g;

/** Every resident-facing text ({ nl, en, … }) in the rule data, with its path; the catalogue (NlEn names) is left out. */
function ruleTexts(value: unknown, path = '', out: [string, RuleText][] = []): [string, RuleText][] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      ruleTexts(v, `${path}[${i}]`, out);
    });
    return out;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.nl === 'string') {
    out.push([path, record as unknown as RuleText]);
    return out;
  }
  for (const [key, v] of Object.entries(record)) {
    if (path === '' && key === 'catalogue') continue;
    ruleTexts(v, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** Changes every figure: numbers + 1000, every digit run in a string followed by a 9. */
function changeFigures(node: unknown): unknown {
  if (typeof node === 'number') return node + 1000;
  if (typeof node === 'string') return node.replace(/\d+/g, (d) => `${d}9`);
  if (Array.isArray(node)) return node.map(changeFigures);
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, changeFigures(v)]));
  }
  return node;
}

describe('rules 2025-08: the decisions of the rules document', () => {
  it('caps the volume per appointment: Schiedam 1 m³, Vlaardingen 2 m³, Capelle no limit (Decision 1)', () => {
    assert.equal(Schiedam.volumeCapM3, 1);
    assert.equal(Vlaardingen.volumeCapM3, 2);
    assert.equal(Capelle.volumeCapM3, null);
    for (const m of MUNICIPALITIES) {
      const r = rules.municipalities[m];
      assert.equal(r.volumeCapHint === null, r.volumeCapM3 === null, `${m}: a hint exactly where there is a cap`);
    }
  });

  it('limits pieces to 1.8 m and 30 kg, sun screens and radiators to 2 m (Decision 2)', () => {
    assert.equal(rules.limits.maxPieceLengthM, 1.8);
    assert.equal(rules.limits.maxPieceWeightKg, 30);
    assert.equal(rules.limits.sunscreenRadiatorMaxLengthM, 2);
    assert.ok(rules.limits.guidelineTolerance > 0, 'small overshoots are accepted');
  });

  it('limits stumps to 0.5 m long and 0.25 m thick, branch bundles to 1.8 m (Decision 3)', () => {
    assert.equal(rules.limits.stumpMaxLengthM, 0.5);
    assert.equal(rules.limits.stumpMaxThicknessM, 0.25);
    assert.equal(rules.limits.branchBundleMaxLengthM, 1.8);
  });

  it('prices Big Bag Steen at €115 and Big Bag Alles at €200, and says so (Decision 6)', () => {
    assert.equal(rules.prices.bigBagSteenEur, 115);
    assert.equal(rules.prices.bigBagAllesEur, 200);
    for (const language of LANGUAGES) {
      const text = rules.alternatives.big_bag.text[language];
      assert.ok(text.includes('€115') && text.includes('€200'), `${language}: ${text}`);
    }
  });

  it('gives customer service as 010-262 1000 (Decision 7)', () => {
    assert.equal(rules.contacts.customerService.phone, '010-262 1000');
    assert.equal(rules.contacts.customerService.email, 'info@irado.nl');
  });

  it('picks up KGA at home on Wednesday 08:00–12:00, only in Schiedam and Vlaardingen, booked by phone and e-mail (Decision 8)', () => {
    const k = rules.kgaHomePickup;
    assert.deepEqual([k.weekday.nl, k.weekday.en, k.from, k.until], ['woensdag', 'Wednesday', '08:00', '12:00']);
    const home = MUNICIPALITIES.filter((m) => rules.municipalities[m].kgaHomePickup);
    assert.deepEqual(home, ['Schiedam', 'Vlaardingen']);
    const { phone, email } = rules.contacts.customerService;
    for (const language of LANGUAGES) {
      const text = rules.alternatives.kga_home_pickup.text[language];
      for (const part of [k.weekday[language], k.from, k.until, phone, email]) {
        assert.ok(text.includes(part), `${language}: ${part} in ${text}`);
      }
      for (const m of MUNICIPALITIES) {
        assert.equal(text.includes(m), home.includes(m), `${language}: ${m} named exactly where it applies`);
      }
    }
  });

  it('charges €79.70 per ton for puin in Schiedam and Vlaardingen, nothing in Capelle (Decision 9)', () => {
    assert.equal(rules.prices.puinPerTonEur, 79.7);
    const charged: Municipality[] = MUNICIPALITIES.filter((m) => !rules.municipalities[m].puinFreeAtMilieustraat);
    assert.deepEqual(charged, ['Schiedam', 'Vlaardingen']);
    for (const m of [Schiedam, Vlaardingen]) {
      assert.ok(m.puinAtMilieustraat.nl.includes('€79,70'), m.puinAtMilieustraat.nl);
      assert.ok(m.puinAtMilieustraat.en.includes('€79.70'), m.puinAtMilieustraat.en);
    }
    for (const language of LANGUAGES) assert.doesNotMatch(Capelle.puinAtMilieustraat[language], /€|\d/);
  });

  it('routes mattresses with Huisraad in Capelle and on IJzer/EA/Matrassen elsewhere (Decision 10)', () => {
    assert.equal(routeFor('mattress', 'Capelle aan den IJssel', rules), 'HUISRAAD');
    assert.equal(routeFor('mattress', 'Schiedam', rules), 'IJZER_EA_MATRASSEN');
    assert.equal(routeFor('mattress', 'Vlaardingen', rules), 'IJZER_EA_MATRASSEN');
    assert.deepEqual(Object.keys(rules.routes).sort(), [...ROUTE_CODES].sort());
    for (const code of ROUTE_CODES) assert.equal(rules.routes[code].code, code);
  });

  it('knows the postcode ranges of the service area (§10.1)', () => {
    assert.deepEqual(Capelle.postcodeRanges, [[2900, 2909]]);
    assert.deepEqual(Schiedam.postcodeRanges, [[3100, 3125]]);
    assert.deepEqual(Vlaardingen.postcodeRanges, [[3130, 3138]]);
    const cases: [string, Municipality | null][] = [
      ['2899AA', null],
      ['2900AA', 'Capelle aan den IJssel'],
      ['2909ZZ', 'Capelle aan den IJssel'],
      ['2910AA', null],
      ['3099AA', null],
      ['3100AB', 'Schiedam'],
      ['3125AA', 'Schiedam'],
      ['3126AA', null],
      ['3129AA', null],
      ['3130AA', 'Vlaardingen'],
      ['3138AA', 'Vlaardingen'],
      ['3139AA', null],
      ['3011AA', null],
    ];
    for (const [postcode, expected] of cases)
      assert.equal(municipalityForPostcode(postcode, rules), expected, postcode);
  });

  it('keeps the waiting times and the put-out and collection windows (§7.1, §5.1)', () => {
    assert.deepEqual(
      MUNICIPALITIES.map((m) => rules.municipalities[m].waitingTimeWeeks),
      [2, 1, 1],
    );
    assert.deepEqual(rules.putOut, { from: '05:00', until: '07:30' });
    assert.deepEqual(rules.collection, { from: '07:30', until: '16:00' });
  });

  it('has every resident-facing text in all four languages, none empty', () => {
    const texts = ruleTexts(rules);
    assert.ok(texts.length >= 35, `${texts.length}`);
    for (const [path, text] of texts) {
      for (const language of LANGUAGES) {
        assert.equal(typeof text[language], 'string', `${path}.${language}`);
        assert.ok(text[language].trim().length > 0, `${path}.${language}`);
      }
    }
  });
});

describe('rule texts quote the figures of their fields', () => {
  const figures: QuotedFigures = {
    limits: rules.limits,
    contacts: rules.contacts,
    prices: rules.prices,
    kgaHomePickup: rules.kgaHomePickup,
    asbestos: rules.asbestos,
    bouwcontainers: rules.bouwcontainers,
  };
  const built = figureTexts(figures);

  it('are the texts of the current rule set', () => {
    for (const [key, text] of Object.entries(built.alternatives)) {
      assert.deepEqual(rules.alternatives[key as keyof typeof built.alternatives].text, text, key);
    }
    assert.deepEqual(Schiedam.puinAtMilieustraat, built.puinCharged);
    assert.deepEqual(Vlaardingen.puinAtMilieustraat, built.puinCharged);
    assert.deepEqual(Capelle.puinAtMilieustraat, built.puinFree);
    assert.deepEqual(Capelle.milieustraat.access, built.afvalpasAccess);
  });

  it('type no figure themselves: with every figure changed, none of the old ones survives', () => {
    const changed = figureTexts(changeFigures(figures) as QuotedFigures);
    const before = ruleTexts(built);
    const after = new Map(ruleTexts(changed));
    assert.ok(before.length >= 9, `${before.length}`);
    for (const [path, text] of before) {
      for (const language of LANGUAGES) {
        const now = new Set(after.get(path)?.[language].match(NUMBER) ?? []);
        const survivors = (text[language].match(NUMBER) ?? []).filter((n) => now.has(n));
        assert.deepEqual(survivors, [], `${path}.${language}: ${after.get(path)?.[language]}`);
      }
    }
  });

  it('write decimals the way each language does', () => {
    const saw = rules.alternatives.saw_to_size.text;
    assert.deepEqual(
      LANGUAGES.map((l) => saw[l].includes(l === 'nl' || l === 'tr' ? '1,80 m' : '1.80 m')),
      [true, true, true, true],
    );
    const asbestos = rules.alternatives.asbestos_procedure.text;
    assert.ok(asbestos.nl.includes('0,5 mm') && asbestos.en.includes('0.5 mm') && asbestos.ar.includes('0.5 mm'));
    assert.ok(rules.alternatives.bouwcontainer.text.nl.includes('4, 6 of 10 m³'));
  });
});
