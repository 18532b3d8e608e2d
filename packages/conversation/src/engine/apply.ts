import {
  type DraftItem,
  isValidEmail,
  MUNICIPALITIES,
  type Municipality,
  matchItems,
  municipalityByName,
  normalisePostcode,
  normalizeText,
} from '@irado/kernel';
import type { Action, ItemInput } from '../actions.ts';
import { type ConversationState, initialState } from '../state.ts';
import { answerAboutItems } from './item-answer.ts';
import type { EnginePorts, KnowledgeAnswer } from './ports.ts';

/** What happened while applying a turn's actions, for the reply to mention. */
export type Note =
  | { kind: 'greeting' | 'thanks' | 'goodbye' | 'empty' | 'injection' | 'off_topic' }
  | { kind: 'answer'; answer: KnowledgeAnswer }
  | { kind: 'no_answer' }
  | { kind: 'invalid_email'; email: string }
  | { kind: 'removed'; names: string[] }
  | { kind: 'confirm_requested' }
  | { kind: 'declined' }
  | { kind: 'consent_declined' }
  | { kind: 'cancelled' }
  | { kind: 'restarted' };

/** Applies one proposed action to the state. Only facts are recorded here; the rules are applied when responding. */
export function applyAction(
  state: ConversationState,
  action: Action,
  ports: EnginePorts,
  notes: Note[],
): ConversationState {
  switch (action.type) {
    case 'set_language':
      return { ...state, language: action.language, languageChosen: true };
    case 'start_booking':
      return startBooking(state);
    case 'set_municipality':
      return setMunicipality(state, action.name);
    case 'consent':
      if (action.given)
        return {
          ...state,
          consentAt: state.consentAt ?? ports.now().toISOString(),
          stop: state.stop === 'no_consent' ? null : state.stop,
        };
      return state.consentAt ? state : { ...state, stop: 'no_consent' };
    case 'set_contact':
      return setContact(state, action, notes);
    case 'set_address':
      return setAddress(state, action);
    case 'add_items':
      return addItems(state, action.items, action.additional === true);
    case 'remove_items':
      return removeItems(state, action.refs, false, notes);
    case 'keep_only_items':
      return removeItems(state, action.refs, true, notes);
    case 'confirm':
      notes.push({ kind: 'confirm_requested' });
      return state;
    case 'decline':
      notes.push({ kind: 'declined' });
      return state;
    case 'cancel':
      notes.push({ kind: 'cancelled' });
      return { ...state, booking: false, items: [], expecting: 'nothing', asked: [] };
    case 'restart':
      notes.push({ kind: 'restarted' });
      return {
        ...initialState(state.language),
        languageChosen: state.languageChosen,
        bookingNumber: state.bookingNumber + 1,
      };
    case 'ask_question': {
      const answer = answerFor(state, action.question, ports);
      // Without an answer, a question about waste gets customer service; anything else a short scope answer.
      notes.push(
        answer ? { kind: 'answer', answer } : { kind: aboutWaste(action.question, ports) ? 'no_answer' : 'off_topic' },
      );
      return state;
    }
    case 'smalltalk':
      notes.push({ kind: action.kind });
      return state;
    case 'off_topic':
      notes.push({ kind: action.kind === 'injection' ? 'injection' : 'off_topic' });
      return state;
  }
}

/** A new booking after a submitted one keeps who and where, and starts a fresh list with a new idempotency number. */
function startBooking(state: ConversationState): ConversationState {
  if (state.submitted) {
    return { ...state, booking: true, submitted: null, items: [], asked: [], bookingNumber: state.bookingNumber + 1 };
  }
  return { ...state, booking: true };
}

function setMunicipality(state: ConversationState, name: string): ConversationState {
  const inArea =
    municipalityByName(name) ?? MUNICIPALITIES.find((m) => normalizeText(m).startsWith(normalizeText(name)));
  const checked = state.address.check?.classification.municipality ?? null;
  if (inArea) {
    // A checked address outranks a named municipality: the address decides where the rules come from.
    return checked ? state : { ...state, municipality: inArea as Municipality, foreignMunicipality: null };
  }
  return checked ? state : { ...state, foreignMunicipality: name.trim(), municipality: null };
}

function setContact(
  state: ConversationState,
  action: Extract<Action, { type: 'set_contact' }>,
  notes: Note[],
): ConversationState {
  const contact = { ...state.contact };
  if (action.name) contact.name = action.name.trim().replace(/\s+/g, ' ');
  if (action.phone) contact.phone = action.phone.trim();
  if (action.email) {
    const email = action.email.trim().toLowerCase();
    if (isValidEmail(email)) contact.email = email;
    else notes.push({ kind: 'invalid_email', email: action.email.trim() });
  }
  return { ...state, contact };
}

