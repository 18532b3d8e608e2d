import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { classifyByRegister, currentRules, municipalityForPostcode } from '@irado/kernel';
import { demoAddresses } from './demo-addresses.ts';
import { demoRegisterCsv, demoRegisterRows, writeDemoRegister } from './demo-register.ts';
import { parseKoadCsv } from './parse-koad-csv.ts';

const sha256 = (chunks: Iterable<string>) => {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
};

describe('demo register', () => {
  it('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    assert.equal(sha256(demoRegisterCsv()), sha256(demoRegisterCsv()));
    assert.notEqual(sha256(demoRegisterCsv({ rows: 2_000 })), sha256(demoRegisterCsv({ rows: 2_000, seed: 7 })));
  });

  it('has ~128k rows in the real register proportions (legacy reference §6.2)', () => {
    const rows = [...demoRegisterRows()];
    const share = (test: (r: readonly string[]) => boolean) => rows.filter(test).length / rows.length;
    const count = (test: (r: readonly string[]) => boolean) => rows.filter(test).length;
    const outside = (r: readonly string[]) =>
      /^\d{4}/.test(r[2] ?? '') && !municipalityForPostcode(r[2] ?? '', currentRules);
    assert.ok(rows.length >= 127_900 && rows.length <= 128_200, `rows ${rows.length}`);
    const within = (value: number, low: number, high: number, what: string) =>
      assert.ok(value >= low && value <= high, `${what}: ${value} not in [${low}, ${high}]`);
    within(
      share((r) => / /.test(r[2] ?? '')),
      0.11,
      0.135,
      '"1234 AB" postcodes',
    );
    within(
      count((r) => r[2] === 'nan'),
      500,
      800,
      '"nan" postcodes',
    );
    within(share(outside), 0.075, 0.095, 'rows outside the three ranges');
    within(
      count((r) => r[4] === 'nan'),
      200,
      400,
      '"nan" house numbers',
    );
    within(
      count((r) => /^\d+-\d+$/.test(r[4] ?? '')),
      100,
      220,
      'house number ranges',
    );
    within(
      count((r) => /^\d+[A-Z]$/.test(r[4] ?? '')),
      20,
      60,
      'letters in the house number',
    );
    within(
      share((r) => r[5] !== ''),
      0.11,
      0.14,
      'KOAD-etage filled',
    );
    within(
      count((r) => r[3] !== ''),
      300,
      600,
      'KOAD-huisaand filled',
    );
    within(
      share((r) => r[7] === '0'),
      0.009,
      0.013,
      'inactive',
    );
    within(
      share((r) => r[8] === '0'),
      0.025,
      0.035,
      'businesses',
    );
    assert.ok(
      rows.filter((r) => r[8] === '0').every((r) => /[a-z]/i.test(r[6] ?? '')),
      'every business has a name',
    );
  });

  it('mixes businesses and homes on some keys', () => {
    const keys = new Map<string, Set<string>>();
    for (const r of demoRegisterRows({ rows: 20_000 })) {
      const key = `${(r[2] ?? '').replace(' ', '')} ${r[4]}`;
      keys.set(key, (keys.get(key) ?? new Set()).add(r[8] ?? ''));
    }
    const mixed = [...keys.values()].filter((flags) => flags.size === 2).length;
    assert.ok(mixed > 100, `mixed keys: ${mixed}`);
  });

  it('classifies every showcase address as documented, through the parser and the kernel', async () => {
    const parsed = await parseKoadCsv(demoRegisterCsv({ rows: 5_000 }));
    assert.ok(parsed.ok);
    for (const [name, address] of Object.entries(demoAddresses)) {
      const rows = parsed.records
        .filter((r) => r.postcode === address.postcode && r.houseNumber !== null)
        .filter(
          (r) =>
            (r.houseNumber ?? 0) <= address.houseNumber &&
            (r.houseNumberTo ?? r.houseNumber ?? 0) >= address.houseNumber,
        )
        .map((r) => ({ ...r, postcode: r.postcode ?? '', houseNumber: address.houseNumber }));
      const verdict = classifyByRegister(address, rows);
      const got = verdict && {
        outcome: verdict.outcome,
        reason: verdict.reason,
        municipality: verdict.municipality,
        flagForStaff: verdict.flagForStaff,
      };
      assert.deepEqual(got, address.register, name);
    }
  });

  it('writes the file in full, creating its folder', async (t) => {
    const dir = join(tmpdir(), `koad-demo-${process.pid}`);
    t.after(() => rm(dir, { recursive: true, force: true }));
    const path = join(dir, 'nested', 'koad-demo.csv');
    await writeDemoRegister(path, { rows: 1_000 });
    assert.equal(sha256([await readFile(path, 'utf8')]), sha256(demoRegisterCsv({ rows: 1_000 })));
  });
});
