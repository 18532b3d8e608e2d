import { normalisePostcode, type PostcodeLookup } from '@irado/kernel';
import { TtlCache } from './ttl-cache.ts';

/** An address to look up; the addition is accepted but not sent (see {@link createOpenPostcodeClient}). */
export interface PostcodeQuery {
  postcode: string;
  houseNumber: number;
  addition?: string | null;
}

/** What the address check needs from a postcode service. Never throws: an outage is `{ status: 'unavailable' }`. */
export interface PostcodeLookupPort {
  lookup(query: PostcodeQuery): Promise<PostcodeLookup>;
}

export interface OpenPostcodeClientOptions {
  /** The address endpoint, e.g. https://openpostcode.nl/api/address (config OPEN_POSTCODE_URL). */
  baseUrl: string;
  /** Per attempt, in ms. */
  timeoutMs?: number;
  /** Extra attempts after a timeout, network error, 429 or 5xx. */
  retries?: number;
  /** How long found / not-found answers are kept, in ms. Outages are never cached. */
  cacheTtlMs?: number;
  cacheMax?: number;
  fetch?: typeof fetch;
  /** Clock for the cache, for tests. */
  now?: () => number;
  /** Receives outage notes. Messages never contain the postcode or house number: together they are personal data. */
  logger?: { warn(msg: string): void };
}

const RETRY = Symbol('retry');
type Attempt = PostcodeLookup | typeof RETRY;

/**
 * A client of the Open Postcode API (legacy reference §5): `GET {baseUrl}?postcode=3112AB&huisnummer=12`.
 *
 * - 200 with `straat`/`woonplaats`/`gemeente` → found. An `error` body (`Huisnummer not found`) → not_found, unless its
 *   `suggestions` list this number with a letter ("24A"): the API answers so when one number has several letters, and
 *   the number then exists. Found and not_found are cached.
 * - Timeouts, network errors, 429 and 5xx are retried `retries` times, then unavailable; a body that is not the
 *   expected JSON → unavailable at once. Unavailable is never cached, so the next check asks again.
 * - Only the number is sent: letters and additions are the register's business (§10.3), and the API's own letter
 *   matching misses existing addresses. One cache entry per postcode + number serves every addition.
 */
export function createOpenPostcodeClient(opts: OpenPostcodeClientOptions): PostcodeLookupPort {
  const timeoutMs = opts.timeoutMs ?? 3_000;
  const retries = opts.retries ?? 1;
  const fetchImpl = opts.fetch ?? fetch;
  const cache = new TtlCache<PostcodeLookup>(opts.cacheMax ?? 10_000, opts.cacheTtlMs ?? 24 * 3_600_000, opts.now);
  const pending = new Map<string, Promise<PostcodeLookup>>();

  async function attempt(url: URL, houseNumber: number): Promise<Attempt> {
    try {
      const response = await fetchImpl(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
      if (response.status >= 500 || response.status === 429) {
        await response.body?.cancel();
        opts.logger?.warn(`Open Postcode API answered ${response.status}`);
        return RETRY;
      }
      const text = await response.text();
      return interpret(response.status, parseJson(text), houseNumber, opts.logger);
    } catch (error) {
      opts.logger?.warn(`Open Postcode API not reached: ${error instanceof Error ? error.name : 'error'}`);
      return RETRY;
    }
  }

  async function ask(postcode: string, houseNumber: number): Promise<PostcodeLookup> {
    const url = new URL(opts.baseUrl);
    url.searchParams.set('postcode', postcode);
    url.searchParams.set('huisnummer', String(houseNumber));
    for (let tries = 0; tries <= retries; tries++) {
      const result = await attempt(url, houseNumber);
      if (result !== RETRY) return result;
    }
    return { status: 'unavailable' };
  }

  return {
    async lookup(query) {
      const postcode = normalisePostcode(query.postcode);
      if (!postcode || !Number.isInteger(query.houseNumber) || query.houseNumber <= 0) return { status: 'not_found' };
      const key = `${postcode} ${query.houseNumber}`;
      const cached = cache.get(key);
      if (cached) return cached;
      // Two checks of the same address at once (a retrying widget) share one request.
      let running = pending.get(key);
      if (!running) {
        running = ask(postcode, query.houseNumber).finally(() => pending.delete(key));
        pending.set(key, running);
      }
      const result = await running;
      if (result.status !== 'unavailable') cache.set(key, result);
      return result;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The API's body → a lookup; anything unexpected is an outage, never a "valid" address (legacy defect §5). */
function interpret(
  status: number,
  body: unknown,
  houseNumber: number,
  logger: OpenPostcodeClientOptions['logger'],
): PostcodeLookup {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    logger?.warn(`Open Postcode API answered ${status} with a body that is not a JSON object`);
    return { status: 'unavailable' };
  }
  const record = body as Record<string, unknown>;
  if (typeof record.error === 'string' && [200, 400, 404].includes(status)) {
    const suggestions = Array.isArray(record.suggestions) ? record.suggestions : [];
    const numberExists = suggestions.some((s) => Number.parseInt(String(s), 10) === houseNumber);
    return numberExists ? { status: 'found' } : { status: 'not_found' };
  }
  const street = str(record.straat);
  const city = str(record.woonplaats);
  const municipality = str(record.gemeente);
  if (status === 200 && (street || city || municipality)) {
    return { status: 'found', ...(street && { street }), ...(city && { city }), ...(municipality && { municipality }) };
  }
  logger?.warn(`Open Postcode API answered ${status} without an address or an error`);
  return { status: 'unavailable' };
}
