import { type Language, normalizeText } from '@irado/kernel';
import {
  BOOKING,
  CANCEL,
  GOODBYES,
  GREETINGS,
  hasPhrase,
  INJECTION,
  NO,
  QUESTION_OPENERS,
  RESTART,
  startsWithPhrase,
  THANKS,
  YES,
} from './lexicon.ts';

const LANGUAGES: Language[] = ['nl', 'en', 'tr', 'ar'];

/** Strips greetings and fillers at the start, so "Hoi, ik wil …" and "Oh wacht, …" are read for what follows. */
function withoutOpening(normalized: string): string {
  return normalized.replace(
    /^(?:(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|merhaba|sorry|oh|nou|ok|oke|okay|wacht|ah)[\s,!.]+)+/,
    '',
  );
}

/**
 * A yes or a no at the start of the message ("Ja, klopt.", "Nee, verder heb ik niks.", "Evet, doğru."), in any of the
 * four languages, the resident's own first.
 */
export function yesOrNo(text: string, language: Language): 'yes' | 'no' | null {
  const normalized = normalizeText(text).replace(/^[\s,.!]+/, '');
  const order = [language, ...LANGUAGES.filter((l) => l !== language)];
  for (const l of order) {
    if (startsWithPhrase(normalized, NO[l])) return 'no';
    if (startsWithPhrase(normalized, YES[l])) return 'yes';
  }
  return null;
}

export type SmalltalkKind = 'greeting' | 'thanks' | 'goodbye';

/** A message that is only a greeting, thanks or goodbye (a few words at most). */
export function smalltalk(text: string): SmalltalkKind | null {
  const normalized = normalizeText(text)
    .replace(/[!.,?]+/g, ' ')
    .trim();
  if (normalized.split(/\s+/).length > 5) return null;
  if (startsWithPhrase(normalized, THANKS)) return 'thanks';
  if (startsWithPhrase(normalized, GOODBYES)) return 'goodbye';
  if (startsWithPhrase(normalized, GREETINGS)) return 'greeting';
  return null;
}

export function wantsRestart(text: string): boolean {
  return hasPhrase(normalizeText(text), RESTART);
}

export function wantsCancel(text: string): boolean {
  return hasPhrase(normalizeText(text), CANCEL);
}

/** Whether the message asks for a pickup ("ik wil … laten ophalen", "kunnen jullie … ophalen", "picked up"). */
export function asksForPickup(text: string): boolean {
  const normalized = normalizeText(text);
  if (hasPhrase(normalized, BOOKING)) return true;
  return (
    /\b(?:kunnen|kunt|willen|wilt|zouden|kan)\s+(?:jullie|u|je)\b.{0,80}\b(?:ophalen|halen|meenemen|komen)\b/.test(
      normalized,
    ) ||
    /\b(?:ik wil|wij willen|we willen|ik zou graag)\b.{0,80}\b(?:ophalen|kwijt|weg|laten halen)\b/.test(normalized) ||
    /\b(?:can|could|would) you\b.{0,60}\b(?:collect|pick|take)\b/.test(normalized)
  );
}

/**
 * Whether the message is a question about the rules rather than data for a booking: it opens with a question word
 * ("mag ik", "wat", "hoeveel", "can I") or ends with a question mark, and is not a request to pick something up.
 */
export function isQuestion(text: string): boolean {
  const normalized = withoutOpening(normalizeText(text)).replace(/^(?:en|and|maar|but)\s+/, '');
  if (
    asksForPickup(text) &&
    !/^(?:kan ik|mag ik|moet ik|hoe|wat|wanneer|hoeveel|can i|how|what|when)\b/.test(normalized)
  )
    return false;
  return startsWithPhrase(normalized, QUESTION_OPENERS) || /[?؟]\s*$/.test(text.trim());
}

/** Whether the message tries to give the bot instructions (a "SYSTEEM:" line, "ignore your instructions"). */
export function isInjection(text: string): boolean {
  return INJECTION.some((pattern) => pattern.test(text));
}