function setAddress(state: ConversationState, action: Extract<Action, { type: 'set_address' }>): ConversationState {
  const address = { ...state.address };
  let changed = false;
  if (action.postcode !== undefined) {
    const valid = normalisePostcode(action.postcode);
    changed ||= valid !== address.postcode;
    address.postcode = valid;
    address.invalidPostcode = valid ? null : action.postcode.trim();
  }
  if (action.houseNumber !== undefined) {
    const addition = action.addition ? action.addition.replace(/[\s-]+/g, '').toUpperCase() : null;
    changed ||= action.houseNumber !== address.houseNumber || addition !== address.addition;
    address.houseNumber = action.houseNumber;
    address.addition = addition;
  }
  if (action.street) address.street = action.street.trim();
  if (action.city) address.city = action.city.trim();
  if (!changed) return { ...state, address };
  // A new address is checked again and may change the municipality and the stop reason it caused.
  const stop = state.stop === 'business' || state.stop === 'out_of_area' ? null : state.stop;
  return {
    ...state,
    address: { ...address, check: null },
    stop,
    foreignMunicipality: stop === null ? null : state.foreignMunicipality,
  };
}

/**
 * Adds items. An item already on the list is restated, not doubled ("de bank is 2 x 0,9 m" after "een bank"), unless
 * the resident says it is extra ("nog een stoel"). A recognised item given while the bot asked what an unknown one
 * was replaces that unknown one.
 */
function addItems(state: ConversationState, inputs: ItemInput[], additional: boolean): ConversationState {
  let items = [...state.items];
  let next = state.nextItemNumber;
  for (const input of inputs) {
    const draft = toDraft(input, `i${next}`);
    const same = input.catalogueId ? items.findIndex((i) => i.catalogueId === input.catalogueId) : -1;
    const unknown = state.expecting === 'item_identity' ? items.findIndex((i) => i.catalogueId === null) : -1;
    if (same >= 0 && !additional) {
      const existing = items[same] as DraftItem;
      items[same] = {
        ...existing,
        ...withoutKey(draft),
        quantity: input.quantity > 1 ? input.quantity : existing.quantity,
      };
    } else if (unknown >= 0 && input.catalogueId) {
      items[unknown] = { ...draft, key: (items[unknown] as DraftItem).key };
    } else {
      items = [...items, draft];
      next += 1;
    }
  }
  return { ...state, items, nextItemNumber: next };
}

function toDraft(input: ItemInput, key: string): DraftItem {
  const { catalogueId, ...rest } = input;
  return { ...rest, key, catalogueId: catalogueId ?? null };
}

function withoutKey(item: DraftItem): Omit<DraftItem, 'key'> {
  const { key: _key, ...rest } = item;
  return rest;
}

/** Removes the items a reference points to (key, catalogue id or the resident's words), or keeps only those. */
function removeItems(state: ConversationState, refs: string[], keepOnly: boolean, notes: Note[]): ConversationState {
  const wanted = refs.map((r) => normalizeText(r));
  const matches = (item: DraftItem) =>
    wanted.some(
      (r) =>
        r === item.key ||
        r === item.catalogueId ||
        normalizeText(item.text) === r ||
        normalizeText(item.text).includes(r),
    );
  const removed = state.items.filter((item) => matches(item) !== keepOnly);
  if (removed.length === 0) return state;
  notes.push({ kind: 'removed', names: removed.map((i) => i.text) });
  return { ...state, items: state.items.filter((item) => matches(item) === keepOnly) };
}

/**
 * The knowledge base's answer. A follow-up that only points back ("en als ik ze gewoon bij het grofvuil zet?") is
 * asked again with the names of the items refused last, so it is answered about them.
 */
function answerFor(state: ConversationState, question: string, ports: EnginePorts): KnowledgeAnswer | null {
  const pointsBack = /\b(?:ze|die|dat|deze|dit|het|hem|they|them|it|those|these)\b/i.test(question);
  if (pointsBack && state.lastRefused.length > 0) {
    const answer = ports.answerQuestion(
      `${state.lastRefused.join(', ')}: ${question}`,
      state.language,
      state.municipality,
    );
    if (answer) return answer;
  }
  return ports.answerQuestion(question, state.language, state.municipality) ?? answerAboutItems(question, state, ports);
}

/** Stems of the service's own subject, in the four languages; a question without any of them is off-topic. */
const WASTE_WORDS =
  /afval|grofvuil|vuil|ophaal|ophalen|milieustraat|container|kliko|irado|matras|snoei|afspraak|aanvraag|recycl|waste|rubbish|garbage|trash|bulky|collect|pickup|pick up|atık|çöp|nifaya|نفاي|قمام/i;

function aboutWaste(question: string, ports: EnginePorts): boolean {
  if (WASTE_WORDS.test(question)) return true;
  return matchItems(question, 'nl', ports.rules.catalogue).some((i) => i.catalogueId !== null);
}
