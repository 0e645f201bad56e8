// Core (pure): what a failed send means for the item. A refusal the back end gives (a 4xx that
// retrying cannot fix: pass used up, event full) goes to staff; anything else (offline, timeout,
// reset, 5xx, 429, an expired token) is retried later, and the send's outcome counts as unknown.
import { isBackendError } from '../http/errors';

export type FailedSend =
  | { kind: 'refused'; message: string }
  /** `unreachable`: the back end could not be reached at all (the sender stops and waits). */
  | { kind: 'retry'; message: string; unreachable: boolean };

/** 4xx a later retry may fix: auth (a new token), request timeout, rate limit. */
const RETRYABLE_4XX = new Set([401, 408, 425, 429]);

export function classifyFailure(error: unknown, backendName: string): FailedSend {
  if (isBackendError(error)) {
    const status = error.status;
    if (status !== undefined && status >= 400 && status < 500 && !RETRYABLE_4XX.has(status)) {
      return { kind: 'refused', message: `${backendName} refused it: ${error.message}` };
    }
    return { kind: 'retry', message: error.message, unreachable: error.code === 'OFFLINE' };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'retry', message, unreachable: false };
}

/** Seconds between tries of one item: 2, 4, 8 … up to 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000);
}
