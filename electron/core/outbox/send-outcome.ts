// Core (pure): what a failed send means for the item. A refusal the back end gives (a 4xx that
// retrying cannot fix: pass used up, event full) goes to staff; anything else (offline, timeout,
// reset, 5xx, 429, an expired token) is retried later, and the send's outcome counts as unknown.
import { isBackendError } from '../http/errors';

export type FailedSend =
  | { kind: 'refused'; message: string }
  /**
   * `unreachable`: the back end could not be reached (the sender stops and waits).
   * `outcomeUnknown`: the request may have been carried out (look it up before sending again).
   */
  | { kind: 'retry'; message: string; unreachable: boolean; outcomeUnknown: boolean };

/** Failures that happen before a connection exists: the request cannot have reached the server. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
/** Answers given without acting on the request: a new token, or the rate limit. */
const NOT_ACTED = new Set([401, 429]);

function networkCode(error: unknown): string | undefined {
  // Start below the BackendError itself: its own `code` is ours (OFFLINE), not the socket's.
  let e: unknown = (error as { cause?: unknown }).cause;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('E')) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** 4xx a later retry may fix: auth (a new token), request timeout, rate limit. */
const RETRYABLE_4XX = new Set([401, 408, 425, 429]);

export function classifyFailure(error: unknown, backendName: string): FailedSend {
  if (isBackendError(error)) {
    const status = error.status;
    if (status !== undefined && status >= 400 && status < 500 && !RETRYABLE_4XX.has(status)) {
      return { kind: 'refused', message: `${backendName} refused it: ${error.message}` };
    }
    const neverArrived =
      (status !== undefined && NOT_ACTED.has(status)) ||
      (status === undefined && NEVER_CONNECTED.has(networkCode(error) ?? ''));
    return {
      kind: 'retry',
      message: error.message,
      unreachable: error.code === 'OFFLINE',
      outcomeUnknown: !neverArrived,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'retry', message, unreachable: false, outcomeUnknown: true };
}

/** Seconds between tries of one item: 2, 4, 8 … up to 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}
