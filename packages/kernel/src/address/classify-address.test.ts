import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatHouseNumber, normalisePostcode, parseHouseNumber } from './address.ts';
import {
  type AddressQuery,
  classifyAddress,
  classifyByRegister,
  municipalityByName,
  type RegisterRow,
} from './classify-address.ts';

let koad = 100000;
function row(postcode: string, houseNumber: number, extra: Partial<RegisterRow> = {}): RegisterRow {
  koad += 1;
  return { koadNumber: String(koad), postcode, houseNumber, additions: [], active: true, resident: true, ...extra };
}
const query = (postcode: string, houseNumber: number, addition: string | null = null): AddressQuery => ({
  postcode,
  houseNumber,
  addition,
});
const found = { status: 'found' } as const;

describe('address formats', () => {
  it('normalises postcodes with and without a space, rejecting malformed ones', () => {
    assert.equal(normalisePostcode('3112 ab'), '3112AB');
    assert.equal(normalisePostcode(' 3112AB '), '3112AB');
    for (const bad of ['3132C', '0112AB', 'nan', '31122AB', '']) assert.equal(normalisePostcode(bad), null, bad);
  });

  it('keeps the addition of a house number', () => {
    assert.deepEqual(parseHouseNumber('12'), { number: 12, addition: null });
    assert.deepEqual(parseHouseNumber('45-B'), { number: 45, addition: 'B' });
    assert.deepEqual(parseHouseNumber('12a'), { number: 12, addition: 'A' });
    assert.deepEqual(parseHouseNumber('12 bis'), { number: 12, addition: 'BIS' });
    assert.deepEqual(parseHouseNumber('7-1'), { number: 7, addition: '1' });
    assert.equal(parseHouseNumber('nan'), null);
    assert.equal(parseHouseNumber('0'), null);
    assert.equal(formatHouseNumber({ number: 45, addition: 'B' }), '45B');
    assert.equal(formatHouseNumber({ number: 7, addition: '1' }), '7-1');
  });

  it('recognises the municipality names the postcode API returns', () => {
    assert.equal(municipalityByName('capelle aan den ijssel'), 'Capelle aan den IJssel');
    assert.equal(municipalityByName('Rotterdam'), null);
  });
});

describe('classifyAddress: the KOAD register (Decision 5)', () => {
  it('accepts an active resident row in the area as a resident', () => {
    const result = classifyByRegister(query('3112AB', 12), [row('3112AB', 12)]);
    assert.equal(result?.outcome, 'resident');
    assert.equal(result?.municipality, 'Schiedam');
    assert.equal(result?.flagForStaff, false);
  });

  it('refers a business row (inwoner=0) to the business customer service', () => {
    const result = classifyByRegister(query('3133KL', 100), [row('3133KL', 100, { resident: false })]);
    assert.equal(result?.outcome, 'business');
  });

  it('ignores inactive rows, so the address is checked with the postcode API', () => {
    const rows = [row('3112AB', 12, { resident: false, active: false })];
    assert.equal(classifyByRegister(query('3112AB', 12), rows), null);
    assert.equal(classifyAddress(query('3112AB', 12), rows, found).outcome, 'resident');
  });

  it('lets the house letter decide between a shop downstairs and homes upstairs', () => {
    const rows = [
      row('3131AB', 20, { resident: false }),
      row('3131AB', 20, { additions: ['B'] }),
      row('3131AB', 20, { additions: ['C'] }),
    ];
    assert.equal(classifyByRegister(query('3131AB', 20, 'b'), rows)?.outcome, 'resident');
    assert.equal(classifyByRegister(query('3131AB', 20), rows)?.outcome, 'business');
  });

  it('treats a resident and a business the addition cannot separate as a resident, flagged for staff', () => {
    const rows = [row('3131AB', 22, { resident: false }), row('3131AB', 22)];
    const result = classifyByRegister(query('3131AB', 22), rows);
    assert.equal(result?.outcome, 'resident');
    assert.equal(result?.reason, 'register_ambiguous');
    assert.equal(result?.flagForStaff, true);
    assert.deepEqual(result?.koadNumbers.length, 2);
  });

  it('treats mixed rows that all carry other letters as ambiguous when no letter is given', () => {
    const rows = [row('3131AB', 24, { resident: false, additions: ['A'] }), row('3131AB', 24, { additions: ['B'] })];
    assert.equal(classifyByRegister(query('3131AB', 24), rows)?.reason, 'register_ambiguous');
  });

  it('asks the API for a letter the register does not know when only lettered rows exist', () => {
    const rows = [row('3131AB', 26, { additions: ['A'] })];
    assert.equal(classifyByRegister(query('3131AB', 26, 'C'), rows), null);
  });

  it('refuses a resident row outside the three postcode ranges: the range decides (open point)', () => {
    const result = classifyByRegister(query('3011AA', 3), [row('3011AA', 3)]);
    assert.equal(result?.outcome, 'outside_area');
  });

  it('reports a malformed postcode as not found', () => {
    assert.equal(classifyAddress(query('3132C', 8), [], found).reason, 'invalid_postcode');
  });
});

describe('classifyAddress: addresses absent from the register', () => {
  it('accepts an address the API knows inside a postcode range', () => {
    const result = classifyAddress(query('3132CD', 8), [], { status: 'found', municipality: 'Vlaardingen' });
    assert.deepEqual([result.outcome, result.municipality, result.source], ['resident', 'Vlaardingen', 'postcode_api']);
  });

  it('sends a resident outside the area to their own municipality, never to the business service (Decision 4)', () => {
    const result = classifyAddress(query('3011AA', 3), [], {
      status: 'found',
      municipality: 'Rotterdam',
      city: 'Rotterdam',
    });
    assert.equal(result.outcome, 'outside_area');
    assert.equal(result.foreignMunicipality, 'Rotterdam');
  });

  it('falls back to the municipality name the API returns when the range does not decide', () => {
    const result = classifyAddress(query('3099ZZ', 1), [], { status: 'found', municipality: 'Schiedam' });
    assert.equal(result.municipality, 'Schiedam');
  });

  it('reports an address the API does not know as not found', () => {
    assert.equal(classifyAddress(query('3112AB', 999), [], { status: 'not_found' }).outcome, 'not_found');
  });

  it('goes ahead unverified and flagged when the API is unreachable and the range fits (Decision 11)', () => {
    const result = classifyAddress(query('2902EF', 5), [], { status: 'unavailable' });
    assert.deepEqual(
      [result.outcome, result.municipality, result.flagForStaff],
      ['unverified', 'Capelle aan den IJssel', true],
    );
  });

  it('refuses an out-of-range postcode when the API is unreachable', () => {
    assert.equal(classifyAddress(query('1012AB', 1), [], { status: 'unavailable' }).outcome, 'outside_area');
  });

  it('lets the register decide before the API is considered', () => {
    const result = classifyAddress(query('3133KL', 100), [row('3133KL', 100, { resident: false })], {
      status: 'unavailable',
    });
    assert.equal(result.outcome, 'business');
  });
});
