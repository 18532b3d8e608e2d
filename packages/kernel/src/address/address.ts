/** Postcode and house-number handling shared by the register import, the address check and the chat. */

/** A Dutch postcode as stored and compared: four digits and two capitals, no space ("3112AB"). */
export type Postcode = string;

export interface HouseNumber {
  number: number;
  /** Letter or suffix, upper case without separators ("B", "1", "BIS"), or null. */
  addition: string | null;
}

/** "3112 ab" → "3112AB"; null when it is not four digits (not starting with 0) and two letters. */
export function normalisePostcode(text: string): Postcode | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}[A-Z]{2}$/.test(compact) ? compact : null;
}

/** Upper case, without spaces, hyphens, dots or slashes: "-b" → "B", "1 hoog" → "1HOOG". */
export function normaliseAddition(text: string | null | undefined): string | null {
  const compact = (text ?? '').replace(/[\s\-./]+/g, '').toUpperCase();
  return compact === '' || compact === 'NAN' ? null : compact;
}

/** "12" → 12; "12a", "12 A", "45-B", "12-1", "12 bis" → number with addition; null without a leading number. */
export function parseHouseNumber(text: string): HouseNumber | null {
  const match = /^\s*(\d{1,5})\s*[-/]?\s*([a-z0-9][a-z0-9 -]{0,9})?\s*$/i.exec(text);
  if (!match) return null;
  const number = Number.parseInt(match[1] ?? '', 10);
  if (!(number > 0)) return null;
  return { number, addition: normaliseAddition(match[2]) };
}

/** "12" + "B" → "12B": the house number as the driver needs it, addition kept (§10.2). */
export function formatHouseNumber(h: HouseNumber): string {
  return h.addition ? `${h.number}${/^\d/.test(h.addition) ? `-${h.addition}` : h.addition}` : String(h.number);
}
