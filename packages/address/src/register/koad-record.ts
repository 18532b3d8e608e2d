import { normaliseAddition, normalisePostcode, parseHouseNumber } from '@irado/kernel';

/** The exact header of a KOAD export, in this order (legacy reference §6.1). */
export const KOAD_COLUMNS = [
  'KOAD-nummer',
  'KOAD-str',
  'KOAD-pc',
  'KOAD-huisaand',
  'KOAD-huisnr',
  'KOAD-etage',
  'KOAD-naam',
  'KOAD-actief',
  'KOAD-inwoner',
] as const;

/** One register row as stored: the file's cells (NULL for `nan`/empty) plus the normalised lookup keys. */
export interface KoadRecord {
  koadNumber: string;
  street: string | null;
  postcodeRaw: string | null;
  huisaand: string | null;
  huisnrRaw: string | null;
  etage: string | null;
  name: string | null;
  active: boolean;
  resident: boolean;
  /** "3112AB", or null when the cell is not a valid postcode (the row is then unusable for lookups). */
  postcode: string | null;
  /** The (first) house number, or null when the cell holds none. */
  houseNumber: number | null;
  /** Last number of a range such as `20-22`; null for a single number. */
  houseNumberTo: number | null;
  additions: string[];
}

/** `nan` in any case and blank cells mean "no value": pandas wrote empty cells as `nan` in earlier exports. */
export function cell(text: string | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' || trimmed.toLowerCase() === 'nan' ? null : trimmed;
}

interface NumberKeys {
  houseNumber: number | null;
  houseNumberTo: number | null;
  addition: string | null;
}

/**
 * KOAD-huisnr → keys. `20-22` (second number larger) is a range; `12-1` is 12 with addition 1, as the kernel reads it;
 * `12.0` is 12, because pandas exports turned integers into floats.
 */
export function parseKoadHouseNumber(raw: string | null): NumberKeys {
  const none = { houseNumber: null, houseNumberTo: null, addition: null };
  if (raw === null) return none;
  const float = /^(\d{1,5})\.0+$/.exec(raw);
  const text = float ? (float[1] ?? '') : raw;
  const range = /^(\d{1,5})\s*-\s*(\d{1,5})$/.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from > 0 && to > from) return { houseNumber: from, houseNumberTo: to, addition: null };
  }
  const parsed = parseHouseNumber(text);
  return parsed ? { houseNumber: parsed.number, houseNumberTo: null, addition: parsed.addition } : none;
}

/** The raw cells of one validated data line, in {@link KOAD_COLUMNS} order. */
export type KoadCells = readonly string[];

/**
 * Builds the stored record from a line whose number and flags were already validated. Additions collect the letter of
 * the number, KOAD-huisaand and KOAD-etage (where the register usually keeps the house letter, §10.3), de-duplicated.
 */
export function toKoadRecord(cells: KoadCells, active: boolean, resident: boolean): KoadRecord {
  const [koadNumber, street, postcodeRaw, huisaand, huisnrRaw, etage, name] = cells.map(cell);
  const keys = parseKoadHouseNumber(huisnrRaw ?? null);
  const additions = [keys.addition, normaliseAddition(huisaand), normaliseAddition(etage)].filter(
    (a): a is string => a !== null,
  );
  return {
    koadNumber: koadNumber ?? '',
    street: street ?? null,
    postcodeRaw: postcodeRaw ?? null,
    huisaand: huisaand ?? null,
    huisnrRaw: huisnrRaw ?? null,
    etage: etage ?? null,
    name: name ?? null,
    active,
    resident,
    postcode: postcodeRaw ? normalisePostcode(postcodeRaw) : null,
    houseNumber: keys.houseNumber,
    houseNumberTo: keys.houseNumberTo,
    additions: [...new Set(additions)],
  };
}

/** Whether the address check can find this row: it needs a postcode and a house number. */
export function isUsable(record: KoadRecord): boolean {
  return record.postcode !== null && record.houseNumber !== null;
}
