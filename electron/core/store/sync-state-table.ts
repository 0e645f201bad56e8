// Core (plain Node): the sync_state table: one row per (back end, resource) with the resumable
// cursor, the current generation and when the last pass succeeded.
import { BACKEND_IDS, type BackendId } from '../../../shared/domain/backend';
import { SYNC_RESOURCES, type SyncResource } from '../../../shared/domain/sync-resources';
import type { CacheDb } from './open-database';

/** What the sync needs to resume or decide between an incremental and a full pass. */
export interface StoredSyncState {
  /** Whatever the sync step last stored with a page (parsed JSON); null before the first page. */
  cursor: unknown;
  /** The generation of the last page written; rows of older generations are sweep candidates. */
  gen: number;
  lastSuccessAt: string | null;
  lastFullSyncAt: string | null;
}

interface SyncStateRow {
  backend: string;
  resource: string;
  cursor: string | null;
  gen: number;
  last_success_at: string | null;
  last_full_sync_at: string | null;
}

export interface SyncStateListing {
  backend: BackendId;
  resource: SyncResource;
  lastSuccessAt: string | null;
  lastFullSyncAt: string | null;
  readWholeSince: string | null;
}

const RESOURCES = new Set<string>(SYNC_RESOURCES);
const BACKENDS = new Set<string>(BACKEND_IDS);

const SQL = {
  get: 'SELECT * FROM sync_state WHERE backend = ? AND resource = ?',
  all: 'SELECT * FROM sync_state ORDER BY backend, resource',
  saveCursor: `INSERT INTO sync_state (backend, resource, cursor, gen, last_page_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (backend, resource) DO UPDATE
    SET cursor = excluded.cursor, gen = excluded.gen, last_page_at = excluded.last_page_at`,
  // A full pass also counts as a success; an incremental one leaves last_full_sync_at alone.
  complete: `INSERT INTO sync_state (backend, resource, last_success_at, last_full_sync_at)
    VALUES (@backend, @resource, @at, CASE WHEN @full THEN @at END)
    ON CONFLICT (backend, resource) DO UPDATE SET last_success_at = excluded.last_success_at,
      last_full_sync_at = CASE WHEN @full THEN excluded.last_success_at ELSE last_full_sync_at END`,
} as const;

const toState = (row: SyncStateRow): StoredSyncState => ({
  cursor: row.cursor === null ? null : (JSON.parse(row.cursor) as unknown),
  gen: row.gen,
  lastSuccessAt: row.last_success_at,
  lastFullSyncAt: row.last_full_sync_at,
});

/**
 * When the sync last finished reading the resource whole: the `wholeSince` its cursor carries (the
 * start of the last whole pass or rolling lap), else the end of the last full pass (older rows).
 */
function readWholeSince(row: SyncStateRow): string | null {
  const cursor = row.cursor === null ? null : (JSON.parse(row.cursor) as unknown);
  if (
    cursor &&
    typeof cursor === 'object' &&
    'wholeSince' in cursor &&
    typeof cursor.wholeSince === 'string'
  ) {
    return cursor.wholeSince;
  }
  return row.last_full_sync_at;
}

export function createSyncStateTable(db: CacheDb) {
  const get = db.prepare<[string, string], SyncStateRow>(SQL.get);
  const all = db.prepare<[], SyncStateRow>(SQL.all);
  const saveCursor = db.prepare<[string, string, string, number, string]>(SQL.saveCursor);
  const complete = db.prepare<{ backend: string; resource: string; at: string; full: number }>(SQL.complete);

  return {
    get(backend: BackendId, resource: SyncResource): StoredSyncState | null {
      const row = get.get(backend, resource);
      return row ? toState(row) : null;
    },
    /** Called inside writePage's transaction, so the cursor moves exactly when the rows land. */
    saveCursor(backend: BackendId, resource: SyncResource, cursor: unknown, gen: number, at: string): void {
      saveCursor.run(backend, resource, JSON.stringify(cursor ?? null), gen, at);
    },
    markComplete(backend: BackendId, resource: SyncResource, full: boolean, at: string): void {
      complete.run({ backend, resource, at, full: full ? 1 : 0 });
    },
    /** Rows of back ends or resources this version does not know (a newer app's) are skipped. */
    list(): SyncStateListing[] {
      return all
        .all()
        .filter((r) => BACKENDS.has(r.backend) && RESOURCES.has(r.resource))
        .map((r) => ({
          backend: r.backend as BackendId,
          resource: r.resource as SyncResource,
          lastSuccessAt: r.last_success_at,
          lastFullSyncAt: r.last_full_sync_at,
          readWholeSince: readWholeSince(r),
        }));
    },
  };
}
