import { type CatalogueEntry, type DraftItem, type Language, matchItems, normalizeText } from '@irado/kernel';
import type { Action, ItemInput } from '../actions.ts';
import type { ConversationState } from '../state.ts';
import { extractEntities, type Span } from './entities.ts';
import { asksForPickup, isInjection, isQuestion, smalltalk, wantsCancel, wantsRestart, yesOrNo } from './intent.ts';
import { detectLanguage, parseLanguageName, parseLanguageTrigger } from './language.ts';

/** Stages in which words that match no catalogue item are taken as items to ask about. */
const ITEM_STAGES = new Set(['items', 'more_items', 'item_identity']);

const REMOVE_CUE =
  /\b(?:zonder|behalve|geen|verwijder|schrap|haal|hoeft niet|hoeven niet|niet meer|toch niet|without|except|remove|drop|delete|take off|no longer|not the|hariç|çıkar|بدون)\b/;
const KEEP_ONLY_CUE = /\b(?:alleen|enkel|slechts|only|just|sadece|yalnızca|فقط)\b/;
const LET_IT_GO = /\b(?:laat maar|maakt niet uit|vergeet (?:het|dat)|never ?mind|forget it|bos ver)\b/;
const MORE = /\b(?:nog een|nog twee|nog drie|ook nog|extra|another|one more|also|bir tane daha)\b/;

/**
 * The built-in, offline understanding: grammar and patterns for the four languages, the kernel's item matcher and a
 * small intent classifier. It proposes actions only; the engine decides what they mean for the booking.
 */
export function understandOffline(
  message: string,
  state: ConversationState,
  catalogue: readonly CatalogueEntry[],
): Action[] {
  const trigger = parseLanguageTrigger(message);
  if (trigger)
    return [
      { type: 'set_language', language: trigger },
      { type: 'smalltalk', kind: 'greeting' },
    ];
  if (message.trim() === '') return [{ type: 'smalltalk', kind: 'empty' }];
  const named = parseLanguageName(message);
  if (named)
    return [
      { type: 'set_language', language: named },
      { type: 'smalltalk', kind: 'greeting' },
    ];
  if (wantsRestart(message)) return [{ type: 'restart' }];
  if (wantsCancel(message) && !state.submitted) return [{ type: 'cancel' }];

  const actions: Action[] = [];
  const detected = state.languageChosen ? null : detectLanguage(message);
  const language: Language = detected ?? state.language;
  if (detected && detected !== state.language) actions.push({ type: 'set_language', language: detected });
  if (isInjection(message)) actions.push({ type: 'off_topic', kind: 'injection' });

  const entities = extractEntities(message);
  const answer = yesOrNo(message, language);
  const hasDetails = Boolean(
    entities.email || entities.phone || entities.postcode || entities.invalidPostcode || entities.houseNumber,
  );

  if (entities.municipality) actions.push({ type: 'set_municipality', name: entities.municipality });
  else if (entities.foreignPlace) actions.push({ type: 'set_municipality', name: entities.foreignPlace });

  if (isQuestion(message) && !hasDetails && !(answer && state.expecting !== 'nothing')) {
    return [...actions, { type: 'ask_question', question: message.trim() }];
  }

  if (state.expecting === 'item_identity' && LET_IT_GO.test(normalizeText(message))) {
    return [...actions, ...answerActions(message, answer, state)];
  }
  const items = itemsIn(message, entities.spans, language, catalogue, ITEM_STAGES.has(state.expecting));
  const changes = itemChanges(message, language, catalogue, state);
  if (!state.booking && (asksForPickup(message) || items.length > 0)) actions.push({ type: 'start_booking' });
  if (answer && (state.expecting === 'consent' || (state.stop === 'no_consent' && answer === 'yes'))) {
    actions.push({ type: 'consent', given: answer === 'yes' });
  }
  const contact = contactOf(entities, hasDetails || state.expecting === 'details');
  if (contact) actions.push(contact);
  const address = addressOf(entities);
  if (address) actions.push(address);
  const additions = items.filter((i) => !changes.mentioned.has(i.catalogueId ?? ''));
  if (additions.length > 0)
    actions.push({ type: 'add_items', items: additions.map(toInput), additional: MORE.test(normalizeText(message)) });
  actions.push(...changes.actions);
  actions.push(...answerActions(message, answer, state));

  if (actions.length === 0 || actions.every((a) => a.type === 'set_language')) {
    const kind = smalltalk(message);
    actions.push(kind ? { type: 'smalltalk', kind } : { type: 'ask_question', question: message.trim() });
  }
  return actions;
}

