import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RefusalCode } from '../plan/plan.types.ts';
import { planRequest } from '../plan/plan-request.ts';
import { currentRules as rules } from '../rules/index.ts';
import type { RuleText } from '../rules/rule-set.ts';
import { LANGUAGES, type Language } from '../types.ts';
import { itemLine, planTexts, refusalText } from './render-plan.ts';
import { en, nl, type PlanTexts } from './texts-nl-en.ts';
import { ar, tr } from './texts-tr-ar.ts';

const tables: Record<Language, PlanTexts> = { nl, en, tr, ar };

type Key = keyof PlanTexts;
type FnKey = { [K in Key]: PlanTexts[K] extends (...args: never[]) => string ? K : never }[Key];

/** Every template with marker arguments: each string marker must come back in the text. */
const calls: { [K in FnKey]: Parameters<PlanTexts[K]>[] } = {
  tooLong: [['P1', 'P2']],
  stumpLimits: [['P1', 'P2']],
  onlyThisRoute: [['P1', 'P2']],
  putOutWindow: [['P1', 'P2']],
  collectionWindow: [['P1', 'P2']],
  splitAppointments: [['P1', 3, 'P3']],
  heavyAppliance: [['P1']],
  mustBeEmpty: [['P1']],
  mustBeDry: [['P1']],
  bundle: [['P1']],
  bundleBranches: [['P1', 'P2']],
  noBags: [['P1']],
  unlocked: [['P1']],
  tapeGlass: [['P1']],
  flatten: [['P1']],
  datesFollow: [[1], [3]],
  volumeLine: [
    ['P1', 'P2'],
    ['P1', null],
  ],
};
const fnKeys = Object.keys(calls) as FnKey[];

function render<K extends FnKey>(table: PlanTexts, key: K, args: Parameters<PlanTexts[K]>): string {
  return (table[key] as (...a: Parameters<PlanTexts[K]>) => string)(...args);
}

const markers = (args: readonly unknown[]) => args.filter((a): a is string => typeof a === 'string');
const digits = (text: string) => [...new Set(text.match(/\d+/g) ?? [])].sort();

describe('plan texts in Turkish and Arabic', () => {
  it('covers every template of the interface in this test', () => {
    const functions = (Object.keys(en) as Key[]).filter((k) => typeof en[k] === 'function').sort();
    assert.deepEqual([...fnKeys].sort(), functions);
  });

  it('is what the renderer uses, with the agreed decimal separators', () => {
    assert.equal(planTexts('tr'), tr);
    assert.equal(planTexts('ar'), ar);
    assert.equal(tr.decimalSeparator, ',');
    assert.equal(ar.decimalSeparator, '.');
    assert.equal(tr.and, 've');
    assert.equal(ar.and, 'و');
  });

  for (const [language, table] of Object.entries(tables) as [Language, PlanTexts][]) {
    it(`${language}: has every text, non-empty, and keeps every parameter`, () => {
      assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort());
      assert.deepEqual(Object.keys(table.refusal).sort(), Object.keys(en.refusal).sort());
      for (const code of Object.keys(en.refusal) as RefusalCode[]) {
        assert.ok(table.refusal[code].trim().length > 0, `${language}.refusal.${code}`);
      }
      assert.ok(table.placement.trim() && table.snoeiOutOfSeason.trim() && table.and.trim());
      for (const key of fnKeys) {
        for (const args of calls[key] as Parameters<PlanTexts[typeof key]>[]) {
          const text = render(table, key, args);
          assert.ok(text.trim().length > 0, `${language}.${key}`);
          for (const marker of markers(args))
            assert.ok(text.includes(marker), `${language}.${key} lost ${marker}: ${text}`);
          assert.doesNotMatch(text, /undefined|null|\[object/, `${language}.${key}`);
        }
      }
      assert.ok(table.splitAppointments('R', 3, 'C').includes('3'));
      assert.ok(table.datesFollow(3).includes('3'));
      assert.doesNotMatch(table.datesFollow(1), /\d/);
    });
  }

  for (const [language, table] of [
    ['tr', tr],
    ['ar', ar],
  ] as const) {
    it(`${language}: no text is an untranslated copy of English or Dutch`, () => {
      for (const code of Object.keys(en.refusal) as RefusalCode[]) {
        assert.notEqual(table.refusal[code], en.refusal[code], `${language}.refusal.${code}`);
        assert.notEqual(table.refusal[code], nl.refusal[code], `${language}.refusal.${code}`);
      }
      for (const key of ['placement', 'snoeiOutOfSeason', 'and'] as const) {
        assert.notEqual(table[key], en[key], `${language}.${key}`);
        assert.notEqual(table[key], nl[key], `${language}.${key}`);
      }
      for (const key of fnKeys) {
        for (const args of calls[key] as Parameters<PlanTexts[typeof key]>[]) {
          assert.notEqual(render(table, key, args), render(en, key, args), `${language}.${key}`);
          assert.notEqual(render(table, key, args), render(nl, key, args), `${language}.${key}`);
        }
      }
    });
  }

  it('renders a refused piece in Turkish and Arabic with the figures in their number format', () => {
    const plan = planRequest({
      municipality: 'Vlaardingen',
      items: [
        { key: 'b', catalogueId: 'bank', text: 'kanepe', quantity: 2, lengthM: 1.6, widthM: 0.85, heightM: 0.8 },
        { key: 'c', catalogueId: 'zonnescherm', text: 'güneşlik', quantity: 1, lengthM: 2.1 },
      ],
    });
    const refused = plan.refused[0];
    assert.ok(refused);
    const turkish = refusalText(refused, 'tr', rules);
    assert.ok(turkish.startsWith(tr.refusal.piece_too_long), turkish);
    assert.ok(turkish.includes('2,10 m') && turkish.includes('2,00 m'), turkish);
    const arabic = refusalText(refused, 'ar', rules);
    assert.ok(arabic.startsWith(ar.refusal.piece_too_long), arabic);
    assert.ok(arabic.includes('2.10 m') && arabic.includes('2.00 m'), arabic);
    const sofa = plan.routes[0]?.items[0];
    assert.ok(sofa);
    assert.equal(itemLine(sofa, 'tr', rules), '2 × kanepe (bank) (1,6 × 0,85 × 0,8 m)');
    assert.equal(itemLine({ ...sofa, text: 'كنبة' }, 'ar', rules), '2 × كنبة (bank) (1.6 × 0.85 × 0.8 m)');
  });
});

