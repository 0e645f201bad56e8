// Shared (pure TS): the result union every call returns, and the closed set of error codes.
// Errors cross the bridge as data: `invoke` would keep only an Error's message, so we never throw across it.

/** Every way a call can fail. The renderer switches on these; add one only with a UI message for it. */
export const ERROR_CODES = [
  /** The payload did not match the contract schema, or the channel does not exist. */
  'BAD_INPUT',
  /** The caller is not the app's own page (wrong sender, missing or wrong launch token). */
  'FORBIDDEN',
  /** A desk-only call (customer lists, settings, sign-out) made from the self-service kiosk. */
  'DESK_ONLY',
  /** The back end refused the credentials: "check your API key". Never retried automatically. */
  'UNAUTHORIZED',
  /** The back end could not be reached (connection refused, reset, DNS, timeout). */
  'OFFLINE',
  /** The back end kept answering 429 after we waited as long as it asked. */
  'RATE_LIMITED',
  /** The back end answered with a 5xx, an error page instead of JSON, or a shape we cannot read. */
  'SERVER_ERROR',
  /** The back end or the cache has no such thing. */
  'NOT_FOUND',
  /** The back end refused the write because of its current state (sold out, lock expired, duplicate). */
  'CONFLICT',
  /** No back end is configured for what was asked, or no staff PIN is set (kiosk mode). */
  'NOT_CONFIGURED',
  /** Refused because unsent work would be lost (e.g. sign-out with a non-empty outbox). */
  'OUTBOX_NOT_EMPTY',
  /** Something is already running that this call would clash with (e.g. a second sync). */
  'BUSY',
  /** The operation was cancelled by the user. */
  'CANCELLED',
  /** The local database cannot be used (from a newer app version, corrupt, disk full, read-only). */
  'DATABASE',
  /** A bug: the details are in the core's log, never in the message. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** A sentence a member of staff can act on, in our words. Never contains a secret. */
  message: string;
  /**
   * What the back end itself said, for a "details" disclosure: redacted, at most 200 characters.
   * Absent when the error is ours or the server said nothing.
   */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message },
});

/**
 * The one answer for "the bridge itself broke" (a rejected invoke, e.g. during shutdown), from the
 * preload and the renderer alike, so staff read the same sentence whichever side noticed.
 */
export const CORE_UNREACHABLE: AppError = {
  code: 'INTERNAL',
  message: 'Frontdesk could not reach its core. Try again, and restart the app if this keeps happening.',
};
