import {
  confirmRequest,
  findEntry,
  formatHouseNumber,
  formatM3,
  itemName,
  MUNICIPALITIES,
  type PickupRequest,
  type Plan,
  type PlannedItem,
  planRequest,
  planTexts,
} from '@irado/kernel';
import { type EngineTexts, textsFor } from '../messages/index.ts';
import { joinList } from '../messages/join-list.ts';
import type { ConversationState, Expecting } from '../state.ts';
import type { Note } from './apply.ts';
import type { EnginePorts } from './ports.ts';
import { type Button, button, type Reply } from './reply.ts';
import { refusalLines, renderSummary } from './summary.ts';

export interface Submission {
  request: PickupRequest;
  /** Counts bookings within the session; with the session id it makes the idempotency key. */
  bookingNumber: number;
}

export interface Response {
  state: ConversationState;
  reply: Reply;
  submission: Submission | null;
}

/** What the reply says before the prompt for the next step: answers, acknowledgements, problems. */
function notePrefix(notes: Note[], state: ConversationState, ports: EnginePorts): string[] {
  const t = textsFor(state.language);
  const { customerService } = ports.rules.contacts;
  const lines: string[] = [];
  for (const note of notes) {
    if (note.kind === 'answer') lines.push(note.answer.text);
    else if (note.kind === 'no_answer') lines.push(t.noAnswer(customerService.phone, customerService.email));
    else if (note.kind === 'injection') lines.push(t.injection);
    else if (note.kind === 'off_topic') lines.push(t.offTopic(customerService.phone, customerService.email));
    else if (note.kind === 'invalid_email') lines.push(t.invalidEmail(note.email));
    else if (note.kind === 'removed') lines.push(t.removed(note.names.join(', ')));
    else if (note.kind === 'thanks') lines.push(t.thanks);
    else if (note.kind === 'goodbye') lines.push(t.goodbye);
    else if (note.kind === 'restarted') lines.push(t.restarted);
  }
  return lines;
}

const yesNoButtons = (t: EngineTexts, prefix: string): Button[] => [
  button(`${prefix}_yes`, t.yes, t.yes, 'primary'),
  button(`${prefix}_no`, t.no, t.no),
];

function reply(
  state: ConversationState,
  expecting: Expecting,
  parts: string[],
  buttons: Button[] = [],
  image = false,
): Response {
  return {
    state: { ...state, expecting },
    reply: {
      text: parts.filter((p) => p.trim() !== '').join('\n\n'),
      language: state.language,
      buttons,
      showAfvalplaatsImage: image,
    },
    submission: null,
  };
}

/**
 * Decides the next step after the turn's actions and writes the reply. The order follows the booking flow of the
 * rules (§7.2): municipality, privacy consent, details, address check, items, summary, confirmation. Whatever was
 * already given is never asked again.
 */
export async function respond(state: ConversationState, notes: Note[], ports: EnginePorts): Promise<Response> {
  const t = textsFor(state.language);
  const prefix = notePrefix(notes, state, ports);
  const has = (kind: Note['kind']) => notes.some((n) => n.kind === kind);

  if (has('confirm_requested') && state.submitted) {
    return reply(state, 'nothing', [...prefix, t.alreadySubmitted(state.submitted.reference)]);
  }
  if (has('cancelled')) return reply(state, 'nothing', [...prefix, t.cancelled]);
  if (!state.booking) return idle(state, notes, prefix, t);
  if (has('answer') || has('no_answer')) {
    // A question in the middle of a booking is answered; the booking goes on where it was.
    const next = await nextStep(state, [], ports);
    return { ...next, reply: { ...next.reply, text: [...prefix, t.continueBooking, next.reply.text].join('\n\n') } };
  }
  return nextStep(state, prefix, ports, notes);
}

