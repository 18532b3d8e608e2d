import { APIConnectionError, APIConnectionTimeoutError, APIError, OpenAIError } from 'openai';
import { IncompleteStreamError } from './read-stream.ts';

/** What went wrong, in words and fields fit for logs: never a prompt, an answer, a URL with a key or a header. */
export interface Failure {
  errorClass: 'timeout' | 'aborted' | 'http' | 'network' | 'stream' | 'incomplete' | 'other';
  status?: number;
  message: string;
  /** False for outcomes that say nothing about the provider's health. */
  counts: boolean;
}

/**
 * Classifies an error of one completion. 400 and 422 do not count against the circuit breaker: they belong to one
 * request (Azure answers 400 to a prompt its content filter blocks), and a few residents must not be able to switch
 * the model off for everyone.
 */
export function describeFailure(
  error: unknown,
  ctx: { timedOut: boolean; callerAborted: boolean; timeoutMs: number },
): Failure {
  if (ctx.callerAborted) return { errorClass: 'aborted', message: 'request aborted by the caller', counts: false };
  if (ctx.timedOut || error instanceof APIConnectionTimeoutError) {
    return { errorClass: 'timeout', message: `no complete answer within ${ctx.timeoutMs} ms`, counts: true };
  }
  if (error instanceof APIConnectionError)
    return { errorClass: 'network', message: 'server not reached', counts: true };
  if (error instanceof APIError) {
    const code = safeCode(error.code);
    if (error.status === undefined) {
      return { errorClass: 'stream', message: `error event in the stream${code}`, counts: true };
    }
    const status = error.status;
    return { errorClass: 'http', status, message: `HTTP ${status}${code}`, counts: status !== 400 && status !== 422 };
  }
  if (error instanceof IncompleteStreamError) {
    return { errorClass: 'incomplete', message: 'stream ended before the answer was complete', counts: true };
  }
  // Raised by the SDK before any request, e.g. when the Entra ID token provider throws.
  if (error instanceof OpenAIError) return { errorClass: 'other', message: 'SDK refused the request', counts: true };
  // undici's fetch reports a connection lost while reading the body as TypeError('terminated').
  if (error instanceof TypeError && error.message === 'terminated') {
    return { errorClass: 'network', message: 'connection dropped mid-stream', counts: true };
  }
  // A garbled chunk (SyntaxError from JSON.parse) ends up here.
  const name = error instanceof Error ? error.name : typeof error;
  return { errorClass: 'other', message: `stream failed (${name})`, counts: true };
}

/** The provider's error code (e.g. content_filter, rate_limit_exceeded) when it looks like one, in brackets. */
function safeCode(code: unknown): string {
  return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? ` (${code})` : '';
}
