// Core (plain Node): how the sync tells errors that end a whole run from errors that only spoil
// one resource (or one product), and the error it raises itself when a list cannot be trusted.
import type { SyncResource } from '../../../shared/domain/sync-resources';
import type { ErrorCode } from '../../../shared/ipc/result';
import { toAppError } from '../ipc/to-app-error';

/**
 * The back end cannot be reached or is refusing us, the user cancelled, or the cache itself is
 * unusable: every later step would fail the same way (and burn requests doing so), so stop.
 */
const RUN_STOPPING: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'OFFLINE',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'CANCELLED',
  'DATABASE',
]);

export function stopsTheRun(error: unknown): boolean {
  return RUN_STOPPING.has(toAppError(error).code);
}

/**
 * A list download that ended without us being sure we saw the whole list (the server kept
 * repeating itself, or the list came back far shorter than before). Nothing was swept. Coded as a
 * SERVER_ERROR (the back end's paging answered in a way we cannot use) so it spoils only its
 * resource; the service puts the resource's name in front of the message.
 */
export class ListIncompleteError extends Error {
  readonly code = 'SERVER_ERROR';
  constructor(
    readonly resource: SyncResource,
    message: string,
  ) {
    super(message);
    this.name = 'ListIncompleteError';
  }
}
