import type pg from 'pg';
import type { KoadRecord } from './koad-record.ts';

/**
 * The steps of an atomic register replace. A staging table is loaded and indexed outside any transaction, then renamed
 * into place in one implicit transaction of a few DDL statements: lookups see the old register until that commit, and on
 * embedded PGlite (where any open transaction holds up every connection) nobody waits for more than milliseconds.
 */

/** Table names for one import; the id comes from `koad_imports`, so the names are safe to put into SQL text. */
export function stagingNames(importId: string) {
  if (!/^\d+$/.test(importId)) throw new Error(`invalid import id ${importId}`);
  return {
    staging: `koad_register_staging_${importId}`,
    retired: `koad_register_retired_${importId}`,
    stagingPkey: `koad_register_staging_${importId}_pkey`,
    stagingLookup: `koad_register_staging_${importId}_lookup`,
  };
}

type Names = ReturnType<typeof stagingNames>;

/** Same columns, defaults and checks as the register; indexes come after the load, which is faster than maintaining them. */
export async function createStaging(pool: pg.Pool, names: Names): Promise<void> {
  await pool.query(`create table ${names.staging} (like koad_register including defaults including constraints)`);
}

// U+001F cannot occur in an addition cell worth keeping, unlike a comma, so it safely joins the additions of one row.
const SEPARATOR = '\u001f';

const insertSql = (table: string) => `
  insert into ${table} (koad_number, street, postcode_raw, huisaand, huisnr_raw, etage, name, active, resident,
                        postcode, house_number, house_number_to, additions)
  select k, s, pr, ha, hr, e, n, a, r, pc, hn, hnt, string_to_array(ad, chr(31))
  from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[],
              $9::boolean[], $10::text[], $11::int[], $12::int[], $13::text[])
       as t(k, s, pr, ha, hr, e, n, a, r, pc, hn, hnt, ad)`;

/** One multi-row insert: column arrays through unnest, because COPY FROM STDIN does not work over the PGlite socket. */
export async function insertBatch(pool: pg.Pool, table: string, batch: readonly KoadRecord[]): Promise<void> {
  await pool.query(insertSql(table), [
    batch.map((r) => r.koadNumber),
    batch.map((r) => r.street),
    batch.map((r) => r.postcodeRaw),
    batch.map((r) => r.huisaand),
    batch.map((r) => r.huisnrRaw),
    batch.map((r) => r.etage),
    batch.map((r) => r.name),
    batch.map((r) => r.active),
    batch.map((r) => r.resident),
    batch.map((r) => r.postcode),
    batch.map((r) => r.houseNumber),
    batch.map((r) => r.houseNumberTo),
    batch.map((r) => r.additions.join(SEPARATOR)),
  ]);
}

/** Builds the indexes under temporary names (a duplicate KOAD-nummer fails here) and gathers planner statistics. */
export async function indexStaging(pool: pg.Pool, names: Names): Promise<void> {
  await pool.query(`alter table ${names.staging} add constraint ${names.stagingPkey} primary key (koad_number)`);
  await pool.query(`create index ${names.stagingLookup} on ${names.staging} (postcode, house_number)`);
  // A renamed-in table has no statistics until autovacuum visits it; without them the planner may scan all 128k rows.
  await pool.query(`analyze ${names.staging}`);
}

/**
 * The swap: retire the old table, rename staging and its indexes to the names the migration created, and mark the
 * import succeeded, so the register and its import record change together. Sent as ONE simple-protocol message, which
 * PostgreSQL runs as one implicit transaction (all or nothing, rolled back by itself on error). One message also leaves
 * embedded PGlite no gap to run another connection's query inside the transaction: its socket shares one session, and a
 * multi-message transaction there has been seen to hand concurrent queries each other's results. Hence no parameters:
 * the values are checked integers.
 */
export async function swapIn(
  pool: pg.Pool,
  names: Names,
  importId: string,
  counts: { imported: number; unusable: number },
): Promise<void> {
  const imported = safeInteger(counts.imported);
  const unusable = safeInteger(counts.unusable);
  await pool.query(`
    set local lock_timeout = '10s'; -- a long query holding the old table must fail the import, not queue every lookup
    alter table koad_register rename to ${names.retired};
    alter table ${names.staging} rename to koad_register;
    drop table ${names.retired};
    alter index ${names.stagingPkey} rename to koad_register_pkey;
    alter index ${names.stagingLookup} rename to koad_register_lookup_idx;
    update koad_imports set status = 'succeeded', finished_at = now(), rows_imported = ${imported},
           rows_skipped_unusable = ${unusable} where id = ${safeInteger(Number(importId))};
  `);
}

function safeInteger(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a count: ${value}`);
  return value;
}

/** Best effort after a failure: the staging table is garbage, the old register was never touched. */
export async function dropStaging(pool: pg.Pool, names: Names): Promise<void> {
  await pool.query(`drop table if exists ${names.staging}`).catch(() => {});
}
