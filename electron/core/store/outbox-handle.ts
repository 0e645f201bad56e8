// Core (plain Node): opens the outbox file for the current mode, like the cache (cache-handle.ts):
// work queued in demo mode lives in demo-outbox.db and is never in the file a live sender reads.
import { join } from 'node:path';
import { openOutboxDb, type OutboxDb } from './open-database';
import { createOutboxStore, type OutboxStore } from './outbox-store';
import type { Clock } from '../ports';

export interface OutboxHandle {
  store: OutboxStore;
  /** The connection itself, for health checks (PRAGMA quick_check). */
  db: OutboxDb;
  close(): void;
}

export function outboxFileName(mode: 'demo' | 'live'): string {
  return mode === 'demo' ? 'demo-outbox.db' : 'outbox.db';
}

export function openOutbox(
  dataDir: string,
  mode: 'demo' | 'live',
  opts: { nativeBinding?: string; clock?: Clock } = {},
): OutboxHandle {
  const file = join(dataDir, outboxFileName(mode));
  // Never rebuilt when damaged (unlike the cache): unsent sales are not a copy of anything.
  const db = openOutboxDb(file, { nativeBinding: opts.nativeBinding });
  return { store: createOutboxStore(db, { clock: opts.clock }), db, close: () => db.close() };
}
