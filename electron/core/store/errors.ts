// Core (plain Node): the typed errors opening a database can raise, each with a sentence staff can act on.
import type { ErrorCode } from '../../../shared/ipc/result';

/** Which of the two local databases an error is about; they are handled very differently (D7). */
export type DatabaseKind = 'cache' | 'outbox';

/** The file's schema is newer than this build knows: a downgrade, or a data folder shared with a newer app. */
export class DatabaseFromFutureError extends Error {
  readonly code: ErrorCode = 'DATABASE';
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This data folder was written by a newer version of Frontdesk (schema ${found}; this version knows ${known}). ` +
        'Update the app or choose another data folder.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

/** The file exists but is not a readable SQLite database. The cache can be rebuilt; the outbox cannot. */
export class DatabaseCorruptError extends Error {
  readonly code: ErrorCode = 'DATABASE';
  constructor(
    readonly file: string,
    readonly kind: DatabaseKind,
    cause: unknown,
  ) {
    super(
      kind === 'cache'
        ? `The local cache (${file}) is damaged. Frontdesk can rebuild it from the back end with a full sync.`
        : `The file of unsent sales (${file}) is damaged. Do not delete it: copy the data folder and contact support.`,
      { cause },
    );
    this.name = 'DatabaseCorruptError';
  }
}

/** The file cannot be opened or written at all (missing folder, permissions, read-only or full disk). */
export class DatabaseUnavailableError extends Error {
  readonly code: ErrorCode = 'DATABASE';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `Frontdesk cannot open its data file ${file}. Check that the data folder exists, is writable and the disk is not full.`,
      { cause },
    );
    this.name = 'DatabaseUnavailableError';
  }
}

/** A programming error: the migration list is not 1..N in order. Caught by tests, never by users. */
export class InvalidMigrationsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidMigrationsError';
  }
}

const CORRUPT = /^SQLITE_(NOTADB|CORRUPT)/;
const UNAVAILABLE = /^SQLITE_(CANTOPEN|READONLY|FULL|PERM|IOERR|AUTH)/;

/** The SQLite result code of a better-sqlite3 error, if it is one. */
export function sqliteCode(error: unknown): string | null {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code.startsWith('SQLITE_') ? error.code : null;
  }
  return null;
}

export const isCorruption = (error: unknown): boolean => CORRUPT.test(sqliteCode(error) ?? '');
export const isUnavailable = (error: unknown): boolean => UNAVAILABLE.test(sqliteCode(error) ?? '');
