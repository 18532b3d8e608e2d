import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One address the fake knows, in the API's own field names. `huisnummer` may carry a letter ("24A"). */
export interface FakeAddress {
  postcode: string;
  huisnummer: number | string;
  straat: string;
  woonplaats: string;
  gemeente: string;
  provincie?: string;
}

/**
 * normal: answers like the real API. down: drops every connection without an answer. slow: answers only after
 * `slowMs`. error500: HTTP 500 with an HTML page, as a failing proxy does. garbage: 200 with truncated JSON.
 */
export type FakePostcodeMode = 'normal' | 'down' | 'slow' | 'error500' | 'garbage';

export interface FakePostcodeApi {
  /** The address endpoint, to use as OPEN_POSTCODE_URL / `baseUrl`. */
  url: string;
  /** Requests received so far, whatever the mode. */
  readonly requestCount: number;
  /** Switches the mode; with `times`, only for that many requests, then back to normal (e.g. one 500, then fine). */
  setMode(mode: FakePostcodeMode, opts?: { times?: number }): void;
  close(): Promise<void>;
}

export interface FakePostcodeOptions {
  addresses?: readonly FakeAddress[];
  mode?: FakePostcodeMode;
  /** Delay of the slow mode in ms; default 10 s, far beyond any client timeout. */
  slowMs?: number;
}

/** What this needs from a test: node:test's `t`, or `{ after }` for a whole file. */
export interface TestHooks {
  after(fn: () => Promise<void> | void): void;
}

/**
 * A loopback stand-in for the Open Postcode API (https://openpostcode.nl/api/address?postcode=&huisnummer=) on
 * 127.0.0.1, speaking its protocol: the found body with Dutch field names, a 404 `{"error":"Huisnummer not found",
 * "suggestions":[…]}` for an unknown number, and the outages real networks produce. Closed in `t.after`.
 */
export async function startFakePostcodeApi(t: TestHooks, opts: FakePostcodeOptions = {}): Promise<FakePostcodeApi> {
  const addresses = opts.addresses ?? [];
  let mode: FakePostcodeMode = opts.mode ?? 'normal';
  let remaining = Number.POSITIVE_INFINITY;
  let requestCount = 0;
  const timers = new Set<NodeJS.Timeout>();

  const server = http.createServer((req, res) => {
    requestCount += 1;
    const current = mode;
    remaining -= 1;
    if (remaining <= 0) {
      mode = 'normal';
      remaining = Number.POSITIVE_INFINITY;
    }
    if (current === 'down') return void req.socket.destroy();
    if (current === 'error500')
      return void send(res, 500, '<html><body><h1>500 Internal Server Error</h1></body></html>', 'text/html');
    if (current === 'garbage') return void send(res, 200, '{"postcode":"3112AB","straat":"Hoogstr', 'application/json');
    if (current === 'slow') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer(req, res, addresses);
      }, opts.slowMs ?? 10_000);
      timers.add(timer);
      return;
    }
    answer(req, res, addresses);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const close = async () => {
    for (const timer of timers) clearTimeout(timer);
    server.closeAllConnections();
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  t.after(close);
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/address`,
    get requestCount() {
      return requestCount;
    },
    setMode(next, modeOpts) {
      mode = next;
      remaining = modeOpts?.times ?? Number.POSITIVE_INFINITY;
    },
    close,
  };
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
  res.end(body);
}

const compact = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();

type Reply = [status: number, body: string, type: string];
const json = (status: number, body: unknown): Reply => [status, JSON.stringify(body), 'application/json'];

function answer(req: IncomingMessage, res: ServerResponse, addresses: readonly FakeAddress[]): void {
  send(res, ...reply(req, addresses));
}

/** The real API's answers: the address, or 404 with the numbers it does know in that postcode as suggestions. */
function reply(req: IncomingMessage, addresses: readonly FakeAddress[]): Reply {
  const url = new URL(req.url ?? '/', 'http://fake');
  if (req.method !== 'GET' || url.pathname !== '/api/address') return [404, 'Not Found', 'text/plain'];
  const postcode = compact(url.searchParams.get('postcode') ?? '');
  if (!/^\d{4}[A-Z]{2}$/.test(postcode)) return json(400, { error: 'Invalid postcode' });
  const number = Number.parseInt(url.searchParams.get('huisnummer') ?? '', 10);
  const inPostcode = addresses.filter((a) => compact(a.postcode) === postcode);
  const matches = inPostcode.filter((a) => Number.parseInt(String(a.huisnummer), 10) === number);
  const only = matches[0];
  if (matches.length === 1 && only && String(only.huisnummer) === String(number)) {
    return json(200, foundBody(postcode, only));
  }
  // Several letters at one number: the real API also refuses a bare number then, listing the lettered ones.
  const suggestions = (matches.length > 0 ? matches : inPostcode).map((a) => String(a.huisnummer));
  return json(404, { error: 'Huisnummer not found', suggestions });
}

function foundBody(postcode: string, a: FakeAddress) {
  return {
    postcode,
    huisnummer: String(a.huisnummer),
    straat: a.straat,
    buurt: 'Centrum',
    wijk: 'Wijk 01',
    woonplaats: a.woonplaats,
    gemeente: a.gemeente,
    provincie: a.provincie ?? 'Zuid-Holland',
    latitude: 51.9167,
    longitude: 4.4,
  };
}
