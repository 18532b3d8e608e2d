import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { showcaseRows } from './demo-addresses.ts';
import { placeWords, streetStems, streetSuffixes, surnames, trades } from './demo-names.ts';
import { KOAD_COLUMNS } from './koad-record.ts';

/**
 * A deterministic stand-in for Irado's KOAD register: the same options always give the same file, byte for byte. It
 * copies the real register's shape (legacy reference §6.2) — three municipalities plus ~8.4% rows outside the ranges,
 * `1234 AB` and `nan` postcodes, ranges and letters in KOAD-huisnr, house letters in KOAD-etage, businesses with names,
 * mixed keys, inactive rows — and contains the documented `demoAddresses`.
 */
export interface DemoRegisterOptions {
  /** Generated rows besides the showcase rows; default 128,000. */
  rows?: number;
  seed?: number;
}

interface Area {
  city: string;
  share: number;
  codes: readonly number[];
}

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const AREAS: readonly Area[] = [
  { city: 'Capelle aan den IJssel', share: 0.277, codes: span(2900, 2909) },
  { city: 'Schiedam', share: 0.328, codes: span(3100, 3125) },
  { city: 'Vlaardingen', share: 0.311, codes: span(3130, 3138) },
  { city: 'Rotterdam', share: 0.059, codes: span(3011, 3089) },
  { city: 'Maassluis', share: 0.017, codes: span(3140, 3147) },
  { city: 'Rozenburg', share: 0.008, codes: [3181] },
];

/** mulberry32: small, fast and good enough for demo data; Math.random would make every file different. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = [
  number: string,
  street: string,
  pc: string,
  huisaand: string,
  huisnr: string,
  etage: string,
  name: string,
  actief: string,
  inwoner: string,
];

/** Generates the register's rows (CSV cells), showcase rows first. */
export function* demoRegisterRows(opts: DemoRegisterOptions = {}): Generator<readonly string[]> {
  const total = opts.rows ?? 128_000;
  const random = prng(opts.seed ?? 20251013);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let koadNumber = 10_000;
  const nextNumber = () => {
    koadNumber += 1 + Math.floor(random() * 2); // gaps, as in a register where numbers were retired
    return String(koadNumber);
  };
  yield* showcaseRows;
  for (const area of AREAS) {
    const target = Math.round(total * area.share);
    const letters = new Map<number, number>();
    const streets = streetNames(random);
    let made = 0;
    for (let s = 0; made < target; s++) {
      const street = streets[s % streets.length] ?? 'Dorpsstraat';
      const code = area.codes[s % area.codes.length] ?? 0;
      for (let p = 1 + Math.floor(random() * 4); p > 0 && made < target; p--) {
        const postcode = `${code}${nextLetters(letters, code)}`;
        const count = 8 + Math.floor(random() * 22);
        for (let n = 1 + (p % 2), i = 0; i < count && made < target; n += 2, i++) {
          const building = buildingRows(random, pick, street, postcode, n);
          if (building.skipNext) n += 2;
          for (const row of building.rows) {
            row[0] = nextNumber();
            yield applyQuirks(random, row);
            made += 1;
          }
        }
      }
    }
  }
}

/** Postcode letters in order AA, AB, …, skipping the X block (reserved for the showcase) and SA, SD, SS (unused in NL). */
function nextLetters(used: Map<number, number>, code: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWYZ';
  for (;;) {
    const index = used.get(code) ?? 0;
    used.set(code, index + 1);
    const letters = `${alphabet[Math.floor(index / 25) % 25]}${alphabet[index % 25]}`;
    if (!['SA', 'SD', 'SS'].includes(letters)) return letters;
  }
}

function streetNames(random: () => number): string[] {
  const names = streetStems.flatMap((stem) =>
    streetSuffixes.map((suffix) => `${stem}${stem.includes(' ') ? ` ${suffix}` : suffix}`),
  );
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  return names;
}

function companyName(random: () => number, pick: <T>(list: readonly T[]) => T): string {
  const kind = random();
  if (kind < 0.01) return `${pick(surnames)}, ${pick(trades)} BV`; // a comma: the writer must quote it
  const base = kind < 0.55 ? `${pick(surnames)} ${pick(trades)}` : `${pick(trades)} ${pick(placeWords)}`;
  return random() < 0.5 ? `${base} BV` : base;
}

/**
 * The rows of one address. Proportions are tuned so the whole file matches the real one: ~13% rows with a house
 * letter in KOAD-etage, ~3% businesses, ~1.3k keys mixing a business with homes, ~150 ranges.
 */
function buildingRows(
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
  street: string,
  postcode: string,
  n: number,
): { rows: Row[]; skipNext: boolean } {
  const home = (etage = '', huisnr = String(n)): Row => [
    '',
    street,
    postcode,
    '',
    huisnr,
    etage,
    `${postcode}${huisnr}`,
    '1',
    '1',
  ];
  const firm = (huisnr = String(n), huisaand = ''): Row => [
    '',
    street,
    postcode,
    huisaand,
    huisnr,
    '',
    companyName(random, pick),
    '1',
    '0',
  ];
  const r = random();
  if (r < 0.012) {
    const homes = 1 + Math.floor(random() * 3);
    const lettered = random() < 0.85; // else a home and a practice at one bare number: ambiguous (Decision 5)
    return {
      rows: [firm(), ...Array.from({ length: homes }, (_, i) => home(lettered ? 'ABCDE'[i] : ''))],
      skipNext: false,
    };
  }
  if (r < 0.0333) {
    if (random() < 0.07) return { rows: [firm(`${n}-${n + 2}`)], skipNext: true };
    return { rows: [firm(String(n), random() < 0.2 ? String(100 + Math.floor(random() * 150)) : '')], skipNext: false };
  }
  if (r < 0.067) {
    const floors = 2 + Math.floor(random() * 4);
    return { rows: Array.from({ length: floors }, (_, i) => home('ABCDE'[i])), skipNext: false };
  }
  if (r < 0.0673) return { rows: [home('', `${n}${pick(['A', 'B'])}`)], skipNext: false };
  return { rows: [home()], skipNext: false };
}

/** The export's defects, at the real file's rates: spaced and `nan` postcodes, `nan` numbers, inactive rows. */
function applyQuirks(random: () => number, row: Row): Row {
  const r = random();
  if (r < 0.005) row[2] = 'nan';
  else if (r < 0.0059) row[2] = '';
  else if (r < 0.1279) row[2] = `${row[2].slice(0, 4)} ${row[2].slice(4)}`;
  if (random() < 0.0023) row[4] = 'nan';
  if (random() < 0.011) row[7] = '0';
  return row;
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The demo register as CSV text chunks (header first), for streaming to a file or straight into the parser. */
export function* demoRegisterCsv(opts: DemoRegisterOptions = {}): Generator<string> {
  let chunk = `${KOAD_COLUMNS.join(',')}\n`;
  for (const row of demoRegisterRows(opts)) {
    chunk += `${row.map(csvCell).join(',')}\n`;
    if (chunk.length > 64_000) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

/**
 * Writes the demo register to `path` (folders created), streamed. Written aside and renamed, so a service starting at
 * the same moment never reads half a file.
 */
export async function writeDemoRegister(path: string, opts: DemoRegisterOptions = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  try {
    await pipeline(Readable.from(demoRegisterCsv(opts)), createWriteStream(partial));
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
}
