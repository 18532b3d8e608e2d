import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AppError } from '@irado/errors';
import type pg from 'pg';
import { writeDemoRegister } from './demo-register.ts';
import {
  isEmpty,
  type KoadImportSource,
  type ReplaceOptions,
  recordFailedImport,
  replaceAll,
} from './koad-repository.ts';
import { type KoadCsvProblem, parseKoadCsvFile } from './parse-koad-csv.ts';

/** A KOAD file that did not validate; `problems` are the first row errors, worded for staff. */
export class KoadFileInvalidError extends AppError {
  constructor(
    readonly problems: KoadCsvProblem[],
    readonly truncated: boolean,
  ) {
    super(
      'VALIDATION',
      `KOAD file rejected: ${problems.length}${truncated ? '+' : ''} problem(s); the register is unchanged`,
    );
  }
}

export interface ImportRegisterOptions {
  source: KoadImportSource;
  /** Name to record (an upload's original name); default the file's base name. */
  filename?: string;
  maxProblems?: number;
  onProgress?: ReplaceOptions['onProgress'];
}

export interface ImportRegisterResult {
  importId: string;
  rowsImported: number;
  rowsSkippedUnusable: number;
  timings: { parseMs: number; loadMs: number; indexMs: number; swapMs: number; totalMs: number };
}

/**
 * Replaces the register with a KOAD CSV file: the whole file is validated first, then loaded atomically. A bad file
 * throws {@link KoadFileInvalidError} (code VALIDATION) and is recorded as a failed import; the register is unchanged.
 */
export async function importRegisterFile(
  pool: pg.Pool,
  path: string,
  opts: ImportRegisterOptions,
): Promise<ImportRegisterResult> {
  const start = performance.now();
  const filename = opts.filename ?? basename(path);
  const parsed = await parseKoadCsvFile(path, opts.maxProblems === undefined ? {} : { maxProblems: opts.maxProblems });
  const parseMs = performance.now() - start;
  if (!parsed.ok) {
    const error = new KoadFileInvalidError(parsed.problems, parsed.truncated);
    const summary = parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('\n');
    await recordFailedImport(pool, { source: opts.source, filename, error: `${error.message}\n${summary}` }).catch(
      () => {},
    );
    throw error;
  }
  const result = await replaceAll(pool, parsed.records, {
    source: opts.source,
    filename,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return {
    importId: result.importId,
    rowsImported: result.rowsImported,
    rowsSkippedUnusable: result.rowsSkippedUnusable,
    timings: { parseMs, ...result.timings, totalMs: performance.now() - start },
  };
}

/**
 * For a service's start-up: when the register is empty (a new installation, a demo), loads the demo register from
 * `$DATA_DIR/koad-demo.csv`, generating that file first if it is absent, through the same import path as an upload.
 * Resolves to the import result, or null when the register already had rows.
 */
export async function ensureRegisterLoaded(pool: pg.Pool, dataDir: string): Promise<ImportRegisterResult | null> {
  if (!(await isEmpty(pool))) return null;
  const path = join(dataDir, 'koad-demo.csv');
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (!exists) await writeDemoRegister(path);
  return importRegisterFile(pool, path, { source: 'demo' });
}
