import { municipalityForPostcode } from '../routing.ts';
import { currentRules } from '../rules/index.ts';
import type { RuleSet } from '../rules/rule-set.ts';
import { MUNICIPALITIES, type Municipality } from '../types.ts';
import { normaliseAddition, normalisePostcode, type Postcode } from './address.ts';

/** One KOAD register row as the kernel sees it: keys normalised, flags as booleans. */
export interface RegisterRow {
  koadNumber: string;
  postcode: Postcode;
  houseNumber: number;
  /** House letter, addition or floor from `KOAD-huisaand`, `KOAD-etage` or the number itself, normalised. */
  additions: string[];
  /** `KOAD-actief=1`. Inactive rows are ignored (Decision 5). */
  active: boolean;
  /** `KOAD-inwoner=1`; `0` marks a business or organisation address. */
  resident: boolean;
}

export interface AddressQuery {
  postcode: string;
  houseNumber: number;
  addition: string | null;
}

/** What the Open Postcode API said about an address absent from the register. */
export type PostcodeLookup =
  | { status: 'found'; street?: string; city?: string; municipality?: string }
  | { status: 'not_found' }
  | { status: 'unavailable' };

export type AddressOutcome = 'resident' | 'business' | 'outside_area' | 'not_found' | 'unverified';

export type AddressReason =
  | 'invalid_postcode'
  | 'register_resident'
  | 'register_business'
  | 'register_ambiguous' // resident and business rows the addition cannot separate: resident, flagged (Decision 5)
  | 'register_outside_ranges' // a resident row with a postcode outside the three ranges (open point: the range decides)
  | 'api_in_area'
  | 'api_outside_area'
  | 'api_not_found'
  | 'api_unavailable_in_range' // Decision 11: go ahead, unverified, flagged for staff
  | 'api_unavailable_outside_range';

export interface AddressClassification {
  outcome: AddressOutcome;
  reason: AddressReason;
  /** The service-area municipality, when the address lies in it. */
  municipality: Municipality | null;
  /** For an address outside the area: the municipality the API named, so the resident can be pointed to it. */
  foreignMunicipality: string | null;
  /** Staff must look at this request (ambiguous register key, unverified address). */
  flagForStaff: boolean;
  source: 'register' | 'postcode_api' | 'postcode_range';
  /** The register rows that decided, for the request's audit trail. */
  koadNumbers: string[];
}

const verdict = (
  outcome: AddressOutcome,
  reason: AddressReason,
  source: AddressClassification['source'],
  extra: Partial<AddressClassification> = {},
): AddressClassification => ({
  outcome,
  reason,
  source,
  municipality: null,
  foreignMunicipality: null,
  flagForStaff: false,
  koadNumbers: [],
  ...extra,
});

/**
 * The register's verdict on an address (Decision 5), or null when the register does not know it (no active row for
 * this postcode, number and addition) and the Open Postcode API must be asked.
 */
export function classifyByRegister(
  query: AddressQuery,
  rows: readonly RegisterRow[],
  rules: RuleSet = currentRules,
): AddressClassification | null {
  const postcode = normalisePostcode(query.postcode);
  if (!postcode) return verdict('not_found', 'invalid_postcode', 'register');
  const candidates = candidateRows(postcode, query, rows);
  if (candidates.length === 0) return null;
  const koadNumbers = candidates.map((r) => r.koadNumber);
  const residents = candidates.filter((r) => r.resident);
  if (residents.length === 0) return verdict('business', 'register_business', 'register', { koadNumbers });
  const municipality = municipalityForPostcode(postcode, rules);
  if (!municipality) return verdict('outside_area', 'register_outside_ranges', 'register', { koadNumbers });
  const ambiguous = residents.length < candidates.length;
  return verdict('resident', ambiguous ? 'register_ambiguous' : 'register_resident', 'register', {
    municipality,
    flagForStaff: ambiguous,
    koadNumbers,
  });
}

/**
 * The active rows that describe this address: those with the given addition; else those without any addition (a row
 * for the whole building). Without an addition in the query, rows without one are preferred, else all rows of the
 * number count (and a mix of resident and business rows is ambiguous).
 */
function candidateRows(postcode: Postcode, query: AddressQuery, rows: readonly RegisterRow[]): RegisterRow[] {
  const active = rows.filter((r) => r.active && r.postcode === postcode && r.houseNumber === query.houseNumber);
  const bare = active.filter((r) => r.additions.length === 0);
  const addition = normaliseAddition(query.addition);
  if (addition) {
    const exact = active.filter((r) => r.additions.includes(addition));
    return exact.length > 0 ? exact : bare;
  }
  return bare.length > 0 ? bare : active;
}

/**
 * Classifies an address: the register first (Decision 5); for an address the register does not know, the Open
 * Postcode API's answer and the postcode ranges (§10.2); when the API is unreachable, the range alone, unverified
 * (Decision 11).
 */
export function classifyAddress(
  query: AddressQuery,
  rows: readonly RegisterRow[],
  lookup: PostcodeLookup,
  rules: RuleSet = currentRules,
): AddressClassification {
  const fromRegister = classifyByRegister(query, rows, rules);
  if (fromRegister) return fromRegister;
  const postcode = normalisePostcode(query.postcode) ?? '';
  const inRange = municipalityForPostcode(postcode, rules);
  switch (lookup.status) {
    case 'not_found':
      return verdict('not_found', 'api_not_found', 'postcode_api');
    case 'unavailable':
      return inRange
        ? verdict('unverified', 'api_unavailable_in_range', 'postcode_range', {
            municipality: inRange,
            flagForStaff: true,
          })
        : verdict('outside_area', 'api_unavailable_outside_range', 'postcode_range');
    case 'found': {
      const municipality = inRange ?? municipalityByName(lookup.municipality);
      if (municipality) return verdict('resident', 'api_in_area', 'postcode_api', { municipality });
      return verdict('outside_area', 'api_outside_area', 'postcode_api', {
        foreignMunicipality: lookup.municipality ?? lookup.city ?? null,
      });
    }
  }
}

/** The service-area municipality with this name (case and spacing ignored), e.g. the API's `gemeente`. */
export function municipalityByName(name: string | undefined | null): Municipality | null {
  const wanted = (name ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return MUNICIPALITIES.find((m) => m.toLowerCase() === wanted) ?? null;
}
