import { AppError } from '@irado/errors';
import {
  type AddressClassification,
  type AddressQuery,
  classifyAddress,
  classifyByRegister,
  currentRules,
  normaliseAddition,
  normalisePostcode,
  type PostcodeLookup,
  type RuleSet,
} from '@irado/kernel';
import type { PostcodeLookupPort } from '../postcode/open-postcode-client.ts';
import { type KoadRow, lookup, type Queryable } from '../register/koad-repository.ts';

/** The kernel's verdict plus the address as it goes into the request (§7.3) and onto the driver's list. */
export interface AddressCheckResult extends AddressClassification {
  /** Normalised ("3112AB"), or null when the postcode was invalid. */
  postcode: string | null;
  houseNumber: number;
  /** Normalised addition ("A", "1HOOG"), kept so the driver finds the right door. */
  addition: string | null;
  /** From the deciding register row, else from the Open Postcode API; null when neither knows it. */
  street: string | null;
  /** The API's woonplaats, else the service-area municipality; null outside the area without an API answer. */
  city: string | null;
}

export interface AddressCheckDeps {
  /** The database holding `koad_register` (KOAD_DATABASE_URL, else DATABASE_URL). */
  registerPool: Queryable;
  postcode: PostcodeLookupPort;
  rules?: RuleSet;
}

/**
 * The address check of §10.2: the KOAD register first (Decision 5); only when it does not decide, the Open Postcode
 * API, then the kernel's `classifyAddress` (postcode ranges, Decision 11 when the API is down).
 */
export function createAddressCheck(deps: AddressCheckDeps) {
  const rules = deps.rules ?? currentRules;
  return {
    /**
     * Classifies one address. Throws AppError VALIDATION for a house number that is not a positive whole number, and
     * DATABASE_UNAVAILABLE when the register cannot be read: an address is never passed because the register failed.
     */
    async check(query: AddressQuery): Promise<AddressCheckResult> {
      if (!Number.isInteger(query.houseNumber) || query.houseNumber <= 0 || query.houseNumber > 99_999) {
        throw new AppError('VALIDATION', 'house number must be a whole number from 1 to 99999');
      }
      const postcode = normalisePostcode(query.postcode);
      const base = { postcode, houseNumber: query.houseNumber, addition: normaliseAddition(query.addition) };
      if (!postcode) {
        const invalid = classifyByRegister(query, [], rules);
        if (invalid) return { ...invalid, ...base, street: null, city: null };
      }
      const rows = await registerRows(deps.registerPool, postcode ?? '', query.houseNumber);
      const fromRegister = classifyByRegister(query, rows, rules);
      if (fromRegister) {
        const decisive = rows.find((r) => fromRegister.koadNumbers.includes(r.koadNumber) && r.street);
        return { ...fromRegister, ...base, street: decisive?.street ?? null, city: fromRegister.municipality };
      }
      const answer = await deps.postcode.lookup({
        postcode: postcode ?? '',
        houseNumber: query.houseNumber,
        addition: base.addition,
      });
      const verdict = classifyAddress(query, rows, answer, rules);
      return { ...verdict, ...base, ...placeFrom(answer, verdict) };
    },
  };
}

export type AddressCheck = ReturnType<typeof createAddressCheck>;

async function registerRows(pool: Queryable, postcode: string, houseNumber: number): Promise<KoadRow[]> {
  try {
    return await lookup(pool, postcode, houseNumber);
  } catch (error) {
    // The earlier system read a register error as "not a business" and let everything through (legacy §6.3).
    throw new AppError('DATABASE_UNAVAILABLE', 'KOAD register lookup failed', undefined, { cause: error });
  }
}

function placeFrom(
  answer: PostcodeLookup,
  verdict: AddressClassification,
): { street: string | null; city: string | null } {
  if (answer.status === 'found') return { street: answer.street ?? null, city: answer.city ?? verdict.municipality };
  return { street: null, city: verdict.municipality };
}
