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

// Two-word questions words that mean something else than their parts: "hoe laat" asks for a time, "laat" alone is filler.
const PHRASES: readonly [RegExp, string][] = [
  [/\bhoe laat\b/g, 'hoelaat'],
  [/\bwhat time\b/g, 'whattime'],
];

/**
 * Question words that say what kind of answer is wanted (a place, a time, an amount). They help choose between entries
 * on the same subject, but are no subject themselves: a question made only of them ("hoe laat is het") is off-topic.
 */
export const INTENT_WORDS: ReadonlySet<string> = new Set([
  'waar',
  'wanneer',
  'hoeveel',
  'hoelaat',
  'where',
  'when',
  'much',
  'many',
  'whattime',
]);

// Separable verbs: "halen jullie de bank op?" means "ophalen". [verb forms, particle, whole verb]
const SEPARABLE_VERBS: readonly [ReadonlySet<string>, string, string][] = [
  [new Set(['haal', 'haalt', 'halen']), 'op', 'ophalen'],
  [new Set(['haal', 'haalt', 'halen']), 'af', 'afhalen'],
  [new Set(['bied', 'biedt', 'bieden']), 'aan', 'aanbieden'],
  [new Set(['zet', 'zetten']), 'buiten', 'buitenzetten'],
  [new Set(['zet', 'zetten']), 'neer', 'neerzetten'],
  [new Set(['breng', 'brengt', 'brengen']), 'weg', 'wegbrengen'],
  [new Set(['gooi', 'gooit', 'gooien']), 'weg', 'weggooien'],
  [new Set(['neem', 'neemt', 'nemen']), 'mee', 'meenemen'],
  [new Set(['geef', 'geeft', 'geven']), 'mee', 'meegeven'],
  [new Set(['lever', 'levert', 'leveren']), 'in', 'inleveren'],
  [new Set(['zeg', 'zegt', 'zeggen']), 'af', 'afzeggen'],
];

/** Joins a separated verb and its particle later in the sentence into the whole verb. */
function joinSeparableVerbs(list: string[]): string[] {
  const out = [...list];
  for (let i = 0; i < out.length; i++) {
    for (const [forms, particle, verb] of SEPARABLE_VERBS) {
      const at = forms.has(out[i] ?? '') ? out.indexOf(particle, i + 1) : -1;
      if (at > 0) {
        out[i] = verb;
        out.splice(at, 1);
        break;
      }
    }
  }
  return out;
}

/** Splits folded text into words; `auto's` → `auto`, digits alone are dropped (figures do not help find a topic). */
export function words(text: string): string[] {
  let folded = fold(text);
  for (const [phrase, word] of PHRASES) folded = folded.replace(phrase, word);
  const list = folded
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9\u0621-\u064a]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
  return joinSeparableVerbs(list);
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

// Stems by word; compound splitting stems every substring of a word, so the same strings come back often. Bounded by
// the vocabulary of the entries plus what residents type; cleared when it grows past the bound.
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

/** Light Dutch stemmer: Snowball plus participles, diminutives, `-es` plurals and double consonants. */
export function dutchStem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    cached = dutchStemUncached(word);
    stemCache.set(word, cached);
  }
  return cached;
}

function dutchStemUncached(word: string): string {
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
  const key = `${language}:${word}`;
  let cached = stemCache.get(key);
  if (cached === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    cached = fold(stemmers[language].stem(word));
    stemCache.set(key, cached);
  }
  return cached;
}

/** Content words of `text`: folded, stop words removed, not yet stemmed. */
export function contentWords(text: string, language: Language): string[] {
  const stop = STOPWORDS[language];
  return words(text).filter((w) => !stop.has(w));
}

/**
 * Splits a Dutch compound into a known head stem and a tail (`grofvuilafspraak` → `grofvuil` + `afspraak`), or returns
 * null. The tail must be a known stem, or satisfy `splittable` (so longer compounds split recursively); `knownStarts`
 * (the first three letters of every known stem) may be passed to save work. Returns the
 * head stem, the tail stem and the tail word. Dutch writes compounds as one word while residents often split them, so
 * both spellings must meet.
 */
export function splitCompound(
  word: string,
  known: ReadonlySet<string>,
  splittable: (tail: string) => boolean = () => false,
  knownStarts?: ReadonlySet<string>,
): [head: string, tail: string, tailWord: string] | null {
  let best: [string, string, string] | null = null;
  let bestScore = 0;
  // Stemming is the expensive part; a part can only be known when some known stem starts with its first letters.
  const starts = knownStarts ?? new Set([...known].map((k) => k.slice(0, 3)));
  if (!starts.has(word.slice(0, 3))) return null;
  for (let i = 3; i <= word.length - 3; i++) {
    const tailWord = word.slice(i);
    if (!starts.has(tailWord.slice(0, 3))) continue;
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
