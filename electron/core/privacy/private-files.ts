// Core (plain Node): the data folder holds customers' names and e-mail addresses, so it and every
// file the core writes there are the user's alone: folders 0700, files 0600. Files are created
// with that mode (SQLite then gives its -wal and -shm files the database file's mode), and folders
// or files left open by an older version or another tool are tightened, and remembered so that
// `doctor` can say so.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** POSIX modes only: on Windows the folder's ACL (the user's profile) does this job. */
const hasPosixModes = process.platform !== 'win32';

export interface Tightened {
  path: string;
  /** The permission bits it had, e.g. 0o755. */
  from: number;
}

const tightenedThisRun: Tightened[] = [];

/** Every folder or file this process found open to other users and made private. */
export function tightenedSoFar(): readonly Tightened[] {
  return tightenedThisRun;
}

function tighten(path: string, mode: number): void {
  if (!hasPosixModes) return;
  const from = statSync(path).mode & 0o777;
  if ((from & 0o077) === 0) return;
  chmodSync(path, mode);
  tightenedThisRun.push({ path, from });
}

/** Creates `dir` (and parents) owner-only, and makes an existing one owner-only. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  tighten(dir, PRIVATE_DIR_MODE);
}

/** Creates `file` empty and owner-only if it is missing; makes an existing one owner-only. */
export function ensurePrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  tighten(file, PRIVATE_FILE_MODE);
}

/** Makes the files that exist owner-only (e.g. a database's -wal and -shm); missing ones are skipped. */
export function tightenExisting(files: readonly string[]): void {
  for (const file of files) if (existsSync(file)) tighten(file, PRIVATE_FILE_MODE);
}
