// Core test support (plain Node): a fresh temp folder per test, and a cache store on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createCacheStore, type CacheStore } from '../cache-store';
import { openCacheDb, type CacheDb } from '../open-database';
import type { OutboxAccount } from '../outbox-account';

export * from './builders';

const opened: CacheDb[] = [];

/** Registers hooks that give each test its own empty folder; call at the top of a describe/file. */
export function useTempDir(): () => string {
  let dir: string | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'frontdesk-store-'));
  });
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.open) db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  return () => {
    if (!dir) throw new Error('useTempDir: no test is running');
    return dir;
  };
}

/** A cache store on a real file in `dir` (closed after the test), and its connection for inspection. */
export function openTestCache(dir: string): { db: CacheDb; store: CacheStore } {
  const db = openCacheDb(join(dir, 'cache.db'));
  opened.push(db);
  return { db, store: createCacheStore(db) };
}

/** An outbox account for tests: a live Reservie key unless told otherwise. */
export function testAccount(overrides: Partial<OutboxAccount> = {}): OutboxAccount {
  return {
    mode: 'live',
    backend: 'reservie',
    baseUrl: 'https://go.reservie.net/api/v1',
    credentialId: 'key-sha256:0123456789abcdef',
    ...overrides,
  };
}
