// Renderer: what staff read when a booking system refuses, can't be reached or rejects the setup form.
import type { BackendId } from '../../../../shared/domain/backend';
import type { AppError, ErrorCode } from '../../../../shared/ipc/result';
import { BACKEND_LABEL, hostOf } from '../../lib/backends';

const REFUSED: Record<BackendId, string> = {
  reservie: "Reservie didn't accept these details — check your API key and secret, then try again.",
  // Resmark signs in with an e-mail and a key, so "key and secret" would send staff looking for a field that isn't there.
  resmark: "Resmark didn't accept these details — check your user e-mail and API key, then try again.",
};

/** What staff read (`title`), and the core's own words for whoever sets the desk up (`detail`). */
export interface ConfigureErrorText {
  title: string;
  detail: string | null;
}

export function configureErrorText(error: AppError, backend: BackendId, baseUrl: string): ConfigureErrorText {
  const code: ErrorCode = error.code;
  const product = BACKEND_LABEL[backend].product;
  const withDetail = (title: string): ConfigureErrorText => ({ title, detail: error.message || null });
  switch (code) {
    case 'UNAUTHORIZED':
      return withDetail(REFUSED[backend]);
    case 'OFFLINE':
      return withDetail(`Couldn't reach ${hostOf(baseUrl)}. Check the address and the internet connection.`);
    case 'RATE_LIMITED':
      return withDetail(`${product} is busy right now. Wait a minute, then try again.`);
    case 'SERVER_ERROR':
      return withDetail(`${product} had a problem and couldn't check these details. Try again in a minute.`);
    case 'NOT_FOUND':
      return withDetail(`Nothing answered as ${product} at this address. Check the server address.`);
    case 'BAD_INPUT':
    case 'FORBIDDEN':
    case 'DESK_ONLY':
    case 'CONFLICT':
    case 'NOT_CONFIGURED':
    case 'OUTBOX_NOT_EMPTY':
    case 'BUSY':
    case 'CANCELLED':
    case 'DATABASE':
    case 'INTERNAL':
      return withDetail("Couldn't check these details.");
    default:
      return missingCase(code);
  }
}

export const OUTBOX_NOT_EMPTY_TEXT =
  'There are unsent sales on this device. Reconnect and let them send before signing out.';

export function signOutErrorText(error: AppError): string {
  return error.code === 'OUTBOX_NOT_EMPTY' ? OUTBOX_NOT_EMPTY_TEXT : error.message;
}

function missingCase(value: never): never {
  throw new Error(`unhandled case ${String(value)}`);
}
