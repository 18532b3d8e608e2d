import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeText, normalizeWithOffsets, tokenize } from './text.ts';

describe('normalizeText', () => {
  const cases: [string, string, string][] = [
    ['lower-cases', 'Bank EN Stoel', 'bank en stoel'],
    ['strips diacritics', 'één café, gardırop, şilte, düğün', 'een cafe, gardirop, silte, dugun'],
    ['maps dotted and dotless Turkish i', 'İKİ ıslak', 'iki islak'],
    ['turns Arabic-Indic digits into ASCII', '٣ كراسي ۴', '3 كراسي 4'],
    ['drops Arabic vowel marks and folds hamza and ta marbuta', 'أَرِيكَة', 'اريكه'],
    ['collapses whitespace and trims', '  een \t bank  ', 'een bank'],
    ['keeps one newline for a line break', 'bank\n\n  stoel\r\nkast', 'bank\nstoel\nkast'],
    ['turns a decimal comma into a point', '1,5 meter en 0,85 m', '1.5 meter en 0.85 m'],
    ['leaves a list comma alone', 'bank, 2 stoelen,3 kasten', 'bank, 2 stoelen,3 kasten'],
    ['unifies apostrophes', 'sofa’s', "sofa's"],
  ];
  for (const [rule, input, expected] of cases) {
    it(rule, () => assert.equal(normalizeText(input), expected));
  }

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)),
    );
  });

  it('maps every output character to a span inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = normalizeWithOffsets(s);
        assert.equal(n.start.length, n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          assert.ok((n.start[i] ?? -1) >= 0 && (n.start[i] ?? 0) < (n.end[i] ?? 0) && (n.end[i] ?? 0) <= s.length);
        }
      }),
    );
  });
});

describe('tokenize', () => {
  const show = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.norm}`);

  it('keeps the original spelling of every token', () => {
    assert.deepEqual(
      tokenize('Één gardırobumu').map((t) => t.raw),
      ['Één', 'gardırobumu'],
    );
  });

  it('splits dimensions and counts written together', () => {
    assert.deepEqual(show('60x60x85cm'), ['num:60', 'word:x', 'num:60', 'word:x', 'num:85', 'word:cm']);
    assert.deepEqual(show('stoel x2'), ['word:stoel', 'word:x', 'num:2']);
    assert.deepEqual(show('2x stoel'), ['num:2', 'word:x', 'word:stoel']);
  });

  it('reads decimal commas and 1m80 as numbers', () => {
    assert.deepEqual(
      tokenize('1,5 meter, 1m80').map((t) => [t.kind, t.value]),
      [
        ['num', 1.5],
        ['word', Number.NaN],
        ['sep', Number.NaN],
        ['num', 1.8],
      ],
    );
  });

  it('keeps hyphenated words and "2-zitsbank" whole', () => {
    assert.deepEqual(show('een loopband-achtige 2-zitsbank'), ['word:een', 'word:loopband-achtige', 'word:2-zitsbank']);
  });

  it('skips e-mail and web addresses', () => {
    assert.deepEqual(show('jan@example.org, https://irado.nl/x bank'), ['sep:,', 'word:bank']);
  });

  it('treats a sentence point as a separator but not a decimal point', () => {
    assert.deepEqual(show('bank. 1.5 m'), ['word:bank', 'sep:.', 'num:1.5', 'word:m']);
  });

  it('drops list numbers such as "2)" at the start of a line', () => {
    assert.deepEqual(show('1) bank\n2) stoelen'), ['word:bank', 'sep:\n', 'word:stoelen']);
  });
});
