/**
 * Text normalisation and tokenisation for matching what residents type against the catalogue. Pure string work: the
 * same function runs over catalogue terms and chat text, so both sides always agree on spelling.
 */

/** A normalised text plus, for every UTF-16 unit of it, the span of the original text it came from. */
export interface NormalizedText {
  text: string;
  /** `start[i]` is the index in the original text of the character that produced `text[i]`. */
  start: number[];
  /** `end[i]` is the index just after that original character. */
  end: number[];
}

/** One token of a normalised text, with the span of the resident's own words it came from. */
export interface Token {
  kind: 'word' | 'num' | 'sep';
  /** The normalised token, e.g. `gardirobumu`, `1.5`, `,`. */
  norm: string;
  /** Numeric value of a `num` token; `1m80` has value 1.8. */
  value: number;
  /** True for `1m80`-style tokens, which carry their own unit (metres). */
  inMetres: boolean;
  /** Span in the original text. */
  from: number;
  to: number;
  /** The resident's own characters for this token, e.g. `Één`; tells `één` (one) from `een` (a) and names from items. */
  raw: string;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Arabic vowel marks, hamza-above/below left over after NFD, superscript alef and tatweel: residents rarely type them and
// the catalogue may or may not, so they are dropped on both sides.
const ARABIC_MARKS = /[\u0640\u064b-\u065f\u0670]/g;
const SPECIAL: Record<string, string> = {
  ı: 'i',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00b4': "'",
  // Alef maqsura and ta marbuta are written both ways by residents; fold them like search engines do.
  ى: 'ي',
  ة: 'ه',
  ß: 'ss',
};

// Folded non-ASCII characters; bounded by the number of distinct code points residents type.
const foldCache = new Map<string, string>();

/** Normalises one code point: lower case, no diacritics, ASCII digits. */
function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldUncached(ch, code);
    foldCache.set(ch, folded);
  }
  return folded;
}

function foldUncached(ch: string, code: number): string {
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const folded = ch.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(ARABIC_MARKS, '');
  return SPECIAL[folded] ?? folded;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Normalises `input` and keeps, for every output character, where it came from: lower case, diacritics stripped (NFD
 * minus U+0300–U+036F), Turkish ı → i, Arabic-Indic digits → ASCII, runs of whitespace collapsed to one space (or one
 * newline when the run holds a line break, because lines separate list items), ends trimmed, and a decimal comma
 * between digits turned into a point (`1,5` → `1.5`).
 */
export function normalizeWithOffsets(input: string): NormalizedText {
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let space = '';
  let spaceAt = 0;
  for (let i = 0; i < input.length; ) {
    const code = input.codePointAt(i) ?? 0;
    const ch = code < 128 ? (input[i] ?? '') : String.fromCodePoint(code);
    const next = i + ch.length;
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(ch))) {
      if (out.length > 0 && (space === '' || ch === '\n')) [space, spaceAt] = [ch === '\n' ? '\n' : ' ', i];
      i = next;
      continue;
    }
    const folded = foldChar(ch);
    if (folded.length > 0 && space !== '') {
      out.push(space);
      start.push(spaceAt);
      end.push(spaceAt + 1);
      space = '';
    }
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k] ?? '');
      start.push(i);
      end.push(next);
    }
    i = next;
  }
  for (let k = 1; k < out.length - 1; k++) {
    if (out[k] === ',' && isDigit(out[k - 1]) && isDigit(out[k + 1])) out[k] = '.';
  }
  return { text: out.join(''), start, end };
}

/** Normalises text for matching; see `normalizeWithOffsets` for the rules. */
export function normalizeText(input: string): string {
  return normalizeWithOffsets(input).text;
}

// Order matters: e-mail and web addresses are skipped whole; `1m80`, `2-zitsbank` and `3d-printer` before plain numbers; an `x`
// directly before a digit is its own token so `60x60x85` and `x2` split; `.` only reaches the last group outside a
// number, where it ends a sentence.
const TOKEN =
  /([\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}@[\p{L}\p{N}.-]+|https?:\/\/\S+|www\.\S+)|(\d+m\d{2}(?!\d))|(\d+\p{L}*-\p{L}[\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*)|(\d+(?:\.\d+)?)|([x×](?=\s?\d))|(\p{L}[\p{L}\p{M}\p{N}]*(?:['-][\p{L}\p{M}\p{N}]+)*)|([,;\n•●▪◦·*&+!?¡¿،؛؟….-])/gu;

/** Splits a text into word, number and separator tokens, each tied to its span of `input`. */
export function tokenize(input: string): Token[] {
  const norm = normalizeWithOffsets(input);
  const tokens: Token[] = [];
  for (const m of norm.text.matchAll(TOKEN)) {
    if (m[1] !== undefined) continue;
    const at = m.index ?? 0;
    const last = at + m[0].length - 1;
    const from = norm.start[at] ?? 0;
    const to = norm.end[last] ?? input.length;
    const token: Token = {
      kind: m[7] !== undefined ? 'sep' : m[2] !== undefined || m[4] !== undefined ? 'num' : 'word',
      norm: m[0],
      value: m[2] !== undefined ? metresAndCentimetres(m[0]) : m[4] !== undefined ? Number(m[0]) : Number.NaN,
      inMetres: m[2] !== undefined,
      from,
      to,
      raw: input.slice(from, to),
    };
    if (!isListNumber(token, tokens, norm.text, at + m[0].length)) tokens.push(token);
  }
  return tokens;
}

/** `1m80` → 1.8. */
function metresAndCentimetres(s: string): number {
  const [m = '0', cm = '0'] = s.split('m');
  return Number(m) + Number(cm) / 100;
}

/** A number that opens a line and is followed by `)`, as in "2) stoelen", numbers the list; it is no quantity. */
function isListNumber(token: Token, before: readonly Token[], text: string, after: number): boolean {
  if (token.kind !== 'num' || text[after] !== ')') return false;
  const prev = before.at(-1);
  return prev === undefined || prev.norm === '\n';
}
