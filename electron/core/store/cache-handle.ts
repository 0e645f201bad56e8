// Core (plain Node): opens the cache file for the current mode (demo or live) with its store,
// rebuilding it from nothing when it is damaged: the cache is only a copy of the back ends (D7).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCacheStore, type CacheStore } from './cache-store';
import { DatabaseCorruptError } from './errors';
import { openCacheDb, rebuildCacheDb, type CacheDb } from './open-database';

export interface CacheHandle {
  store: CacheStore;
  /** The connection itself, for health checks (PRAGMA quick_check); queries go through `store`. */
  db: CacheDb;
  /** Where a damaged cache file was moved before a fresh one was created; null when none was. */
  rebuiltFrom: string | null;
  close(): void;
}

/** Demo data must never mix with a venue's real customers, so each mode has its own file. */
export function cacheFileName(mode: 'demo' | 'live'): string {
  return mode === 'demo' ? 'demo-cache.db' : 'cache.db';
}

export function openCache(dataDir: string, mode: 'demo' | 'live', nativeBinding?: string): CacheHandle {
  const file = join(dataDir, cacheFileName(mode));
  let db: CacheDb;
  let rebuiltFrom: string | null = null;
  try {
    db = openCacheDb(file, { nativeBinding });
  } catch (error) {
    // Only damage is repaired here; a file from a newer app version is refused, not overwritten.
    if (!(error instanceof DatabaseCorruptError)) throw error;
    const rebuilt = rebuildCacheDb(file, { nativeBinding });
    db = rebuilt.db;
    rebuiltFrom = rebuilt.movedTo;
  }
  const store = createCacheStore(db);
  return { store, db, rebuiltFrom, close: () => store.close() };
}

/** Deletes a mode's cache file with its WAL and shared-memory files (close it first). */
export function removeCacheFiles(dataDir: string, mode: 'demo' | 'live'): void {
  for (const suffix of ['', '-wal', '-shm'])
    rmSync(join(dataDir, cacheFileName(mode) + suffix), { force: true });
}