function idle(state: ConversationState, notes: Note[], prefix: string[], t: EngineTexts): Response {
  const greeting = notes.some((n) => n.kind === 'greeting');
  const empty = notes.some((n) => n.kind === 'empty');
  const buttons = [button('start_booking', t.startBooking, t.startBooking, 'primary')];
  if (greeting) return reply(state, 'nothing', [...prefix, t.welcome], buttons);
  if (empty) return reply(state, 'nothing', [t.emptyMessage], buttons);
  if (notes.some((n) => n.kind === 'answer')) return reply(state, 'nothing', [...prefix, t.offerBooking], buttons);
  if (notes.some((n) => n.kind === 'consent_declined')) return reply(state, 'nothing', [...prefix, t.consentDeclined]);
  return reply(state, 'nothing', prefix.length > 0 ? prefix : [t.welcome], buttons);
}

async function nextStep(
  state: ConversationState,
  prefix: string[],
  ports: EnginePorts,
  notes: Note[] = [],
): Promise<Response> {
  const t = textsFor(state.language);
  const { rules } = ports;
  const names = joinList(MUNICIPALITIES, planTexts(state.language).and);
  const contacts = rules.contacts;

  // Items that can never go are explained at once, before any personal data is asked for.
  const early = refusalOnly(state, ports);
  if (early) {
    if (notes.some((n) => n.kind === 'declined'))
      return reply({ ...state, booking: false }, 'nothing', [...prefix, t.noRequest(contacts.customerService.phone)]);
    return reply({ ...state, lastRefused: early.refused.map((r) => r.text) }, 'more_items', [
      ...prefix,
      ...refusalLines(early, state.language, rules),
      t.nothingBookable,
      t.askMoreItems,
    ]);
  }
  if (state.stop === 'business' && state.address.check) {
    const { business, customerService } = contacts;
    return reply(state, 'nothing', [
      ...prefix,
      t.stillBusiness,
      t.business(business.email, business.phone, customerService.phone),
    ]);
  }
  if (state.stop === 'out_of_area' || (!state.municipality && state.foreignMunicipality)) {
    return reply({ ...state, stop: 'out_of_area' }, 'nothing', [
      ...prefix,
      t.outsideArea(state.foreignMunicipality, names),
    ]);
  }
  if (!state.municipality) {
    const buttons = MUNICIPALITIES.map((m, i) => button(`gemeente_${i + 1}`, m, m, i === 0 ? 'primary' : 'secondary'));
    return reply(state, 'municipality', [...prefix, t.askMunicipality(names)], buttons);
  }
  if (state.stop === 'no_consent')
    return reply(state, 'consent', [...prefix, t.consentDeclined], yesNoButtons(t, 'privacy'));
  if (!state.consentAt)
    return reply(state, 'consent', [...prefix, t.askConsent(contacts.privacyUrl)], yesNoButtons(t, 'privacy'));

  const checked = await ensureAddressChecked(state, ports);
  if ('response' in checked)
    return {
      ...checked.response,
      reply: { ...checked.response.reply, text: [...prefix, checked.response.reply.text].join('\n\n') },
    };
  state = checked.state;
  const addressNotes = checked.lines;
  const municipality = state.municipality;
  if (!municipality) return reply(state, 'municipality', [...prefix, t.askMunicipality(names)]);

  const missing = missingDetails(state, t);
  if (missing.length > 0) {
    const problem = state.address.invalidPostcode
      ? t.invalidPostcode(state.address.invalidPostcode)
      : state.address.check?.classification.outcome === 'not_found'
        ? t.addressNotFound
        : null;
    return reply(state, 'details', [...prefix, ...addressNotes, problem ?? t.askDetails(missing)]);
  }
  if (state.items.length === 0) return reply(state, 'items', [...prefix, ...addressNotes, t.askItems]);

  const plan = planRequest({ municipality, items: state.items, date: ports.now().toISOString().slice(0, 10) }, rules);
  if (plan.unknown.length > 0) {
    const names = plan.unknown.map((u) => `"${u.text}"`).join(', ');
    return reply(state, 'item_identity', [...prefix, ...addressNotes, t.askUnknown(names)]);
  }
  if (!plan.bookable) {
    if (notes.some((n) => n.kind === 'declined'))
      return reply({ ...state, booking: false }, 'nothing', [...prefix, t.noRequest(contacts.customerService.phone)]);
    return reply({ ...state, lastRefused: plan.refused.map((r) => r.text) }, 'more_items', [
      ...prefix,
      ...addressNotes,
      ...refusalLines(plan, state.language, rules),
      t.nothingBookable,
      t.askMoreItems,
    ]);
  }
  if (
    state.expecting === 'confirmation' &&
    notes.some((n) => n.kind === 'confirm_requested') &&
    onlyRefusedRemoved(notes, plan)
  ) {
    return submit(state, plan, prefix, ports);
  }
  if (notes.some((n) => n.kind === 'declined') && state.expecting === 'confirmation') {
    return reply(state, 'items', [...prefix, t.whatToChange]);
  }
  // Sizes that matter and were not given are asked with the summary, not in a turn of their own: a resident who does
  // not know them can simply confirm, and the typical size is used.
  const sizes = piecesToMeasure(state, plan, ports);
  const asked = [...state.asked, ...sizes.map((i) => `size:${i.key}`)];
  const sizeQuestion = sizes.length > 0 ? sizesQuestion(sizes, plan, state, ports) : null;
  const buttons = [button('confirm_yes', t.confirmYes, t.yes, 'primary'), button('confirm_no', t.confirmNo, t.no)];
  return reply(
    { ...state, asked, lastRefused: plan.refused.map((r) => r.text) },
    'confirmation',
    [...prefix, ...addressNotes, renderSummary(state, plan, rules, sizeQuestion)],
    buttons,
    true,
  );
}

