/**
 * Text analysis for retrieval: the same pipeline runs over the curated questions and over what residents type, so both
 * sides agree on spelling. Lower case, no diacritics, stop words dropped, then a light stemmer per language.
 */
import type { Language } from '@irado/kernel';
import snowball from 'snowball-stemmers';
import { STOPWORDS } from './stopwords.ts';

const stemmers = {
  nl: snowball.newStemmer('dutch'),
  en: snowball.newStemmer('english'),
  tr: snowball.newStemmer('turkish'),
  ar: snowball.newStemmer('arabic'),
} satisfies Record<Language, unknown>;

/** Lower case with diacritics and Arabic vowel marks removed; `m³` becomes `m3`. */
export function fold(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .replace(/ı/g, 'i')
    .replace(/³/g, '3')
    .replace(/²/g, '2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u0640\u064b-\u065f\u0670]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

/** Splits folded text into words; `auto's` → `auto`, digits alone are dropped (figures do not help find a topic). */
export function words(text: string): string[] {
  return fold(text)
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9\u0621-\u064a]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

// Strong and irregular participles the suffix rules cannot reach, mapped to their infinitive.
const DUTCH_LEMMAS: Record<string, string> = {
  aangeboden: 'aanbieden',
  meegenomen: 'meenemen',
  genomen: 'nemen',
  gebracht: 'brengen',
  weggebracht: 'wegbrengen',
  gezet: 'zetten',
  neergezet: 'neerzetten',
  buitengezet: 'buitenzetten',
  klaargezet: 'klaarzetten',
  gelegd: 'leggen',
  gekocht: 'kopen',
  gedaan: 'doen',
  gegooid: 'gooien',
  gebeld: 'bellen',
  vergeten: 'vergeten',
};

const SEPARABLE = '(?:op|af|aan|in|uit|mee|weg|terug|door|bij|om|over|toe|neer|vast|los|buiten|binnen|klaar)?';
// ge-…-d/t participles of weak verbs: `gebundeld` → `bundel`, `opgehaald` → `ophaal`. Applied to the Snowball stem, so
// a noun such as `gewicht` is cut the same way in every form and still matches itself.
const PARTICIPLE = new RegExp(`^(${SEPARABLE})ge([a-z]{3,})[dt]$`);

/** Light Dutch stemmer: Snowball plus participles, diminutives, `-es` plurals and double consonants. */
export function dutchStem(word: string): string {
  let w = DUTCH_LEMMAS[word] ?? word;
  if (w.length > 5 && /[^aeiou]jes?$/.test(w)) w = w.replace(/jes?$/, '');
  if (w.length > 5 && w.endsWith('es') && !w.endsWith('ees')) w = w.slice(0, -1);
  let stem = stemmers.nl.stem(w);
  const participle = PARTICIPLE.exec(stem);
  if (participle) stem = stemmers.nl.stem(`${participle[1]}${participle[2]}`);
  return stem.replace(/([bcdfgklmnprstvz])\1$/, '$1');
}

/** Stem of one folded word in `language`. */
export function stem(word: string, language: Language): string {
  if (language === 'nl') return dutchStem(word);
  return fold(stemmers[language].stem(word));
}

/** Content words of `text`: folded, stop words removed, not yet stemmed. */
export function contentWords(text: string, language: Language): string[] {
  const stop = STOPWORDS[language];
  return words(text).filter((w) => !stop.has(w));
}

/**
 * Splits a Dutch compound into a known head stem and a tail (`grofvuilafspraak` → `grofvuil` + `afspraak`), or returns
 * null. The tail must be a known stem, or satisfy `splittable` (so longer compounds split recursively). Returns the
 * head stem, the tail stem and the tail word. Dutch writes compounds as one word while residents often split them, so
 * both spellings must meet.
 */
export function splitCompound(
  word: string,
  known: ReadonlySet<string>,
  splittable: (tail: string) => boolean = () => false,
): [head: string, tail: string, tailWord: string] | null {
  let best: [string, string, string] | null = null;
  let bestScore = 0;
  for (let i = 3; i <= word.length - 3; i++) {
    const tailWord = word.slice(i);
    const tail = dutchStem(tailWord);
    const tailKnown = known.has(tail);
    if (!tailKnown && !splittable(tailWord)) continue;
    const head = word.slice(0, i);
    // Linking morphemes: verzorging-s-gebied, matras-sen-route.
    for (const left of [head, head.replace(/(s|en|e)$/, '')]) {
      const leftStem = dutchStem(left);
      // Prefer two known halves, then the most even split.
      const score = Math.min(left.length, tailWord.length) + (tailKnown ? 100 : 0);
      if (left.length >= 3 && known.has(leftStem) && score > bestScore) {
        best = [leftStem, tail, tailWord];
        bestScore = score;
      }
    }
  }
  return best;
}
