import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { KOAD_COLUMNS, type KoadRecord, toKoadRecord } from './koad-record.ts';

/** One problem in an uploaded file, worded for the staff member who has to fix it (the dashboard shows it). */
export interface KoadCsvProblem {
  /** 1-based line in the file; the header is line 1. */
  line: number;
  column?: string;
  message: string;
}

/** All records of a valid file, or the first problems of an invalid one: never a partial register. */
export type KoadCsvResult =
  | { ok: true; records: KoadRecord[] }
  | { ok: false; problems: KoadCsvProblem[] /** More problems exist than were reported. */; truncated: boolean };

export interface ParseKoadCsvOptions {
  /** Most problems reported; the rest of the file is still read, to tell whether there were more. Default 20. */
  maxProblems?: number;
}

const FLAG_COLUMNS = [7, 8] as const; // KOAD-actief, KOAD-inwoner
const NOT_UTF8 =
  'The file is not UTF-8 text (a character could not be read). Save it as "CSV UTF-8 (comma delimited)" and upload it again.';

/**
 * Reads a KOAD export (UTF-8, BOM allowed, comma-separated) as a stream and validates all of it: the exact header, the
 * field count of every line, a unique non-empty KOAD-nummer, and 0/1 flags. Only a file without problems yields records.
 */
export async function parseKoadCsv(
  input: Readable | Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>,
  opts: ParseKoadCsvOptions = {},
): Promise<KoadCsvResult> {
  const check = new FileCheck(opts.maxProblems ?? 20);
  const parser = parse({
    info: true,
    bom: true,
    relax_column_count: true, // field counts are checked per line, so the message can name the line
    relax_quotes: true, // a quote inside an unquoted name (Bakkerij "De Molen") is text, not an error
    skip_empty_lines: true,
  });
  try {
    await pipeline(input instanceof Readable ? input : Readable.from(input), utf8Decoder(), parser, async (rows) => {
      for await (const row of rows as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        check.line(row.record, row.info.lines);
      }
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    check.report({ line: Number(error.lines ?? parser.info.lines), message: csvErrorMessage(error) });
  }
  return check.result();
}

/** {@link parseKoadCsv} for a file on disk. */
export function parseKoadCsvFile(path: string, opts: ParseKoadCsvOptions = {}): Promise<KoadCsvResult> {
  return parseKoadCsv(createReadStream(path), opts);
}

/**
 * Bytes → text. Invalid UTF-8 becomes U+FFFD, which {@link FileCheck} reports with its line number (a fatal decoder
 * would only say that the file is broken, not where).
 */
function utf8Decoder(): Transform {
  const decoder = new TextDecoder('utf-8');
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const text = decoder.decode(chunk, { stream: true });
      done(null, text === '' ? undefined : text);
    },
    flush(done) {
      const rest = decoder.decode();
      done(null, rest === '' ? undefined : rest);
    },
  });
}

/** The validation state of one file, fed line by line. */
class FileCheck {
  private readonly problems: KoadCsvProblem[] = [];
  private readonly records: KoadRecord[] = [];
  private readonly firstLineOf = new Map<string, number>();
  private headerSeen = false;
  private fatal = false;
  private encodingReported = false;
  private reported = 0;

  constructor(private readonly maxProblems: number) {}

  line(cells: string[], line: number): void {
    if (this.fatal) return;
    if (!this.encodingReported && cells.some((c) => c.includes('\uFFFD'))) {
      this.encodingReported = true;
      this.report({ line, message: NOT_UTF8 });
    }
    if (!this.headerSeen) {
      this.headerSeen = true;
      const problem = headerProblem(cells);
      if (problem) {
        this.report({ line, message: problem });
        this.fatal = true; // without the right columns, every line would be reported again
      }
      return;
    }
    this.dataLine(cells, line);
  }

  report(problem: KoadCsvProblem): void {
    this.reported += 1;
    if (this.problems.length < this.maxProblems) this.problems.push(problem);
  }

  result(): KoadCsvResult {
    if (!this.headerSeen && this.problems.length === 0) {
      this.report({ line: 1, message: `The file is empty; expected the header ${KOAD_COLUMNS.join(',')}.` });
    }
    if (this.reported > 0)
      return { ok: false, problems: this.problems, truncated: this.reported > this.problems.length };
    return { ok: true, records: this.records };
  }

  private dataLine(cells: string[], line: number): void {
    if (cells.length !== KOAD_COLUMNS.length) {
      const hint = cells.length > KOAD_COLUMNS.length ? ' A value that contains a comma must be in double quotes.' : '';
      this.report({ line, message: `Expected ${KOAD_COLUMNS.length} fields, found ${cells.length}.${hint}` });
      return;
    }
    const before = this.reported;
    const koadNumber = this.checkKoadNumber(cells[0] ?? '', line);
    const [active, resident] = FLAG_COLUMNS.map((index) => this.checkFlag(cells, index, line));
    if (this.reported === before && koadNumber !== null && active !== undefined && resident !== undefined) {
      this.records.push(toKoadRecord(cells, active, resident));
    }
  }

  private checkKoadNumber(text: string, line: number): string | null {
    const value = text.trim();
    if (value === '' || value.toLowerCase() === 'nan') {
      this.report({ line, column: 'KOAD-nummer', message: 'KOAD-nummer is empty; every row needs its own number.' });
      return null;
    }
    const first = this.firstLineOf.get(value);
    if (first !== undefined) {
      this.report({ line, column: 'KOAD-nummer', message: `KOAD-nummer ${value} is also used on line ${first}.` });
      return null;
    }
    this.firstLineOf.set(value, line);
    return value;
  }

  private checkFlag(cells: string[], index: number, line: number): boolean | undefined {
    const column = KOAD_COLUMNS[index] ?? '';
    const value = (cells[index] ?? '').trim();
    if (value === '1') return true;
    if (value === '0') return false;
    this.report({ line, column, message: `${column} must be 0 or 1, found "${value}".` });
    return undefined;
  }
}

/** What is wrong with the header, naming the columns, or null when it is exactly the KOAD header. */
export function headerProblem(cells: readonly string[]): string | null {
  const found = cells.map((c) => c.trim());
  const expected: readonly string[] = KOAD_COLUMNS;
  if (found.length === expected.length && found.every((c, i) => c === expected[i])) return null;
  const parts = [`The header must be exactly: ${expected.join(',')}.`];
  if (found.length === 1 && /[;\t]/.test(found[0] ?? '')) {
    parts.push('The file uses ";" or tabs between columns; save it as comma-separated CSV.');
    return parts.join(' ');
  }
  const missing = expected.filter((c) => !found.includes(c));
  const unexpected = found.filter((c) => !expected.includes(c));
  if (missing.length > 0) parts.push(`Missing: ${missing.join(', ')}.`);
  if (unexpected.length > 0) parts.push(`Not expected: ${unexpected.map((c) => `"${c}"`).join(', ')}.`);
  if (missing.length === 0 && unexpected.length === 0) parts.push(`Found them in another order: ${found.join(',')}.`);
  return parts.join(' ');
}

function csvErrorMessage(error: CsvError): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'A double quote is opened but never closed.';
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return 'A quoted value is followed by other characters; put the whole value in double quotes and double any quote inside it.';
  }
  return `The line cannot be read as CSV (${error.code}).`;
}