function sizesQuestion(sizes: PlannedItem[], plan: Plan, state: ConversationState, ports: EnginePorts): string {
  const t = textsFor(state.language);
  const list = sizes.map((i) => itemName(i, state.language, ports.rules)).join(', ');
  const cap = plan.routes.find((r) => r.items.some((i) => sizes.includes(i)))?.capM3 ?? null;
  return t.askSizes(list, cap === null ? null : formatM3(cap, state.language));
}

/** Volume at which a piece's size matters for the municipal cap; smaller pieces are counted at their typical size. */
const LARGE_PIECE_M3 = 0.5;

/**
 * Pieces whose size decides something and was not given, each asked once: those the kernel asks the length of (a
 * length limit can refuse them), and, where the municipality caps the volume, large pieces.
 */
function piecesToMeasure(state: ConversationState, plan: Plan, ports: EnginePorts): PlannedItem[] {
  const lengthAsked = new Set(plan.questions.filter((q) => q.code === 'length').map((q) => q.key));
  return plan.routes
    .flatMap((r) => r.items.map((item) => ({ item, cap: r.capM3 })))
    .filter(({ item, cap }) => {
      if (state.asked.includes(`size:${item.key}`)) return false;
      const measured = item.measurements.lengthM !== undefined;
      const large = cap !== null && item.unitVolumeM3 >= LARGE_PIECE_M3 && item.measurements.heightM === undefined;
      return (
        (!measured && lengthAsked.has(item.key)) || (large && findEntry(ports.rules, item.catalogueId) !== undefined)
      );
    })
    .map(({ item }) => item);
}

/** Before municipality and consent: items were named and every one of them is refused. */
function refusalOnly(state: ConversationState, ports: EnginePorts): Plan | null {
  if (state.items.length === 0 || (state.municipality && state.consentAt)) return null;
  const plan = planRequest({ municipality: state.municipality ?? 'Schiedam', items: state.items }, ports.rules);
  return plan.routes.length === 0 && plan.unknown.length === 0 && plan.refused.length > 0 ? plan : null;
}

/** A confirmation also stands when the same message removed only items that were refused anyway. */
function onlyRefusedRemoved(notes: Note[], plan: Plan): boolean {
  const planned = new Set(plan.routes.flatMap((r) => r.items.map((i) => i.text)));
  return notes.every((n) => n.kind !== 'removed' || n.names.every((name) => !planned.has(name)));
}

