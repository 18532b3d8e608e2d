import type { AddressClassification } from './address/classify-address.ts';
import type { Plan } from './plan/plan.types.ts';
import type { Language, Municipality } from './types.ts';

/** The resident's contact details as validated by the conversation. */
export interface Contact {
  name: string;
  email: string;
  phone: string | null;
}

/** The pickup address as checked: street and city from the register or the postcode API where known. */
export interface PickupAddress {
  street: string | null;
  /** House number with its addition, as the driver needs it ("45B"). */
  houseNumber: string;
  /** "3112AB". */
  postcode: string;
  city: string | null;
  municipality: Municipality;
  /** The address check's verdict: only `resident` and `unverified` addresses can be booked. */
  check: AddressClassification;
}

/**
 * A confirmed pickup request: the one validated value from which the chat summary, the team mails and the resident's
 * confirmation are all rendered. Built only by `confirmRequest`, so a request always carries a bookable plan, consent
 * and a bookable address.
 */
export interface PickupRequest {
  /** Human-friendly reference, e.g. "GV-7K3M9Q", given by the caller (the kernel has no randomness). */
  reference: string;
  language: Language;
  contact: Contact;
  address: PickupAddress;
  /** When the resident said yes to the privacy notice (ISO 8601), given by the caller (the kernel has no clock). */
  consentAt: string;
  /** When the resident confirmed the summary (ISO 8601). */
  confirmedAt: string;
  plan: Plan;
  /** Staff must look at this request: an ambiguous register key or an unverified address. */
  flagForStaff: boolean;
}

export type ConfirmProblem =
  | 'no_consent'
  | 'address_not_bookable'
  | 'municipality_mismatch'
  | 'plan_not_bookable'
  | 'invalid_email'
  | 'missing_name';

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[A-Za-z]{2,}$/;

/** Whether an e-mail address is well-formed enough to send a confirmation to. */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

/**
 * Turns a confirmed booking into a request, or says why it cannot be one. This is the last gate before anything is
 * stored or mailed: consent, a bookable address in the municipality of the plan, a bookable plan and valid contact
 * details (§14: consent, address validation, route mapping, size and volume checks before any e-mail).
 */
export function confirmRequest(input: {
  reference: string;
  language: Language;
  contact: Contact;
  address: PickupAddress;
  consentAt: string | null;
  confirmedAt: string;
  plan: Plan;
}): { ok: true; request: PickupRequest } | { ok: false; problems: ConfirmProblem[] } {
  const problems: ConfirmProblem[] = [];
  if (!input.consentAt) problems.push('no_consent');
  const outcome = input.address.check.outcome;
  if (outcome !== 'resident' && outcome !== 'unverified') problems.push('address_not_bookable');
  if (
    input.address.check.municipality !== input.plan.municipality ||
    input.address.municipality !== input.plan.municipality
  ) {
    problems.push('municipality_mismatch');
  }
  if (!input.plan.bookable) problems.push('plan_not_bookable');
  if (!isValidEmail(input.contact.email)) problems.push('invalid_email');
  if (input.contact.name.trim().length < 2) problems.push('missing_name');
  if (problems.length > 0 || !input.consentAt) return { ok: false, problems };
  return {
    ok: true,
    request: {
      reference: input.reference,
      language: input.language,
      contact: input.contact,
      address: input.address,
      consentAt: input.consentAt,
      confirmedAt: input.confirmedAt,
      plan: input.plan,
      flagForStaff: input.address.check.flagForStaff,
    },
  };
}
