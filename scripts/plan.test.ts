import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const plan = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/plan.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run plan', () => {
  it('prints the plan of the staff example as JSON: two routes and paint refused with the KGA alternative', () => {
    const result = plan('--municipality', 'Schiedam', 'matras, tafel, 4 stoelen, koelkast, verf');
    assert.equal(result.status, 0, result.stderr);
    const { plan: p } = JSON.parse(result.stdout);
    assert.deepEqual(
      p.routes.map((r: { route: string; items: { catalogueId: string; quantity: number }[] }) => [
        r.route,
        r.items.map((i) => `${i.quantity} ${i.catalogueId}`),
      ]),
      [
        ['HUISRAAD', ['1 tafel', '4 stoel']],
        ['IJZER_EA_MATRASSEN', ['1 matras', '1 koelkast']],
      ],
    );
    assert.deepEqual(
      p.refused.map((r: { catalogueId: string; reason: string }) => [r.catalogueId, r.reason]),
      [['verf', 'kca']],
    );
    assert.ok(p.refused[0].alternatives.includes('kga_home_pickup'));
  });

  it('accepts "Capelle" for Capelle aan den IJssel', () => {
    const result = plan('--municipality', 'capelle', 'matras en tafel');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(
      JSON.parse(result.stdout).plan.routes.map((r: { route: string }) => r.route),
      ['HUISRAAD'],
    );
  });

  it('refuses an unknown municipality or a missing item list with a clear message and exit code 2', () => {
    const unknown = plan('--municipality', 'Amsterdam', 'bank');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown municipality "Amsterdam": Irado serves Schiedam/);
    const empty = plan('--municipality', 'Schiedam');
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /give the items to plan/);
    const badDate = plan('--municipality', 'Schiedam', '--date', 'tomorrow', 'bank');
    assert.equal(badDate.status, 2);
  });
});
