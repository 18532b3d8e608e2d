/**
 * The chat's knowledge base: curated entries, an in-memory MiniSearch index over their question phrasings, and a
 * confidence gate so that a question the entries do not cover gets no answer rather than a wrong one.
 */
import type { Language, Municipality, RuleSet } from '@irado/kernel';
import MiniSearch, { type SearchOptions as SearchOptionsOf, type SearchResult } from 'minisearch';
import { type Analyzer, createAnalyzer, type QueryToken } from './analyzer.ts';
import { knowledgeEntries } from './entries/index.ts';
import { municipalityInText, municipalityOfWord } from './municipality.ts';
import { renderEntry } from './render.ts';
import type { KnowledgeEntry, SearchHit, SearchOptions } from './types.ts';

/** A document's field: a phrasing in one language, an entry's keywords, or the compound parts of an entry's words. */
type Field = Language | 'kw' | 'parts';

const SEARCH_FIELDS: ReadonlySet<string> = new Set<Field>(['nl', 'en', 'tr', 'ar', 'kw', 'parts']);

interface Doc {
  id: number;
  entry: number;
  field: Field;
  text: string;
}

/** Fields searched per question language; `kw` holds the keywords of every entry. */
const FIELDS: Record<Language, Field[]> = {
  nl: ['nl', 'kw', 'parts'],
  en: ['en', 'kw'],
  tr: ['tr', 'nl', 'kw', 'parts'],
  ar: ['ar', 'nl', 'kw', 'parts'],
};

/**
 * Tuning, from the table tests and the public FAQ set: the best entry must explain at least this share of the
 * question's words, weighted by how rare they are.
 */
const MIN_COVERAGE = 0.55;
/** How much the best single phrasing, and then BM25, may reorder entries whose coverage is close. */
const PHRASE_WEIGHT = 0.1;
const TIE_BREAK = 0.05;
const PREFIX_QUALITY = 0.8;
const FUZZY_QUALITY = 0.7;
/** A keyword hit counts less than a hit in a phrasing, so overview entries with long keyword lists do not win. */
const KEYWORD_QUALITY = 0.8;
/** Compound parts count, but less than the whole word. */
const PART_WEIGHT = 0.6;
/** Synonyms count, but less than the word the resident typed. */
const SYNONYM_WEIGHT = 0.6;
/** A question about "my" municipality prefers the entry written for it. */
const OWN_MUNICIPALITY_BOOST = 1.05;

/** Search options for one term: prefix search and fuzzy search (typos) from five letters; shorter stems are exact. */
function searchOptions(language: Language): SearchOptionsOf {
  return {
    fields: FIELDS[language],
    boost: { kw: 0.5, parts: 0.5 },
    prefix: (term) => term.length >= 5,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  };
}
const SEARCH_OPTIONS: Record<Language, SearchOptionsOf> = {
  nl: searchOptions('nl'),
  en: searchOptions('en'),
  tr: searchOptions('tr'),
  ar: searchOptions('ar'),
};

/** The search side of the knowledge base. */
export interface KnowledgeBase {
  /** Every entry, for listings and tests. */
  readonly entries: readonly KnowledgeEntry[];
  /**
   * The best entry for a question, rendered for the municipality the question names (or `opts.municipality`), or null
   * when no entry matches confidently. `nl` questions get Dutch answers; `en`, `tr` and `ar` get English ones, which
   * the caller translates or shows as they are.
   */
  search(question: string, opts: SearchOptions): SearchHit | null;
  /** The best few candidates with their score and coverage, before the confidence gate; for tuning and logs. */
  explain(question: string, opts: SearchOptions): Candidate[];
}

/** A scored entry before the confidence gate. */
export interface Candidate {
  id: string;
  score: number;
  /** Share of the question's words (idf-weighted) the entry matched, 0–1. */
  coverage: number;
}

