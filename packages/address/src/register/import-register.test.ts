import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freshDatabase } from '@irado/db/testing';
import { classifyByRegister } from '@irado/kernel';
import { aKoadRecord, loadRegister } from '../testing/register-factory.ts';
import { demoAddresses } from './demo-addresses.ts';
import { ensureRegisterLoaded, importRegisterFile, KoadFileInvalidError } from './import-register.ts';
import { KOAD_COLUMNS } from './koad-record.ts';
import { lookup, stats } from './koad-repository.ts';

const dir = await mkdtemp(join(tmpdir(), 'koad-import-'));
after(() => rm(dir, { recursive: true, force: true }));
const mode = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
// One database for the file: the demo test needs it empty, so it runs first; the others replace the register anyway.
const db = await freshDatabase({ after });

describe('ensureRegisterLoaded', () => {
  it(`loads the 128k demo register into an empty database once, and the showcase addresses classify as documented (${mode})`, async (t) => {
    const dataDir = join(dir, 'data');
    const result = await ensureRegisterLoaded(db.pool, dataDir);
    assert.ok(result);
    const { timings } = result;
    t.diagnostic(
      `${mode}: ${result.rowsImported} rows; parse ${ms(timings.parseMs)}, load ${ms(timings.loadMs)}, index ${ms(timings.indexMs)}, swap ${ms(timings.swapMs)}, total ${ms(timings.totalMs)}`,
    );
    assert.ok(result.rowsImported > 127_000);
    const s = await stats(db.pool);
    assert.equal(s.rows, result.rowsImported);
    assert.equal(s.lastImport?.source, 'demo');

    const started = performance.now();
    for (const [name, address] of Object.entries(demoAddresses)) {
      const rows = await lookup(db.pool, address.postcode, address.houseNumber);
      const verdict = classifyByRegister(address, rows);
      const got = verdict && {
        outcome: verdict.outcome,
        reason: verdict.reason,
        municipality: verdict.municipality,
        flagForStaff: verdict.flagForStaff,
      };
      assert.deepEqual(got, address.register, name);
    }
    const perLookup = (performance.now() - started) / Object.keys(demoAddresses).length;
    t.diagnostic(`${mode}: lookup + classify ${perLookup.toFixed(2)} ms each`);

    assert.equal(await ensureRegisterLoaded(db.pool, dataDir), null, 'a loaded register is left alone');
  });
});

describe('importRegisterFile', () => {
  it('imports a valid file and reports counts and timings', async () => {
    const path = join(dir, 'small.csv');
    await writeFile(path, `${KOAD_COLUMNS.join(',')}\n1,Markt,3131 AB,,5,,3131AB5,1,1\n2,Markt,nan,,6,,x,1,1\n`);
    const result = await importRegisterFile(db.pool, path, { source: 'cli' });
    assert.deepEqual([result.rowsImported, result.rowsSkippedUnusable], [2, 1]);
    assert.ok(result.timings.totalMs >= result.timings.parseMs);
    const [row] = await lookup(db.pool, '3131AB', 5);
    assert.equal(row?.koadNumber, '1');
    assert.equal((await stats(db.pool)).lastImport?.filename, 'small.csv');
  });

  it('rejects a bad file with its row problems, records the failure and leaves the register unchanged', async () => {
    await loadRegister(db.pool, [aKoadRecord({ koadNumber: 'kept' })]);
    const path = join(dir, 'bad.csv');
    await writeFile(path, `${KOAD_COLUMNS.join(',')}\n1,Markt,3131AB,,5,,n,1,1\n1,Markt,3131AB,,7,,n,yes,1\n`);
    const error = await importRegisterFile(db.pool, path, { source: 'upload', filename: 'koad-okt.csv' }).catch(
      (e) => e,
    );
    assert.ok(error instanceof KoadFileInvalidError);
    assert.equal(error.code, 'VALIDATION');
    assert.deepEqual(
      error.problems.map((p) => p.line),
      [3, 3],
    );
    const s = await stats(db.pool);
    assert.equal(s.rows, 1);
    assert.equal(s.lastImport?.status, 'failed');
    assert.equal(s.lastImport?.filename, 'koad-okt.csv');
    assert.match(s.lastImport?.error ?? '', /line 3: KOAD-nummer 1 is also used on line 2/);
  });
});

const ms = (value: number) => `${Math.round(value)} ms`;
