// Core (plain Node): the durable queue of writes waiting for a back end (walk-up sales, check-ins).
// Lives in its own file with synchronous=FULL; nothing here is ever rebuilt or wiped by sync.
import type { BackendId } from '../../../shared/domain/backend';
import { systemClock, type Clock } from '../ports';
import type { OutboxDb } from './open-database';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'needs_attention'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface NewOutboxItem {
  /** What to do when sent, e.g. 'walkUpSale'; the sender dispatches on it. */
  kind: string;
  backend: BackendId;
  /** Idempotency key sent to the back end; one item per key, ever. */
  referenceId: string;
  /** Any JSON value. */
  payload: unknown;
}

export interface OutboxItem extends NewOutboxItem {
  id: number;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OutboxStore {
  /**
   * Stores an item durably before returning. Enqueuing the same referenceId again returns the item
   * already stored (a retried tap must not sell twice); with a different payload it throws.
   */
  enqueue(item: NewOutboxItem): OutboxItem;
  /** Every item, oldest first. */
  list(): OutboxItem[];
  /** Items not yet confirmed sent: pending, sending (interrupted mid-send) and needs_attention. */
  pendingCount(): number;
}

interface OutboxRow {
  id: number;
  kind: string;
  backend: BackendId;
  reference_id: string;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export const OUTBOX_SQL = {
  pendingCount: `SELECT count(*) FROM outbox_items WHERE status IN ('pending', 'sending', 'needs_attention')`,
  byReference: 'SELECT * FROM outbox_items WHERE reference_id = ?',
  list: 'SELECT * FROM outbox_items ORDER BY id',
} as const;

export function createOutboxStore(db: OutboxDb, opts: { clock?: Clock } = {}): OutboxStore {
  const clock = opts.clock ?? systemClock;
  const insert = db.prepare(
    `INSERT INTO outbox_items (kind, backend, reference_id, payload, created_at, updated_at)
     VALUES (@kind, @backend, @referenceId, @payload, @at, @at) ON CONFLICT (reference_id) DO NOTHING`,
  );
  const byReference = db.prepare<[string], OutboxRow>(OUTBOX_SQL.byReference);
  const list = db.prepare<[], OutboxRow>(OUTBOX_SQL.list);
  const pending = db.prepare<[], number>(OUTBOX_SQL.pendingCount).pluck();

  const enqueue = db.transaction((item: NewOutboxItem, payload: string): OutboxItem => {
    insert.run({ ...item, payload, at: clock.now().toISOString() });
    const row = byReference.get(item.referenceId)!;
    if (row.payload !== payload || row.kind !== item.kind || row.backend !== item.backend) {
      throw new Error(`Outbox reference ${item.referenceId} is already used by a different item.`);
    }
    return toItem(row);
  });

  return {
    enqueue(item) {
      const payload = JSON.stringify(item.payload);
      if (payload === undefined) throw new TypeError('An outbox payload must be a JSON value.');
      // IMMEDIATE: take the write lock before reading, so a concurrent writer cannot slip in between.
      return enqueue.immediate(item, payload);
    },
    list: () => list.all().map(toItem),
    pendingCount: () => pending.get()!,
  };
}

function toItem(r: OutboxRow): OutboxItem {
  return {
    id: r.id,
    kind: r.kind,
    backend: r.backend,
    referenceId: r.reference_id,
    payload: JSON.parse(r.payload) as unknown,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
