/**
 * Turns curated questions and resident questions into search terms. Dutch compounds are split against the vocabulary
 * of the curated text, so "grofvuilafspraak" and "grofvuil afspraak" meet whichever way either side writes it.
 */
import type { Language } from '@irado/kernel';
import { synonymsOf } from './synonyms.ts';
import { contentWords, dutchStem, INTENT_WORDS, splitCompound, stem } from './text.ts';

/** One word of a question with the terms that may match it. */
export interface QueryToken {
  word: string;
  /** A question word such as "waar" or "hoe laat": it ranks, but is no evidence that the question is on-topic. */
  intent: boolean;
  /** Stems of the whole word; a match on any of them matches the word. */
  terms: string[];
  /** Stems of its compound parts (`tuinafval` → `tuin`, `afval`), matched at a lower weight. */
  parts: string[];
  /** Stems of its synonyms, matched at a lower weight. */
  synonyms: string[];
}

export interface Analyzer {
  /** Learns the Dutch vocabulary; call for every indexed Dutch text before `indexTerms`. */
  learn(text: string): void;
  /**
   * Terms to index for `text` written in `language` (`kw` is Dutch and English at once): the stems of its words, and
   * apart from them the stems of compound parts, which match at a lower weight.
   */
  indexTerms(text: string, language: Language | 'kw'): { whole: string[]; parts: string[] };
  /** The content words of a question, each with its terms. */
  queryTokens(text: string, language: Language): QueryToken[];
}

const unique = (terms: string[]) => [...new Set(terms.filter((t) => t.length > 1))];

/** Creates an analyzer with an empty vocabulary. */
export function createAnalyzer(): Analyzer {
  const vocabulary = new Set<string>();
  const starts = new Set<string>();

  // Compound parts by word, for the vocabulary as learnt so far (learning happens before any splitting).
  const partsCache = new Map<string, string[]>();

  /** Compound parts, split recursively: `grofvuilophaaldag` → grofvuil, ophaal, dag. */
  function parts(word: string): string[] {
    let cached = partsCache.get(word);
    if (cached === undefined) {
      if (partsCache.size >= 50_000) partsCache.clear();
      cached = splitRecursively(word, 0);
      partsCache.set(word, cached);
    }
    return cached;
  }

  function splitRecursively(word: string, depth: number): string[] {
    if (word.length < 7 || depth > 2) return [];
    const split = splitCompound(word, vocabulary, (rest) => splitRecursively(rest, depth + 1).length > 0, starts);
    if (split === null) return [];
    const [head, tail, tailWord] = split;
    const tailParts = vocabulary.has(tail) ? [tail] : splitRecursively(tailWord, depth + 1);
    return [head, ...tailParts];
  }

  function analyse(word: string, language: Language | 'kw'): { whole: string[]; parts: string[] } {
    switch (language) {
      case 'nl':
        return { whole: [dutchStem(word)], parts: parts(word) };
      case 'kw':
        return { whole: [dutchStem(word), stem(word, 'en')], parts: parts(word) };
      case 'en':
        return { whole: [stem(word, 'en')], parts: [] };
      default:
        // Turkish and Arabic questions often carry Dutch words (grofvuil, matras, milieustraat): try both.
        return { whole: [stem(word, language), dutchStem(word)], parts: parts(word) };
    }
  }

  return {
    learn(text) {
      for (const word of contentWords(text, 'nl')) {
        const s = dutchStem(word);
        vocabulary.add(s);
        starts.add(s.slice(0, 3));
      }
    },
    indexTerms(text, language) {
      const analysed = contentWords(text, language === 'kw' ? 'nl' : language).map((w) => analyse(w, language));
      const whole = unique(analysed.flatMap((a) => a.whole));
      return { whole, parts: unique(analysed.flatMap((a) => a.parts)).filter((t) => !whole.includes(t)) };
    },
    queryTokens(text, language) {
      return contentWords(text, language).map((word) => {
        const a = analyse(word, language);
        const terms = unique(a.whole);
        const partTerms = unique(a.parts).filter((t) => !terms.includes(t));
        const synonyms = unique(
          synonymsOf(word, language).flatMap((s) => contentWords(s, language).map((w) => stem(w, language))),
        ).filter((t) => !terms.includes(t) && !partTerms.includes(t));
        return { word, intent: INTENT_WORDS.has(word), terms, parts: partTerms, synonyms };
      });
    },
  };
}
