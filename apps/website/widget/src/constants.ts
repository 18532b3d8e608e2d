/** Irado's customer-service number: the one place the widget takes it from. */
export const CUSTOMER_SERVICE_PHONE = '010-262 1000';
/** The same number for a `tel:` link. */
export const CUSTOMER_SERVICE_TEL = '+31102621000';

/** localStorage key of the conversation; the version lets a later widget ignore an older shape. */
export const STORAGE_KEY = 'irado-chat:v1';
/** A stored conversation older than this starts over, so a shared computer does not show yesterday's chat. */
export const CONVERSATION_TTL_MS = 24 * 60 * 60 * 1000;
/** The chat API accepts at most this many characters per message. */
export const MAX_INPUT_LENGTH = 2000;