function missingDetails(state: ConversationState, t: EngineTexts): string[] {
  const missing: string[] = [];
  const { address, contact } = state;
  if (!contact.name) missing.push(t.detailName);
  if (!address.postcode && !address.houseNumber && !address.invalidPostcode) missing.push(t.detailAddress);
  else {
    if (!address.postcode) missing.push(t.detailPostcode);
    if (!address.houseNumber) missing.push(t.detailHouseNumber);
  }
  if (address.check?.classification.outcome === 'not_found' && missing.length === 0) missing.push(t.detailAddress);
  if (!contact.email) missing.push(t.detailEmail);
  return missing;
}

type CheckResult = { state: ConversationState; lines: string[] } | { response: Response };

/**
 * Checks a complete, not yet checked address: register first, then the postcode API (Decisions 5 and 11). A business
 * or out-of-area address stops the booking; an address in another service-area municipality switches the rules to it.
 */
async function ensureAddressChecked(state: ConversationState, ports: EnginePorts): Promise<CheckResult> {
  const { address } = state;
  const t = textsFor(state.language);
  if (address.check || !address.postcode || !address.houseNumber) return { state, lines: [] };
  const check = await ports.checkAddress({
    postcode: address.postcode,
    houseNumber: address.houseNumber,
    addition: address.addition,
  });
  const next: ConversationState = { ...state, address: { ...address, check } };
  const { classification } = check;
  const contacts = ports.rules.contacts;
  switch (classification.outcome) {
    case 'business':
      return {
        response: reply({ ...next, stop: 'business' }, 'nothing', [
          t.business(contacts.business.email, contacts.business.phone, contacts.customerService.phone),
        ]),
      };
    case 'outside_area': {
      const names = joinList(MUNICIPALITIES, planTexts(state.language).and);
      const place = classification.foreignMunicipality ?? address.city;
      return {
        response: reply({ ...next, stop: 'out_of_area', foreignMunicipality: place }, 'nothing', [
          t.outsideArea(place, names),
        ]),
      };
    }
    case 'not_found':
      return { state: next, lines: [] };
    default: {
      const municipality = classification.municipality ?? state.municipality;
      const lines: string[] = [];
      const street = check.street ?? address.street;
      const house = formatHouseNumber({ number: address.houseNumber, addition: address.addition });
      if (municipality) lines.push(t.addressConfirmed([street, house].filter(Boolean).join(' '), municipality));
      if (municipality && state.municipality && municipality !== state.municipality)
        lines.push(t.municipalityChanged(municipality));
      return { state: { ...next, municipality: municipality ?? null }, lines };
    }
  }
}

/** Turns the confirmed booking into a request through the kernel's last gate; the caller stores it with its mails. */
function submit(state: ConversationState, plan: Plan, prefix: string[], ports: EnginePorts): Response {
  const t = textsFor(state.language);
  const check = state.address.check;
  const now = ports.now().toISOString();
  if (!check || !state.municipality || !state.address.postcode || !state.address.houseNumber) {
    return reply(state, 'details', [...prefix, t.askDetails(missingDetails(state, t))]);
  }
  const result = confirmRequest({
    reference: ports.newReference(),
    language: state.language,
    contact: { name: state.contact.name ?? '', email: state.contact.email ?? '', phone: state.contact.phone },
    address: {
      street: check.street ?? state.address.street,
      houseNumber: formatHouseNumber({ number: state.address.houseNumber, addition: state.address.addition }),
      postcode: state.address.postcode,
      city: check.city ?? state.address.city,
      municipality: state.municipality,
      check: check.classification,
    },
    consentAt: state.consentAt,
    confirmedAt: now,
    plan,
  });
  if (!result.ok) {
    return reply(state, 'details', [...prefix, t.askDetails(missingDetails(state, t))]);
  }
  const submitted = { ...state, booking: false, submitted: { reference: result.request.reference, at: now } };
  const response = reply(submitted, 'nothing', [...prefix, t.submitted(result.request.reference)]);
  return { ...response, submission: { request: result.request, bookingNumber: state.bookingNumber } };
}
