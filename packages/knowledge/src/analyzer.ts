/**
 * Turns curated questions and resident questions into search terms. Dutch compounds are split against the vocabulary
 * of the curated text, so "grofvuilafspraak" and "grofvuil afspraak" meet whichever way either side writes it.
 */
import type { Language } from '@irado/kernel';
import { synonymsOf } from './synonyms.ts';
import { contentWords, dutchStem, splitCompound, stem } from './text.ts';

/** One word of a question with the terms that may match it. */
export interface QueryToken {
  word: string;
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
  /** Terms to index for `text` written in `language` (`kw` is Dutch and English at once). */
  indexTerms(text: string, language: Language | 'kw'): string[];
  /** The content words of a question, each with its terms. */
  queryTokens(text: string, language: Language): QueryToken[];
}

const unique = (terms: string[]) => [...new Set(terms.filter((t) => t.length > 1))];

/** Creates an analyzer with an empty vocabulary. */
export function createAnalyzer(): Analyzer {
  const vocabulary = new Set<string>();

  /** Compound parts, split recursively: `grofvuilophaaldag` → grofvuil, ophaal, dag. */
  function parts(word: string, depth = 0): string[] {
    if (word.length < 7 || depth > 2) return [];
    const split = splitCompound(word, vocabulary, (rest) => parts(rest, depth + 1).length > 0);
    if (split === null) return [];
    const [head, tail, tailWord] = split;
    const tailParts = vocabulary.has(tail) ? [tail] : parts(tailWord, depth + 1);
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
      for (const word of contentWords(text, 'nl')) vocabulary.add(dutchStem(word));
    },
    indexTerms(text, language) {
      const words = contentWords(text, language === 'kw' ? 'nl' : language);
      return unique(
        words.flatMap((w) => {
          const a = analyse(w, language);
          return [...a.whole, ...a.parts];
        }),
      );
    },
    queryTokens(text, language) {
      return contentWords(text, language).map((word) => {
        const a = analyse(word, language);
        const terms = unique(a.whole);
        const partTerms = unique(a.parts).filter((t) => !terms.includes(t));
        const synonyms = unique(
          synonymsOf(word, language).flatMap((s) => contentWords(s, language).map((w) => stem(w, language))),
        ).filter((t) => !terms.includes(t) && !partTerms.includes(t));
        return { word, terms, parts: partTerms, synonyms };
      });
    },
  };
}