/** Builds the index over `entries` (default: every curated entry); answers render with `rules`. */
export function createKnowledgeBase(
  rules: RuleSet,
  entries: readonly KnowledgeEntry[] = knowledgeEntries,
): KnowledgeBase {
  const analyzer = createAnalyzer();
  for (const e of entries) for (const q of [...e.questions.nl, ...e.keywords]) analyzer.learn(q);

  const docs = buildDocs(entries, analyzer);
  const weightOf = wordWeights(docs, entries.length);

  const index = new MiniSearch<Doc>({
    fields: [...SEARCH_FIELDS],
    storeFields: ['entry', 'field'],
    // Each document fills one language field; the others are empty. Stored fields and the id are read as they are.
    extractField: (doc, field) =>
      SEARCH_FIELDS.has(field) ? (field === doc.field ? doc.text : '') : doc[field as keyof Doc],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  });
  index.addAll(docs);

  /** Ranked candidates for a question, best first, and the municipality to render with. */
  function candidates(question: string, opts: SearchOptions) {
    const municipality = municipalityInText(question) ?? opts.municipality ?? null;
    const tokens = analyzer
      .queryTokens(question, opts.language)
      .filter((t) => municipalityOfWord(t.word) === null && t.word !== 'ijssel');
    const ranked = tokens.length === 0 ? [] : rank(index, tokens, opts.language, weightOf, entries, municipality);
    return { municipality, ranked };
  }

  return {
    entries,
    explain(question, opts) {
      return candidates(question, opts)
        .ranked.slice(0, 5)
        .map((r) => ({ id: entries[r.entry]?.id ?? '?', score: r.score, coverage: r.coverage }));
    },
    search(question, opts) {
      const { municipality, ranked } = candidates(question, opts);
      // The best entry that explains enough of the question; none when the question is off-topic.
      const best = ranked.find((r) => r.onTopic && r.coverage >= MIN_COVERAGE);
      if (best === undefined) return null;
      const entry = entries[best.entry];
      if (entry === undefined) return null;
      const rendered = renderEntry(entry, rules, municipality);
      return {
        entry,
        score: best.score,
        answer: opts.language === 'nl' ? rendered.nl : rendered.en,
        url: rendered.url,
      };
    },
  };
}

/**
 * The weight of a question word: the square of its inverse entry frequency. A word no entry knows weighs as much as a
 * word of one or two entries: a question made of unknown words explains nothing and gets no answer, while one unknown
 * filler word in a real question does not sink it.
 */
function wordWeights(docs: readonly Doc[], entryCount: number): (token: QueryToken) => number {
  const entriesWith = new Map<string, Set<number>>();
  for (const d of docs) {
    for (const t of d.text.split(' ')) entriesWith.set(t, (entriesWith.get(t) ?? new Set()).add(d.entry));
  }
  const idf = (term: string) => Math.log(1 + entryCount / (Math.max(entriesWith.get(term)?.size ?? 0, 1.5) + 0.5));
  return (token) => Math.max(...token.terms.map(idf)) ** 2;
}

/** One document per question phrasing, plus one per entry for its keywords and one for its compound parts. */
function buildDocs(entries: readonly KnowledgeEntry[], analyzer: Analyzer): Doc[] {
  const docs: Doc[] = [];
  entries.forEach((e, entry) => {
    const add = (field: Field, terms: string[]) => {
      if (terms.length > 0) docs.push({ id: docs.length, entry, field, text: terms.join(' ') });
    };
    const parts = new Set<string>();
    const index = (field: Language | 'kw', text: string) => {
      const terms = analyzer.indexTerms(text, field);
      add(field, terms.whole);
      for (const p of terms.parts) parts.add(p);
    };
    for (const lang of ['nl', 'en', 'tr', 'ar'] as const) for (const q of e.questions[lang] ?? []) index(lang, q);
    index('kw', e.keywords.join(' '));
    add('parts', [...parts]);
  });
  return docs;
}

interface Ranked {
  entry: number;
  /** Whether the entry matched at least one word that is not a question word. */
  onTopic: boolean;
  /** Coverage plus the BM25 tie-break; orders the candidates. */
  score: number;
  /** Share of the question this entry explains, 0–1. */
  coverage: number;
}

/** How well one question word matched one entry: `quality` 0–1 for coverage, `score` (BM25) to break ties. */
interface WordMatch {
  quality: number;
  score: number;
}