/** Items in the message outside the parts recognised as name, address or e-mail. */
function itemsIn(
  message: string,
  spans: Span[],
  language: Language,
  catalogue: readonly CatalogueEntry[],
  keepUnknown: boolean,
): DraftItem[] {
  const blanked = [...spans]
    .sort((a, b) => b.from - a.from)
    .reduce((text, s) => `${text.slice(0, s.from)},${text.slice(s.to)}`, message);
  return matchItems(blanked, language, catalogue).filter((i) => keepUnknown || i.catalogueId !== null);
}

function toInput(item: DraftItem): ItemInput {
  const input: ItemInput = { text: item.text, catalogueId: item.catalogueId, quantity: item.quantity };
  if (item.lengthM !== undefined) input.lengthM = item.lengthM;
  if (item.widthM !== undefined) input.widthM = item.widthM;
  if (item.heightM !== undefined) input.heightM = item.heightM;
  if (item.weightKg !== undefined) input.weightKg = item.weightKg;
  if (item.conditions?.length) input.conditions = item.conditions;
  return input;
}

/**
 * Removals and "only this" in clauses with a cue ("dan zonder het zonnescherm", "haal de tafel eraf", "alleen de
 * kast"). The items of such a clause are found with the matcher after dropping the cue words.
 */
function itemChanges(
  message: string,
  language: Language,
  catalogue: readonly CatalogueEntry[],
  state: ConversationState,
): { actions: Action[]; mentioned: Set<string> } {
  const actions: Action[] = [];
  const mentioned = new Set<string>();
  for (const clause of message.split(/[,;.!?\n]|\b(?:en|and|ve|maar|but)\b/)) {
    const normalized = normalizeText(clause);
    const keepOnly = KEEP_ONLY_CUE.test(normalized);
    if (!keepOnly && !REMOVE_CUE.test(normalized)) continue;
    const stripped = normalized.replace(REMOVE_CUE, ' ').replace(KEEP_ONLY_CUE, ' ');
    // Every item named in such a clause is a change, never an addition, even when it matches the list only loosely
    // ("alleen de kast" when the list says "oude kledingkast": removal also matches on the resident's words).
    const ids = matchItems(stripped, language, catalogue)
      .map((i) => i.catalogueId)
      .filter((id): id is string => id !== null);
    if (ids.length === 0 || state.items.length === 0) continue;
    for (const id of ids) mentioned.add(id);
    actions.push({ type: keepOnly ? 'keep_only_items' : 'remove_items', refs: ids });
  }
  return { actions, mentioned };
}

function contactOf(entities: ReturnType<typeof extractEntities>, expectingDetails: boolean): Action | null {
  const contact: Extract<Action, { type: 'set_contact' }> = { type: 'set_contact' };
  if (entities.email) contact.email = entities.email;
  if (entities.phone) contact.phone = entities.phone;
  if (entities.name && expectingDetails) contact.name = entities.name;
  return Object.keys(contact).length > 1 ? contact : null;
}

function addressOf(entities: ReturnType<typeof extractEntities>): Action | null {
  const address: Extract<Action, { type: 'set_address' }> = { type: 'set_address' };
  const postcode = entities.postcode ?? entities.invalidPostcode;
  if (postcode) address.postcode = postcode;
  if (entities.houseNumber) {
    address.houseNumber = entities.houseNumber;
    address.addition = entities.addition ?? '';
  }
  if (entities.street) address.street = entities.street;
  if (entities.city && (postcode || entities.street)) address.city = entities.city;
  return Object.keys(address).length > 1 ? address : null;
}

/** A bare yes or no answers what the bot asked last. */
function answerActions(message: string, answer: 'yes' | 'no' | null, state: ConversationState): Action[] {
  const letGo = LET_IT_GO.test(normalizeText(message));
  // A "ja" again after the request went out (a double click, a retried request) confirms nothing new.
  if (state.submitted && answer === 'yes' && state.expecting === 'nothing') return [{ type: 'confirm' }];
  switch (state.expecting) {
    case 'confirmation':
      if (answer === 'yes') return [{ type: 'confirm' }];
      if (answer === 'no') return [{ type: 'decline' }];
      return [];
    case 'item_identity':
      if (answer === 'no' || letGo) {
        const unknown = state.items.filter((i) => i.catalogueId === null).map((i) => i.key);
        return unknown.length > 0 ? [{ type: 'remove_items', refs: unknown }] : [];
      }
      return [];
    case 'items':
    case 'more_items':
      return answer === 'no' ? [{ type: 'decline' }] : [];
    default:
      return [];
  }
}
