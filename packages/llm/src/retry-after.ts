/**
 * A fetch that marks a response as not retryable (`x-should-retry: false`, which the SDK obeys) when it asks for a
 * wait longer than `maxWaitMs`. The SDK sleeps out any Retry-After uncapped and without watching the abort signal,
 * so a "Retry-After: 3600" would keep an hour-long timer (and the request) alive after the caller gave up.
 */
export function fetchCappingRetryAfter(maxWaitMs: number): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const wait = retryAfterMs(response.headers);
    if (wait === null || wait <= maxWaitMs) return response;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

/** The wait a response asks for, read the way the SDK reads it: retry-after-ms, then Retry-After (seconds or date). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (ms > 0) return ms;
  const value = headers.get('retry-after');
  if (!value) return null;
  const seconds = Number.parseFloat(value);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : date - now;
}
