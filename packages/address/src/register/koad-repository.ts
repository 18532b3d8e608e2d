import { performance } from 'node:perf_hooks';
import { AppError } from '@irado/errors';
import { normalisePostcode, type RegisterRow } from '@irado/kernel';
import type pg from 'pg';
import { isUsable, type KoadRecord } from './koad-record.ts';
import { createStaging, dropStaging, indexStaging, insertBatch, stagingNames, swapIn } from './koad-staging.ts';

/** A pool, or a client borrowed from one. */
export type Queryable = pg.Pool | pg.PoolClient;

/** A register row as the address check needs it: the kernel's view plus what goes into the request. */
export interface KoadRow extends RegisterRow {
  street: string | null;
  name: string | null;
}

const lookupSql = `
  select koad_number, postcode, additions, active, resident, street, name
  from koad_register
  where postcode = $1 and house_number <= $2 and coalesce(house_number_to, house_number) >= $2`;

/**
 * Every row (active or not) for this postcode and house number, a range row such as `20-22` included for 21. One
 * query on the (postcode, house_number) index. `houseNumber` of each row is the number asked for, so the kernel's
 * `classifyByRegister` can match range rows too. An invalid postcode gives no rows.
 */
export async function lookup(db: Queryable, postcode: string, houseNumber: number): Promise<KoadRow[]> {
  const key = normalisePostcode(postcode);
  if (!key || !Number.isInteger(houseNumber) || houseNumber <= 0) return [];
  const { rows } = await db.query<{
    koad_number: string;
    postcode: string;
    additions: string[];
    active: boolean;
    resident: boolean;
    street: string | null;
    name: string | null;
  }>(lookupSql, [key, houseNumber]);
  return rows.map((r) => ({
    koadNumber: r.koad_number,
    postcode: r.postcode,
    houseNumber,
    additions: r.additions,
    active: r.active,
    resident: r.resident,
    street: r.street,
    name: r.name,
  }));
}

/** One `koad_imports` row, as the dashboard shows it. */
export interface KoadImport {
  id: string;
  startedAt: Date;
  finishedAt: Date | null;
  source: KoadImportSource;
  filename: string | null;
  rowsTotal: number | null;
  rowsImported: number | null;
  rowsSkippedUnusable: number | null;
  status: 'running' | 'succeeded' | 'failed';
  error: string | null;
}

export type KoadImportSource = 'demo' | 'upload' | 'cli';

/** Register totals for the dashboard. Residents and businesses count active rows only, as the address check does. */
export interface KoadStats {
  rows: number;
  active: number;
  residents: number;
  businesses: number;
  postcodes: number;
  /** The most recent import, whatever its outcome, so a failed upload is visible. */
  lastImport: KoadImport | null;
}

const statsSql = `
  select count(*)::int as rows,
         count(*) filter (where active)::int as active,
         count(*) filter (where active and resident)::int as residents,
         count(*) filter (where active and not resident)::int as businesses,
         count(distinct postcode)::int as postcodes,
         (select json_build_object('id', id::text, 'startedAt', started_at, 'finishedAt', finished_at, 'source', source,
                 'filename', filename, 'rowsTotal', rows_total, 'rowsImported', rows_imported,
                 'rowsSkippedUnusable', rows_skipped_unusable, 'status', status, 'error', error)
          from koad_imports order by id desc limit 1) as last_import
  from koad_register`;

/** Totals of the register and its last import, in one query. */
export async function stats(db: Queryable): Promise<KoadStats> {
  const { rows } = await db.query(statsSql);
  const { last_import: last, ...totals } = rows[0] as Omit<KoadStats, 'lastImport'> & { last_import: unknown };
  const raw = last as (KoadImport & { startedAt: string; finishedAt: string | null }) | null;
  const lastImport = raw
    ? { ...raw, startedAt: new Date(raw.startedAt), finishedAt: raw.finishedAt ? new Date(raw.finishedAt) : null }
    : null;
  return { ...totals, lastImport };
}

