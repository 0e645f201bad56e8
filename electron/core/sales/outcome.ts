// Core (plain Node): did a failed write perhaps happen anyway? A dropped connection, a deadline
// or a 5xx may have come after the server acted, so the next attempt must look first; any other
// refusal (4xx, 429) means the server did not carry the write out.
import { isBackendError } from '../http/errors';

export function outcomeUnknown(error: unknown): boolean {
  if (!isBackendError(error)) return true; // not an answer from the server at all: assume the worst
  return error.code === 'OFFLINE' || error.code === 'SERVER_ERROR';
}
