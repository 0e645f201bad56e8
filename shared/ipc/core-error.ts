// Shared (pure TS): the error any layer (core, hosts, CLI) throws when it already knows the
// contract error code and a sentence staff can act on. Dispatch turns it into an AppError as is.
import type { ErrorCode } from './result';

export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}