/** What one entry matched: per question word, and the best share of the question that one of its phrasings explains. */
interface EntryMatch {
  words: WordMatch[];
  /** Per phrasing (document id): the quality of each question word in it. */
  phrasings: Map<number, number[]>;
}

/** Quality of a hit: exact stem 1, prefix 0.8, typo 0.7 (MiniSearch reports the indexed terms it matched). */
function hitQuality(result: SearchResult, term: string): number {
  const matched = Object.keys(result.match);
  if (matched.includes(term)) return 1;
  return matched.some((m) => m.startsWith(term)) ? PREFIX_QUALITY : FUZZY_QUALITY;
}

/**
 * For every entry, how well each question word matched it: the best hit of any term of the word (its stems, compound
 * parts or synonyms) in any of the entry's phrasings or keywords. Taking the best rather than the sum keeps a word with
 * many synonyms, or an entry with many phrasings, from outweighing the rest of the question.
 */
function matchWords(index: MiniSearch<Doc>, tokens: QueryToken[], language: Language): Map<number, EntryMatch> {
  const entries = new Map<number, EntryMatch>();
  tokens.forEach((token, i) => {
    const terms = [
      ...token.terms.map((t) => [t, 1] as const),
      ...token.parts.map((t) => [t, PART_WEIGHT] as const),
      ...token.synonyms.map((t) => [t, SYNONYM_WEIGHT] as const),
    ];
    for (const [term, weight] of terms) {
      for (const r of index.search(term, SEARCH_OPTIONS[language]) as (SearchResult & Omit<Doc, 'text'>)[]) {
        const match = entries.get(r.entry) ?? {
          words: tokens.map(() => ({ quality: 0, score: 0 })),
          phrasings: new Map(),
        };
        const word = match.words[i] ?? { quality: 0, score: 0 };
        const field = r.field === 'kw' ? KEYWORD_QUALITY : r.field === 'parts' ? PART_WEIGHT : 1;
        const quality = weight * field * hitQuality(r, term);
        word.quality = Math.max(word.quality, quality);
        word.score = Math.max(word.score, weight * r.score);
        if (r.field !== 'kw' && r.field !== 'parts') {
          const phrasing = match.phrasings.get(r.id) ?? tokens.map(() => 0);
          phrasing[i] = Math.max(phrasing[i] ?? 0, quality);
          match.phrasings.set(r.id, phrasing);
        }
        entries.set(r.entry, match);
      }
    }
  });
  return entries;
}

/**
 * Ranks entries, best first, by coverage: the share of the question they explain, each word weighted by the square of
 * its rarity among entries (so "asbest" outweighs "grofvuil" and "aanbieden") and by how well it matched. The share
 * explained by the entry's best single phrasing, and then BM25, break near-ties.
 */
function rank(
  index: MiniSearch<Doc>,
  tokens: QueryToken[],
  language: Language,
  weightOf: (token: QueryToken) => number,
  entries: readonly KnowledgeEntry[],
  municipality: Municipality | null,
): Ranked[] {
  const weights = tokens.map(weightOf);
  const total = weights.reduce((a, b) => a + b, 0);
  const ranked: Ranked[] = [];
  const share = (qualities: readonly number[]) =>
    qualities.reduce((sum, q, i) => sum + q * (weights[i] ?? 0), 0) / total;
  for (const [entryIndex, { words, phrasings }] of matchWords(index, tokens, language)) {
    const entry = entries[entryIndex];
    if (entry === undefined) continue;
    if (entry.municipality !== undefined && municipality !== null && entry.municipality !== municipality) continue;
    const own = entry.municipality !== undefined && entry.municipality === municipality;
    const coverage = share(words.map((w) => w.quality));
    // One phrasing that says it all beats the same words spread over several phrasings.
    const phrase = Math.max(0, ...[...phrasings.values()].map(share));
    const bm25 = words.reduce((sum, w) => sum + w.score, 0);
    const score =
      (coverage + PHRASE_WEIGHT * phrase + TIE_BREAK * (bm25 / (bm25 + 10))) * (own ? OWN_MUNICIPALITY_BOOST : 1);
    const onTopic = words.some((w, i) => w.quality > 0 && tokens[i]?.intent === false);
    ranked.push({ entry: entryIndex, coverage, score, onTopic });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
