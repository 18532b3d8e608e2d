import type { Language, Municipality, NlEn, RuleSet } from '@irado/kernel';

/** Subjects the knowledge base is organised by; one entry file per group of topics under `src/entries/`. */
export type Topic =
  | 'general'
  | 'booking'
  | 'put_out'
  | 'sizes'
  | 'huisraad'
  | 'ijzer_ea'
  | 'mattresses'
  | 'garden'
  | 'refused'
  | 'kca'
  | 'asbestos'
  | 'milieustraat'
  | 'alternatives'
  | 'business'
  | 'contact'
  | 'service_area';

/**
 * One curated answer. Its text is rendered from the rule data at answer time, so a new rule set changes every answer
 * that quotes a figure without touching this package.
 */
export interface KnowledgeEntry {
  /** Stable, kebab-case; logged with every answer so staff can trace which entry spoke. */
  id: string;
  topic: Topic;
  /**
   * Set when the entry only holds for one municipality (e.g. the Vlaardingen flat rule). Such an entry is never
   * returned for a question about another municipality and always renders for its own.
   */
  municipality?: Municipality;
  /** How residents ask it: several phrasings per language, informal ones and typos included. Only used to retrieve. */
  questions: { nl: string[]; en: string[]; tr?: string[]; ar?: string[] };
  /** Extra words that point to this entry (Dutch or English), weighted below the questions. */
  keywords: string[];
  /** The irado.nl page for the topic; may depend on the municipality. */
  url: (rules: RuleSet, municipality: Municipality | null) => string;
  /**
   * The answer, 2–5 sentences. Every figure comes from `rules`; none is typed in the entry.
   * With `municipality` null, an answer that differs per municipality states each municipality's value.
   */
  answer: (rules: RuleSet, municipality: Municipality | null) => NlEn;
}

/** Options of `KnowledgeBase.search`. */
export interface SearchOptions {
  /** Language of the question. `tr` and `ar` questions are searched as typed but answered in English (see README). */
  language: Language;
  /** The municipality already known in the conversation; a municipality named in the question wins over it. */
  municipality?: Municipality | null;
}

/** A confident answer to a question. */
export interface SearchHit {
  entry: KnowledgeEntry;
  /** Relevance after municipality adjustments; only comparable between hits for the same question. */
  score: number;
  /** Rendered answer with its irado.nl link: Dutch for `nl`, English for every other language. */
  answer: string;
  url: string;
}
