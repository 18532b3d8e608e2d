import { type CatalogueEntry, type Language, matchItems } from '@irado/kernel';
import type { ItemInput } from '../actions.ts';

/**
 * Gives each item the model proposed its catalogue entry by the kernel's matcher on the resident's words, so what an
 * item is (and so which rules apply) is never the model's call. Only words the matcher does not know keep a
 * catalogue id the model gave, and only one that exists; anything else stays unknown for the engine to ask about.
 * An entry the matcher reads as several items ("een bank en twee stoelen") becomes those items.
 */
export function resolveItems(
  items: ItemInput[],
  language: Language,
  catalogue: readonly CatalogueEntry[],
): ItemInput[] {
  const known = new Set(catalogue.map((e) => e.id));
  return items.flatMap((item): ItemInput[] => {
    const matched = matchItems(item.text, language, catalogue).filter((m) => m.catalogueId !== null);
    if (matched.length > 1) {
      return matched.map((m) => ({ text: m.text, catalogueId: m.catalogueId, quantity: m.quantity }));
    }
    const catalogueId =
      matched[0]?.catalogueId ?? (item.catalogueId && known.has(item.catalogueId) ? item.catalogueId : null);
    return [{ ...item, catalogueId }];
  });
}
