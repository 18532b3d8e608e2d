import type { Language } from '@irado/kernel';

export type { Language };

/** A reply button: pressing it sends `value` as the next message. */
export interface BotButton {
  id: string;
  label: string;
  value: string;
  variant: 'primary' | 'secondary';
}

/** The `output` of the chat API (the earlier system's contract). */
export interface BotOutput {
  text: string;
  language: Language;
  buttons: BotButton[];
  showAfvalplaatsImage: boolean;
}

export const LANGUAGES: readonly Language[] = ['nl', 'en', 'tr', 'ar'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
