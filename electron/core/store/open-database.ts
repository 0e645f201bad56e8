// Core (plain Node): opens (and migrates) the two local SQLite files: the rebuildable cache and the
// outbox of unsent writes, which must never be lost.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import {
  DatabaseCorruptError,
  DatabaseUnavailableError,
  isCorruption,
  isUnavailable,
  type DatabaseKind,
} from './errors';
import { migrate, type MigrationStep } from './migrate';
import { ensurePrivateFile, tightenExisting } from '../privacy/private-files';
import { cacheMigrations } from './migrations';
import { outboxMigrations } from './outbox-migrations';

declare const databaseKind: unique symbol;
/** A migrated cache connection; the brand stops an outbox connection being handed to the cache store. */
export type CacheDb = Database.Database & { readonly [databaseKind]: 'cache' };
/** A migrated outbox connection. */
export type OutboxDb = Database.Database & { readonly [databaseKind]: 'outbox' };

export interface OpenOptions {
  /** A better-sqlite3 addon built for this runtime (the Electron host passes its own build). */
  nativeBinding?: string;
}

interface Profile {
  kind: DatabaseKind;
  steps: readonly MigrationStep[];
  /** NORMAL in WAL mode can lose the last commits on power loss, never consistency: fine for a cache. */
  synchronous: 'NORMAL' | 'FULL';
}

const CACHE: Profile = { kind: 'cache', steps: cacheMigrations, synchronous: 'NORMAL' };
// Money and attendance: a commit must be on disk before we tell staff it is saved.
const OUTBOX: Profile = { kind: 'outbox', steps: outboxMigrations, synchronous: 'FULL' };

export function openCacheDb(file: string, opts: OpenOptions = {}): CacheDb {
  return openMigrated(file, opts, CACHE) as CacheDb;
}

export function openOutboxDb(file: string, opts: OpenOptions = {}): OutboxDb {
  return openMigrated(file, opts, OUTBOX) as OutboxDb;
}

function openMigrated(file: string, opts: OpenOptions, profile: Profile): Database.Database {
  let db: Database.Database;
  try {
    // Created owner-only before SQLite opens it: SQLite gives -wal and -shm the database's mode.
    if (isOnDisk(file)) {
      ensurePrivateFile(file);
      tightenExisting([`${file}-wal`, `${file}-shm`]);
    }
    db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (error) {
    throw new DatabaseUnavailableError(file, error);
  }
  try {
    // The first statements read the header: this is where a file that is not a database fails.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${profile.synchronous}`);
    db.pragma('foreign_keys = ON');
    migrate(db, profile.steps);
    return db;
  } catch (error) {
    db.close();
    if (isCorruption(error)) throw new DatabaseCorruptError(file, profile.kind, error);
    if (isUnavailable(error)) throw new DatabaseUnavailableError(file, error);
    throw error;
  }
}

/** ':memory:' and '' (a temporary database) are not files of ours. */
const isOnDisk = (file: string) => file !== '' && file !== ':memory:' && !file.startsWith('file:');

export interface RebuildOptions extends OpenOptions {
  /** Stamps the name of the set-aside copy; injectable for tests. */
  now?: Date;
}

export interface RebuiltCache {
  db: CacheDb;
  /** Where the broken file now is (`cache.db.corrupt-<timestamp>`), or null if there was none. */
  movedTo: string | null;
}

/**
 * Moves a broken cache file aside and creates an empty, migrated one; the next sync refills it (D7).
 * The broken copy is kept, not deleted, so support can look at it. Only ever for the cache.
 */
export function rebuildCacheDb(file: string, opts: RebuildOptions = {}): RebuiltCache {
  if (/outbox/i.test(basename(file))) {
    throw new Error(`Refusing to rebuild ${file}: the outbox holds unsent work and is never recreated.`);
  }
  const stamp = (opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const movedTo = existsSync(file) ? `${file}.corrupt-${stamp}` : null;
  if (movedTo) renameSync(file, movedTo);
  // A WAL left by the broken file must not be replayed into the new one: keep it with the copy.
  if (existsSync(`${file}-wal`)) renameSync(`${file}-wal`, `${movedTo ?? `${file}.corrupt-${stamp}`}-wal`);
  rmSync(`${file}-shm`, { force: true });
  return { db: openCacheDb(file, opts), movedTo };
}