/** Whether the register holds no row at all (a new installation). */
export async function isEmpty(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ empty: boolean }>('select not exists (select 1 from koad_register) as empty');
  return rows[0]?.empty ?? true;
}

export interface ReplaceOptions {
  source: KoadImportSource;
  filename?: string | null;
  /** Rows per insert; ~5000 keeps each statement well under PostgreSQL's 65k-parameter and PGlite's memory limits. */
  batchSize?: number;
  /** Called after each batch, for real progress in the dashboard (and for tests that look in mid-import). */
  onProgress?: (progress: { loaded: number; total: number }) => void | Promise<void>;
}

export interface ReplaceResult {
  importId: string;
  rowsImported: number;
  rowsSkippedUnusable: number;
  timings: { loadMs: number; indexMs: number; swapMs: number };
}

/**
 * Replaces the whole register with `records`, atomically: readers see the old register until one short swap
 * transaction commits. On any failure the old register is untouched, the import is recorded as failed with the error,
 * and an AppError is thrown (VALIDATION for bad data such as a duplicate KOAD-nummer, else DATABASE_UNAVAILABLE).
 */
export async function replaceAll(
  pool: pg.Pool,
  records: readonly KoadRecord[],
  opts: ReplaceOptions,
): Promise<ReplaceResult> {
  const importId = await startImport(pool, opts, records.length);
  const names = stagingNames(importId);
  const batchSize = opts.batchSize ?? 5_000;
  const unusable = records.reduce((n, r) => (isUsable(r) ? n : n + 1), 0);
  const mark = performance.now();
  try {
    await createStaging(pool, names);
    for (let start = 0; start < records.length; start += batchSize) {
      await insertBatch(pool, names.staging, records.slice(start, start + batchSize));
      await opts.onProgress?.({ loaded: Math.min(start + batchSize, records.length), total: records.length });
    }
    const loaded = performance.now();
    await indexStaging(pool, names);
    const indexed = performance.now();
    await swapIn(pool, names, importId, { imported: records.length, unusable });
    const swapped = performance.now();
    const timings = { loadMs: loaded - mark, indexMs: indexed - loaded, swapMs: swapped - indexed };
    return { importId, rowsImported: records.length, rowsSkippedUnusable: unusable, timings };
  } catch (error) {
    await dropStaging(pool, names);
    const message = error instanceof Error ? error.message : String(error);
    await markFailed(pool, importId, message).catch(() => {});
    throw new AppError(
      isDataError(error) ? 'VALIDATION' : 'DATABASE_UNAVAILABLE',
      `KOAD import failed: ${message}`,
      undefined,
      {
        cause: error,
      },
    );
  }
}

/** Records an import that failed before or during loading, e.g. a file that did not validate. */
export async function recordFailedImport(
  db: Queryable,
  opts: { source: KoadImportSource; filename?: string | null; rowsTotal?: number | null; error: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into koad_imports (source, filename, rows_total, status, finished_at, error)
     values ($1, $2, $3, 'failed', now(), $4) returning id::text`,
    [opts.source, opts.filename ?? null, opts.rowsTotal ?? null, opts.error],
  );
  return rows[0]?.id ?? '';
}

async function startImport(db: Queryable, opts: ReplaceOptions, rowsTotal: number): Promise<string> {
  try {
    const { rows } = await db.query<{ id: string }>(
      'insert into koad_imports (source, filename, rows_total) values ($1, $2, $3) returning id::text',
      [opts.source, opts.filename ?? null, rowsTotal],
    );
    return rows[0]?.id ?? '';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('DATABASE_UNAVAILABLE', `KOAD import could not start: ${message}`, undefined, { cause: error });
  }
}

function markFailed(db: Queryable, importId: string, error: string) {
  return db.query(`update koad_imports set status = 'failed', finished_at = now(), error = $2 where id = $1`, [
    importId,
    error,
  ]);
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation): the data is wrong, not the server. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^2[23]/.test(code);
}
