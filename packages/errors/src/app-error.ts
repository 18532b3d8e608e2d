/**
 * Stable error codes. The HTTP layer maps each to a status in one table; logs and clients can rely on the code, never on
 * the message text.
 */
export const appErrorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'DATABASE_UNAVAILABLE',
  'POSTCODE_API_UNAVAILABLE',
  'LLM_UNAVAILABLE',
  'CONFIG',
  'INTERNAL',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

/**
 * The one error type of the platform. `message` is for logs (English, no personal data); `userMessage` is what a person
 * may read, already in their language where that is known.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly userMessage?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
