import { type BotButton, isLanguage, type Language } from './api/types.ts';
import { CONVERSATION_TTL_MS, STORAGE_KEY } from './constants.ts';

export interface ChatMessage {
  id: string;
  from: 'user' | 'bot';
  text: string;
  buttons: BotButton[];
  showImage: boolean;
}

/** What survives a reload: the chat session, the chosen language and the messages shown. */
export interface Conversation {
  sessionId: string;
  /** Chosen by the resident; null until the language picker (or a first typed message) decided. */
  language: Language | null;
  messages: ChatMessage[];
  /** Whether the chat was open, so a reload in the middle of a booking reopens it. */
  open: boolean;
  updatedAt: number;
}

/** The most messages kept in storage; a booking takes about a dozen turns. */
const MAX_STORED_MESSAGES = 200;

/** A session id of the earlier widget's shape, `irado_<base36 time>_<random>`, which the chat API expects. */
export function newSessionId(now = Date.now()): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const random = [...bytes].map((b) => (b % 36).toString(36)).join('');
  return `irado_${now.toString(36)}_${random}`;
}

export function newConversation(now = Date.now()): Conversation {
  return { sessionId: newSessionId(now), language: null, messages: [], open: false, updatedAt: now };
}

export function messageId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Reads the stored conversation; anything missing, malformed or older than a day gives null. */
export function loadConversation(storage: Storage | null, now = Date.now()): Conversation | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Conversation>;
    if (typeof value.sessionId !== 'string' || !/^[A-Za-z0-9_-]{10,100}$/.test(value.sessionId)) return null;
    if (typeof value.updatedAt !== 'number' || now - value.updatedAt > CONVERSATION_TTL_MS) return null;
    if (!Array.isArray(value.messages)) return null;
    return {
      sessionId: value.sessionId,
      language: isLanguage(value.language) ? value.language : null,
      messages: value.messages.filter(isMessage),
      open: value.open === true,
      updatedAt: value.updatedAt,
    };
  } catch {
    return null;
  }
}

/** Stores the conversation; a full or blocked storage only costs the restore after a reload. */
export function saveConversation(storage: Storage | null, conversation: Conversation): void {
  try {
    const messages = conversation.messages.slice(-MAX_STORED_MESSAGES);
    storage?.setItem(STORAGE_KEY, JSON.stringify({ ...conversation, messages }));
  } catch {
    // Private browsing or a full quota: the chat still works, it just starts over after a reload.
  }
}

export function clearConversation(storage: Storage | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // As above: nothing to do when storage is unavailable.
  }
}

function isMessage(value: unknown): value is ChatMessage {
  const m = value as Partial<ChatMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.id === 'string' &&
    (m.from === 'user' || m.from === 'bot') &&
    typeof m.text === 'string' &&
    Array.isArray(m.buttons) &&
    m.buttons.every(isButton) &&
    typeof m.showImage === 'boolean'
  );
}

export function isButton(value: unknown): value is BotButton {
  const b = value as Partial<BotButton> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    typeof b.id === 'string' &&
    typeof b.label === 'string' &&
    typeof b.value === 'string' &&
    (b.variant === 'primary' || b.variant === 'secondary')
  );
}
