// Core (plain Node): the offline cache the desk runs on: sync pages in (atomically with their
// cursor), search and today's schedule out. The only owner of the cache tables.
import type { BackendId } from '../../../shared/domain/backend';
import type { CacheCounts, CustomerHit, SessionSummary } from '../../../shared/domain/cache';
import type { SyncResourceState } from '../../../shared/domain/sync';
import { SYNC_RESOURCES, type SyncResource } from '../../../shared/domain/sync-resources';
import { systemClock, type Clock } from '../ports';
import { createCustomerSearch } from './customer-search';
import type { CacheDb } from './open-database';
import type { RegistrationRecord } from './records';
import { createReservieTables } from './reservie-tables';
import { createResmarkTables } from './resmark-tables';
import {
  RESOURCE_BACKEND,
  RESOURCE_TABLE,
  type RecordFor,
  type RecordWriter,
  type RecordWriters,
  type Sweeper,
  type Sweepers,
  type SweepScopeFor,
} from './resources';
import { createScheduleReads } from './schedule-reads';
import { tableSweeper } from './sql-helpers';
import { createSyncStateTable, type StoredSyncState } from './sync-state-table';

export type { RecordFor, SweepScopeFor } from './resources';
export type { StoredSyncState } from './sync-state-table';

/** One page of one resource, as a sync step downloaded it. */
export interface SyncPage<R extends SyncResource> {
  backend: BackendId;
  resource: R;
  /** The generation of the pass this page belongs to; stamped on every row it writes. */
  gen: number;
  records: readonly RecordFor<R>[];
  /** Where to resume after this page; stored as JSON in the same transaction as the rows. */
  cursor: unknown;
}

export interface CacheStore {
  /** Atomically upserts one page of records AND records the sync cursor, so a kill -9 loses at most the page in flight. */
  writePage<R extends SyncResource>(page: SyncPage<R>): void;
  /** Deletes the rows of `resource` (within `scope`) not written in generation `gen`; returns how many. */
  sweep<R extends SyncResource>(
    backend: BackendId,
    resource: R,
    gen: number,
    scope?: SweepScopeFor<R>,
  ): number;
  /**
   * Like an unscoped sweep, but deletes at most `limit` rows (0 = nothing left), each batch its
   * own transaction: a caller that yields between batches keeps the event loop responsive when a
   * pass removes thousands of customers (each FTS delete costs ~60 µs).
   */
  sweepBatch(backend: BackendId, resource: SyncResource, gen: number, limit: number): number;
  getSyncState(backend: BackendId, resource: SyncResource): StoredSyncState | null;
  markSyncComplete(backend: BackendId, resource: SyncResource, opts: { full: boolean; at: string }): void;
  /** Every resource synced at least once, with how many rows the cache holds for it. */
  listSyncStates(): SyncResourceState[];
  /** Customers (with their passes, active first) and Resmark orders; at most `limit` (default 25). */
  searchCustomers(query: string, limit?: number): CustomerHit[];
  /** Reservie sessions and Resmark slots starting in [fromIso, toIso), ordered by start. */
  listSessions(fromIso: string, toIso: string): SessionSummary[];
  /** A session's register, every status, in booking order. */
  listRegistrations(sessionId: string): RegistrationRecord[];
  listProductIds(): string[];
  counts(): CacheCounts;
  close(): void;
}

export interface CacheStoreOptions {
  /** Stamps sync_state.last_page_at. */
  clock?: Clock;
}

function assertOwner(backend: BackendId, resource: SyncResource): void {
  if (RESOURCE_BACKEND[resource] !== backend) {
    throw new Error(`The ${resource} resource belongs to ${RESOURCE_BACKEND[resource]}, not ${backend}.`);
  }
}

/** The write side: one transaction per page (rows + cursor) and per sweep. */
function createPageWriter(db: CacheDb, clock: Clock) {
  const reservie = createReservieTables(db);
  const resmark = createResmarkTables(db);
  const writers: RecordWriters = { ...reservie.writers, ...resmark.writers };
  const sweepers: Sweepers = { ...reservie.sweepers, ...resmark.sweepers };
  const syncState = createSyncStateTable(db);
  // TS cannot correlate `writers[page.resource]` with `page.records` (a correlated union), hence
  // the widening casts below; RecordByResource keeps the pairs right.
  const writePage = db.transaction((page: SyncPage<SyncResource>) => {
    const write = writers[page.resource] as RecordWriter<SyncResource>;
    for (const record of page.records) write(record, page.gen);
    syncState.saveCursor(page.backend, page.resource, page.cursor, page.gen, clock.now().toISOString());
  });
  const sweep = db.transaction((resource: SyncResource, gen: number, scope?: SweepScopeFor<SyncResource>) =>
    (sweepers[resource] as Sweeper<SyncResource>)(gen, scope),
  );
  const batchSweepers = new Map(SYNC_RESOURCES.map((r) => [r, tableSweeper(db, RESOURCE_TABLE[r]).batch]));
  const sweepBatch = (resource: SyncResource, gen: number, limit: number) =>
    batchSweepers.get(resource)!(gen, Math.max(1, Math.trunc(limit)));
  return { writePage, sweep, sweepBatch, syncState };
}

export function createCacheStore(db: CacheDb, opts: CacheStoreOptions = {}): CacheStore {
  const { writePage, sweep, sweepBatch, syncState } = createPageWriter(db, opts.clock ?? systemClock);
  const reads = createScheduleReads(db);
  return {
    writePage(page) {
      assertOwner(page.backend, page.resource);
      writePage(page);
    },
    sweep(backend, resource, gen, scope) {
      assertOwner(backend, resource);
      return sweep(resource, gen, scope);
    },
    sweepBatch(backend, resource, gen, limit) {
      assertOwner(backend, resource);
      return sweepBatch(resource, gen, limit);
    },
    getSyncState: (backend, resource) => syncState.get(backend, resource),
    markSyncComplete(backend, resource, { full, at }) {
      assertOwner(backend, resource);
      syncState.markComplete(backend, resource, full, at);
    },
    listSyncStates() {
      const counts = reads.counts();
      return syncState.list().map((s) => ({ ...s, count: counts[s.resource] }));
    },
    searchCustomers: createCustomerSearch(db),
    listSessions: reads.listSessions,
    listRegistrations: reads.listRegistrations,
    listProductIds: reads.listProductIds,
    counts: reads.counts,
    close() {
      if (!db.open) return;
      try {
        db.pragma('optimize'); // keeps the planner's statistics fresh, as SQLite recommends on close
      } finally {
        db.close();
      }
    },
  };
}
