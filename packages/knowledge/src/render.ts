import type { Municipality, NlEn, RuleSet } from '@irado/kernel';
import { link } from './format.ts';
import type { KnowledgeEntry } from './types.ts';

/** A rendered entry: the answer in both languages, each ending in its irado.nl link, and the link itself. */
export interface RenderedEntry extends NlEn {
  url: string;
}

/**
 * Renders an entry for a municipality. An entry written for one municipality always renders for it, whatever the
 * conversation knows, so its text and its figures agree.
 */
export function renderEntry(entry: KnowledgeEntry, rules: RuleSet, municipality: Municipality | null): RenderedEntry {
  const m = entry.municipality ?? municipality;
  const text = entry.answer(rules, m);
  const url = entry.url(rules, m);
  return {
    nl: `${text.nl}\n\nMeer informatie: ${link(url)}`,
    en: `${text.en}\n\nMore information: ${link(url)}`,
    url,
  };
}
