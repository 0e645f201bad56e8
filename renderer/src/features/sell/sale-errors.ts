// Renderer: which words staff read when the core refuses or cannot make a sale, by error code.
import type { ErrorCode } from '../../../../shared/ipc/result';

export type SaleErrorKey =
  | 'errors.badInput'
  | 'errors.conflict'
  | 'errors.notFound'
  | 'errors.offline'
  | 'errors.busyServer'
  | 'errors.serverError'
  | 'errors.unauthorized'
  | 'errors.notConfigured'
  | 'errors.database'
  | 'errors.generic';

/** The title for a refusal; the core's own sentence (error.message) is shown under it. */
export function saleErrorKey(code: ErrorCode): SaleErrorKey {
  switch (code) {
    case 'BAD_INPUT':
      return 'errors.badInput';
    case 'CONFLICT':
      return 'errors.conflict';
    case 'NOT_FOUND':
      return 'errors.notFound';
    case 'OFFLINE':
      return 'errors.offline';
    case 'RATE_LIMITED':
    case 'BUSY':
      return 'errors.busyServer';
    case 'SERVER_ERROR':
      return 'errors.serverError';
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
      return 'errors.unauthorized';
    case 'NOT_CONFIGURED':
    case 'DESK_ONLY':
      return 'errors.notConfigured';
    case 'DATABASE':
      return 'errors.database';
    case 'OUTBOX_NOT_EMPTY':
    case 'CANCELLED':
    case 'INTERNAL':
      return 'errors.generic';
  }
}
