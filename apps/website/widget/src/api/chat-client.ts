import { isButton } from '../conversation.ts';
import { SseParser } from './sse.ts';
import { type BotOutput, isLanguage, type Language } from './types.ts';

/** Why a turn failed, as the widget shows it; each state offers the customer-service number. */
export type TurnFailure =
  | { kind: 'offline' }
  | { kind: 'unreachable' }
  | { kind: 'rate-limited'; retryAfterSeconds: number | null }
  | { kind: 'rejected'; message: string }
  | { kind: 'server'; status: number; message: string | null };

export class TurnError extends Error {
  constructor(readonly failure: TurnFailure) {
    super(`chat turn failed: ${failure.kind}`);
  }
}

/** `stream` uses /api/chat/stream, `legacy` the earlier POST /api/chat, `auto` streams and falls back on a 404. */
export type ApiMode = 'auto' | 'stream' | 'legacy';

export interface ChatClientOptions {
  apiOrigin: string;
  mode: ApiMode;
  /** Whether the browser believes it is online; a failed fetch while offline is reported as `offline`. */
  isOnline?: () => boolean;
  /** How long a turn may take in all, streaming included. */
  timeoutMs?: number;
}

export interface ChatClient {
  /** Sends one message; `onDelta` receives the reply's text as it streams. Throws TurnError. */
  send(sessionId: string, chatInput: string, onDelta: (text: string) => void): Promise<BotOutput>;
  /** The mode in use now: `auto` becomes `legacy` after the stream endpoint answered 404. */
  mode(): ApiMode;
}

export function createChatClient(options: ChatClientOptions): ChatClient {
  let mode = options.mode;
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const timeoutMs = options.timeoutMs ?? 90_000;

  async function post(path: string, body: unknown, accept: string): Promise<Response> {
    if (!isOnline()) throw new TurnError({ kind: 'offline' });
    try {
      return await fetch(`${options.apiOrigin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') throw new TurnError({ kind: 'server', status: 504, message: null });
      throw new TurnError({ kind: isOnline() ? 'unreachable' : 'offline' });
    }
  }

  async function legacy(body: unknown): Promise<BotOutput> {
    const res = await post('/api/chat', body, 'application/json');
    if (!res.ok) throw await failureOf(res);
    const json = (await res.json().catch(() => null)) as { output?: unknown } | null;
    return normaliseOutput(json?.output);
  }

  async function stream(body: unknown, onDelta: (text: string) => void): Promise<BotOutput> {
    const res = await post('/api/chat/stream', body, 'text/event-stream');
    if (res.status === 404 && mode === 'auto') {
      mode = 'legacy';
      return legacy(body);
    }
    if (!res.ok) throw await failureOf(res);
    if (!res.headers.get('content-type')?.includes('text/event-stream') || !res.body) {
      const json = (await res.json().catch(() => null)) as { output?: unknown } | null;
      return normaliseOutput(json?.output);
    }
    const parser = new SseParser();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<string>;
        try {
          chunk = await reader.read();
        } catch {
          throw new TurnError(isOnline() ? { kind: 'server', status: 502, message: null } : { kind: 'offline' });
        }
        if (chunk.done) break;
        for (const event of parser.push(chunk.value)) {
          const data = parseJson(event.data) as Record<string, unknown> | null;
          if (event.event === 'delta' && typeof data?.text === 'string') onDelta(data.text);
          else if (event.event === 'done') return normaliseOutput(data?.output);
          else if (event.event === 'error')
            throw new TurnError({
              kind: 'server',
              status: 500,
              message: typeof data?.error === 'string' ? data.error : null,
            });
        }
      }
    } finally {
      reader.cancel().catch(() => {});
    }
    // The stream ended without `done`: the server or a proxy cut it off.
    throw new TurnError({ kind: 'server', status: 502, message: null });
  }

  return {
    mode: () => mode,
    send(sessionId, chatInput, onDelta) {
      const body = {
        sessionId,
        action: 'sendMessage',
        chatInput,
        timestamp: new Date().toISOString(),
        source: 'website',
      };
      return mode === 'legacy' ? legacy(body) : stream(body, onDelta);
    },
  };
}

/** The failure an error response stands for; bodies are `{error, code, requestId}`, proxies may send anything. */
async function failureOf(res: Response): Promise<TurnError> {
  const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
  const message = typeof body?.error === 'string' ? body.error : null;
  if (res.status === 429) {
    const seconds = Number.parseInt(res.headers.get('retry-after') ?? '', 10);
    return new TurnError({ kind: 'rate-limited', retryAfterSeconds: Number.isFinite(seconds) ? seconds : null });
  }
  if (res.status >= 400 && res.status < 500) return new TurnError({ kind: 'rejected', message: message ?? '' });
  return new TurnError({ kind: 'server', status: res.status, message });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Coerces whatever came back into the contract's shape. The earlier system's voice fork answered `{output: "text"}`,
 * and a model may omit fields; the server defaults are used for anything missing.
 */
export function normaliseOutput(output: unknown, fallbackLanguage: Language = 'nl'): BotOutput {
  if (typeof output === 'string') {
    return { text: output, language: fallbackLanguage, buttons: [], showAfvalplaatsImage: false };
  }
  const o = (output ?? {}) as Partial<Record<keyof BotOutput, unknown>>;
  if (typeof o.text !== 'string') throw new TurnError({ kind: 'server', status: 502, message: null });
  return {
    text: o.text,
    language: isLanguage(o.language) ? o.language : fallbackLanguage,
    buttons: Array.isArray(o.buttons) ? o.buttons.filter(isButton) : [],
    showAfvalplaatsImage: o.showAfvalplaatsImage === true,
  };
}
