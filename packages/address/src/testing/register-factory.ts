import type pg from 'pg';
import type { KoadRecord } from '../register/koad-record.ts';
import { replaceAll } from '../register/koad-repository.ts';

let next = 500_000;

/** A stored register row with plausible defaults: an active resident at 3112AB 1 (Schiedam), unique KOAD-nummer. */
export function aKoadRecord(overrides: Partial<KoadRecord> = {}): KoadRecord {
  const postcode = overrides.postcode ?? '3112AB';
  const houseNumber = overrides.houseNumber === undefined ? 1 : overrides.houseNumber;
  next += 1;
  return {
    koadNumber: String(next),
    street: 'Voorbeeldlaan',
    postcodeRaw: postcode,
    huisaand: null,
    huisnrRaw: houseNumber === null ? null : String(houseNumber),
    etage: null,
    name: `${postcode}${houseNumber ?? ''}`,
    active: true,
    resident: true,
    postcode,
    houseNumber,
    houseNumberTo: null,
    additions: [],
    ...overrides,
  };
}

/** Replaces the register of a test database with these rows, through the real import path. */
export async function loadRegister(pool: pg.Pool, records: readonly KoadRecord[]): Promise<void> {
  await replaceAll(pool, records, { source: 'cli', filename: 'test.csv' });
}
