import type { Language } from '@irado/kernel';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import type { EngineTexts } from './texts.ts';
import { tr } from './tr.ts';

export type { EngineTexts } from './texts.ts';

const byLanguage: Partial<Record<Language, EngineTexts>> = { nl, en, tr, ar };

/** Registers the texts of a language (Turkish and Arabic live in their own files). */
export function registerEngineTexts(language: Language, texts: EngineTexts): void {
  byLanguage[language] = texts;
}

/** The engine's texts in a language; English until a language has its own table. */
export function textsFor(language: Language): EngineTexts {
  return byLanguage[language] ?? en;
}
