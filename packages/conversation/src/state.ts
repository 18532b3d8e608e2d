import type { AddressClassification, DraftItem, Language, Municipality } from '@irado/kernel';

/** What the bot's last message asked for: decides how a bare "ja" or "nee" is read. */
export type Expecting =
  | 'nothing'
  | 'municipality'
  | 'consent'
  | 'details' // name, address, e-mail (phone optional)
  | 'items'
  | 'more_items' // after refusals: anything else that can go?
  | 'item_identity' // what is this unknown item?
  | 'confirmation';

/** Why the conversation cannot lead to a request. */
export type StopReason = 'out_of_area' | 'business' | 'no_consent';

/** The checked address, as the address check returned it. */
export interface CheckedAddress {
  classification: AddressClassification;
  street: string | null;
  city: string | null;
}

export interface AddressState {
  postcode: string | null;
  /** A postcode the resident gave that is not four digits and two letters, to tell them so. */
  invalidPostcode: string | null;
  houseNumber: number | null;
  addition: string | null;
  street: string | null;
  city: string | null;
  check: CheckedAddress | null;
}

/**
 * Everything a conversation knows, stored whole after every turn. Nothing is kept only in the transcript, so the
 * conversation survives restarts and any number of turns, and an LLM can be shown exactly this.
 */
export interface ConversationState {
  v: 1;
  language: Language;
  /** Chosen by the resident (button or trigger), so detection no longer switches it. */
  languageChosen: boolean;
  booking: boolean;
  expecting: Expecting;
  municipality: Municipality | null;
  /** A municipality outside the service area that the resident named or whose address they gave. */
  foreignMunicipality: string | null;
  consentAt: string | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  address: AddressState;
  items: DraftItem[];
  nextItemNumber: number;
  /** Unknown-item keys and detail questions already asked, so nothing is asked twice. */
  asked: string[];
  stop: StopReason | null;
  submitted: { reference: string; at: string } | null;
  /** Counts bookings in this session, for the idempotency key of the next one. */
  bookingNumber: number;
  /** Names of the items refused last, so "en als ik ze gewoon buiten zet?" can be understood. */
  lastRefused: string[];
}

export function initialState(language: Language = 'nl'): ConversationState {
  return {
    v: 1,
    language,
    languageChosen: false,
    booking: false,
    expecting: 'nothing',
    municipality: null,
    foreignMunicipality: null,
    consentAt: null,
    contact: { name: null, email: null, phone: null },
    address: emptyAddress(),
    items: [],
    nextItemNumber: 1,
    asked: [],
    stop: null,
    submitted: null,
    bookingNumber: 1,
    lastRefused: [],
  };
}

export function emptyAddress(): AddressState {
  return {
    postcode: null,
    invalidPostcode: null,
    houseNumber: null,
    addition: null,
    street: null,
    city: null,
    check: null,
  };
}
