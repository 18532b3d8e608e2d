import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Language } from '@irado/kernel';
import { normalizeText } from '@irado/kernel';
import { yesOrNo } from '../offline/intent.ts';
import { GREETINGS, hasPhrase, THANKS } from '../offline/lexicon.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { textsFor } from './index.ts';
import { nl } from './nl.ts';
import type { EngineTexts } from './texts.ts';
import { tr } from './tr.ts';

const tables: Record<Language, EngineTexts> = { nl, en, tr, ar };

type Key = keyof EngineTexts;
type FnKey = { [K in Key]: EngineTexts[K] extends (...args: never[]) => string ? K : never }[Key];
type StringKey = Exclude<Key, FnKey>;

/** Every template with marker arguments: each string marker must come back in the text. */
const calls: { [K in FnKey]: Parameters<EngineTexts[K]>[] } = {
  offTopic: [['P1', 'P2']],
  noAnswer: [['P1', 'P2']],
  askMunicipality: [['P1']],
  outsideArea: [
    ['P1', 'P2'],
    [null, 'P2'],
  ],
  askConsent: [['P1']],
  askDetails: [[['P1']], [['P1', 'P2']], [['P1', 'P2', 'P3']]],
  invalidEmail: [['P1']],
  invalidPostcode: [['P1']],
  addressConfirmed: [['P1', 'P2']],
  municipalityChanged: [['P1']],
  business: [['P1', 'P2', 'P3']],
  addressUnavailable: [['P1']],
  askUnknown: [['P1']],
  askSizes: [
    ['P1', 'P2'],
    ['P1, P3', null],
  ],
  itemAccepted: [['P1', 'P2']],
  itemAcceptedPerMunicipality: [['P1', 'P2']],
  itemTakenWhole: [['P1']],
  noRequest: [['P1']],
  removed: [['P1']],
  summaryRoute: [
    ['P1', 1, 'P3'],
    ['P1', 3, 'P3'],
  ],
  submitted: [['P1']],
  alreadySubmitted: [['P1']],
};

const stringKeys = (Object.keys(en) as Key[]).filter((k): k is StringKey => typeof en[k] === 'string');
const fnKeys = Object.keys(calls) as FnKey[];

/** Calls a template of a table with the given arguments. */
function render<K extends FnKey>(table: EngineTexts, key: K, args: Parameters<EngineTexts[K]>): string {
  return (table[key] as (...a: Parameters<EngineTexts[K]>) => string)(...args);
}

/** The string markers of the arguments; a list like "P1, P3" may be rejoined in the language's own way. */
function markers(args: readonly unknown[]): string[] {
  return args
    .flat()
    .filter((a): a is string => typeof a === 'string')
    .flatMap((a) => a.split(', '));
}

/** Whether a rendered text has words of its own, beyond the markers (a bare "**P1**, P3" has nothing to translate). */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(/P\d/g, ''));
}

