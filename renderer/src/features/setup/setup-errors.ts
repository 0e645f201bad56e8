// Renderer: what staff read when a back end refuses, can't be reached or rejects the setup form.
import type { BackendId } from '../../../../shared/domain/backend';
import type { AppError, ErrorCode } from '../../../../shared/ipc/result';
import { hostOf } from '../../lib/backends';

const REFUSED: Record<BackendId, string> = {
  reservie: 'The back end refused these credentials — check your API key and secret.',
  // Resmark signs in with an e-mail and a key, so "key and secret" would send staff looking for a field that isn't there.
  resmark: 'The back end refused these credentials — check your user e-mail and API key.',
};

export function configureErrorText(error: AppError, backend: BackendId, baseUrl: string): string {
  const code: ErrorCode = error.code;
  switch (code) {
    case 'UNAUTHORIZED':
      return REFUSED[backend];
    case 'OFFLINE':
      return `Couldn't reach ${hostOf(baseUrl)}. Check the address and your internet connection.`;
    case 'RATE_LIMITED':
      return `${hostOf(baseUrl)} is busy and asked us to slow down. Wait a minute, then try again.`;
    case 'SERVER_ERROR':
    case 'BAD_INPUT':
    case 'FORBIDDEN':
    case 'DESK_ONLY':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'NOT_CONFIGURED':
    case 'OUTBOX_NOT_EMPTY':
    case 'BUSY':
    case 'CANCELLED':
    case 'DATABASE':
    case 'INTERNAL':
      return error.message;
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
