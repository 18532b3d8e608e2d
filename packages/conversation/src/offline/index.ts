import type { CatalogueEntry } from '@irado/kernel';
import type { Understanding } from '../engine/ports.ts';
import { understandOffline } from './understand.ts';

/** The built-in understanding, used when no LLM is configured and whenever the LLM fails. */
export function createOfflineUnderstanding(catalogue: readonly CatalogueEntry[]): Understanding {
  return { understand: async ({ message, state }) => understandOffline(message, state, catalogue) };
}