describe('engine texts', () => {
  it('covers every template of the interface in this test', () => {
    const functions = (Object.keys(en) as Key[]).filter((k) => typeof en[k] === 'function').sort();
    assert.deepEqual([...fnKeys].sort(), functions);
  });

  for (const [language, table] of Object.entries(tables) as [Language, EngineTexts][]) {
    describe(language, () => {
      it('is the table the engine uses', () => {
        assert.equal(textsFor(language), table);
      });

      it('has every text, non-empty', () => {
        assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort());
        for (const key of stringKeys) {
          assert.ok(table[key].trim().length > 0, `${language}.${key} is empty`);
        }
      });

      it('keeps every parameter of every template', () => {
        for (const key of fnKeys) {
          for (const args of calls[key] as Parameters<EngineTexts[typeof key]>[]) {
            const text = render(table, key, args);
            assert.ok(text.trim().length > 0, `${language}.${key} is empty`);
            for (const marker of markers(args)) {
              assert.ok(text.includes(marker), `${language}.${key}(${JSON.stringify(args)}) lost ${marker}: ${text}`);
            }
            assert.doesNotMatch(text, /undefined|null|\[object/, `${language}.${key}`);
          }
        }
        assert.ok(table.summaryRoute('R', 3, 'V').includes('3'));
        assert.doesNotMatch(table.summaryRoute('R', 1, 'V'), /\d/);
      });

      it('never states a date in the submitted text', () => {
        assert.doesNotMatch(table.submitted('REF').replace('REF', ''), /\d/);
      });

      it('offers yes and no buttons the offline understanding reads as yes and no', () => {
        for (const yes of [table.yes, table.confirmYes]) assert.equal(yesOrNo(yes, language), 'yes', yes);
        for (const no of [table.no, table.confirmNo]) assert.equal(yesOrNo(no, language), 'no', no);
      });
    });
  }

  for (const language of ['tr', 'ar'] as const) {
    const table = tables[language];
    it(`${language}: no text is an untranslated copy of English or Dutch`, () => {
      for (const key of stringKeys) {
        assert.notEqual(table[key], en[key], `${language}.${key}`);
        assert.notEqual(table[key], nl[key], `${language}.${key}`);
      }
      for (const key of fnKeys) {
        for (const args of calls[key] as Parameters<EngineTexts[typeof key]>[]) {
          if (!hasWords(render(en, key, args))) continue;
          assert.notEqual(render(table, key, args), render(en, key, args), `${language}.${key}`);
          assert.notEqual(render(table, key, args), render(nl, key, args), `${language}.${key}`);
        }
      }
    });

    it(`${language}: reads the engine's English list of municipalities in its own language`, () => {
      const names = 'Schiedam, Vlaardingen and Capelle aan den IJssel';
      for (const text of [table.askMunicipality(names), table.outsideArea(null, names)]) {
        assert.ok(!text.includes(' and '), text);
        for (const name of ['Schiedam', 'Vlaardingen', 'Capelle aan den IJssel']) assert.ok(text.includes(name), text);
      }
    });
  }

  it('ar: every text is in Arabic script, with نعم / لا buttons', () => {
    assert.equal(ar.yes, 'نعم');
    assert.equal(ar.no, 'لا');
    for (const key of stringKeys) {
      assert.match(ar[key], /[\u0600-\u06ff]/, `ar.${key}`);
    }
    for (const key of fnKeys) {
      for (const args of calls[key] as Parameters<EngineTexts[typeof key]>[]) {
        if (hasWords(render(en, key, args))) assert.match(render(ar, key, args), /[\u0600-\u06ff]/, `ar.${key}`);
      }
    }
    assert.ok(ar.askConsent('P1').includes('**نعم**'));
  });

  it('tr: uses the agreed Turkish wording', () => {
    assert.equal(tr.yes, 'Evet');
    assert.equal(tr.no, 'Hayır');
    assert.match(tr.welcome, /Merhaba/);
    assert.match(tr.welcome, /yardımcı/);
    const consent = tr.askConsent('https://www.irado.nl/privacyverklaring');
    assert.match(consent, /gizlilik/);
    assert.ok(consent.includes('**Evet**'));
    const details = tr.askDetails([tr.detailName, tr.detailAddress, tr.detailEmail]);
    for (const word of ['adınız', 'adresiniz', 'e-posta adresiniz']) assert.ok(details.includes(word), word);
    assert.match(details, / ve e-posta adresinizi/);
    assert.match(tr.askConfirmation, /onaylıyor musunuz|doğru mu/i);
    const submitted = tr.submitted('GV-123');
    assert.match(submitted, /alındı ve .*kaydedildi/);
    assert.match(submitted, /e-posta/i);
    assert.match(submitted, /planlama/);
  });

  it('tr and ar: common answers are understood', () => {
    const yes = [
      'Evet doğru',
      'tamamdır',
      'olur',
      'kabul ediyorum',
      'Evet, talebi gönderin',
      'نعم صحيح',
      'أوافق',
      'طبعاً',
    ];
    const no = ['hayır teşekkürler', 'doğru değil', 'gerek yok', 'Hayır', 'لا شكرا', 'لا شكراً', 'غير صحيح'];
    for (const text of yes) assert.equal(yesOrNo(text, 'tr'), 'yes', text);
    for (const text of no) assert.equal(yesOrNo(text, 'tr'), 'no', text);
    for (const text of ['merhabalar', 'selamlar', 'صباح الخير', 'السلام عليكم'])
      assert.ok(hasPhrase(normalizeText(text), GREETINGS), text);
    for (const text of ['çok teşekkürler', 'sağ olun', 'شكرا جزيلا', 'مشكور'])
      assert.ok(hasPhrase(normalizeText(text), THANKS), text);
  });
});
