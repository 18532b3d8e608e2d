import { AppError } from '@irado/errors';

const SESSION_ID = /^[A-Za-z0-9_-]{10,100}$/;
/** Control characters other than tab and line breaks; any letter, quote or apostrophe of any language is fine. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the purpose of this pattern
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;
export const MAX_INPUT = 2000;

export interface ValidChatRequest {
  sessionId: string;
  chatInput: string;
  source: string;
}

const invalid = (message: string) => new AppError('VALIDATION', message, message);

/**
 * Checks a chat request the way the earlier API did, with its error texts, except that apostrophes, quotes and the
 * letters of every language are accepted: normal Dutch ("auto's") must pass.
 */
export function validateChatRequest(body: unknown): ValidChatRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw invalid('No data provided');
  const { sessionId, action, chatInput, source } = body as Record<string, unknown>;
  if (sessionId === undefined || action === undefined || chatInput === undefined)
    throw invalid('Missing required fields');
  if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) throw invalid('Invalid session ID format');
  if (action !== 'sendMessage') throw invalid('Invalid action');
  if (typeof chatInput !== 'string' || chatInput.length === 0 || [...chatInput].length > MAX_INPUT) {
    throw invalid('Invalid chat input length');
  }
  if (CONTROL.test(chatInput)) throw invalid('Invalid characters in input');
  return { sessionId, chatInput, source: source === 'voice' ? 'voice' : 'website' };
}