/** Every resident-facing text object in the rule set ({ nl, en, … }), with where it was found. The catalogue's item
 * names are `NlEn` by design (Turkish and Arabic residents' own words are used) and are left out. */
function ruleTexts(value: unknown, path: string, out: [string, RuleText][] = []): [string, RuleText][] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      ruleTexts(v, `${path}[${i}]`, out);
    });
    return out;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.nl === 'string' && typeof record.en === 'string') {
    out.push([path, record as unknown as RuleText]);
    return out;
  }
  for (const [key, v] of Object.entries(record)) {
    if (path === '' && key === 'catalogue') continue;
    ruleTexts(v, path ? `${path}.${key}` : key, out);
  }
  return out;
}

describe('rule texts of the current rules', () => {
  const texts = ruleTexts(rules, '');

  it('finds every kind of rule text', () => {
    const paths = texts.map(([p]) => p).join('\n');
    for (const part of [
      'alternatives.milieustraat.text',
      'alternatives.asbestos_procedure.text',
      'milieustraat.openingHours',
      'milieustraat.access',
      'volumeCapHint',
      'snoeirouteSchedule',
      'placementException',
      'puinAtMilieustraat',
      'contacts.customerService.hours',
    ]) {
      assert.ok(paths.includes(part), part);
    }
    assert.ok(texts.length >= 29, `${texts.length}`);
  });

  it('has every text in all four languages, translated', () => {
    for (const [path, text] of texts) {
      for (const language of LANGUAGES) {
        assert.equal(typeof text[language], 'string', `${path}.${language}`);
        assert.ok(text[language].trim().length > 0, `${path}.${language}`);
      }
      assert.notEqual(text.tr, text.en, `${path}.tr`);
      assert.notEqual(text.ar, text.en, `${path}.ar`);
      assert.match(text.ar, /[\u0600-\u06ff]/, `${path}.ar`);
    }
  });

  it('keeps every figure: the same digit sequences in every language', () => {
    for (const [path, text] of texts) {
      const expected = digits(text.nl);
      for (const language of LANGUAGES) {
        assert.deepEqual(digits(text[language]), expected, `${path}.${language}: ${text[language]}`);
      }
    }
  });

  it('keeps phone numbers, e-mail addresses, prices and times character for character', () => {
    const exact = /\d{3}-\d{3}[\d ]*\d|[\w.]+@[\w.]+\.nl|€\d+|\d{2}:\d{2}|irado\.nl/g;
    for (const [path, text] of texts) {
      const expected = [...new Set(text.nl.match(exact) ?? [])].sort();
      for (const language of ['tr', 'ar'] as const) {
        assert.deepEqual([...new Set(text[language].match(exact) ?? [])].sort(), expected, `${path}.${language}`);
      }
    }
  });

  it('writes decimals the Turkish and Arabic way', () => {
    const asbestos = rules.alternatives.asbestos_procedure.text;
    assert.ok(asbestos.tr.includes('0,5 mm') && asbestos.ar.includes('0.5 mm'));
    const saw = rules.alternatives.saw_to_size.text;
    assert.ok(saw.tr.includes('1,80 m') && saw.ar.includes('1.80 m'));
    const puin = rules.municipalities.Schiedam.puinAtMilieustraat;
    assert.ok(puin.tr.includes('€79,70') && puin.ar.includes('€79.70'));
  });
});
