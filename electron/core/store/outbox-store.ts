// Core (plain Node): the durable queue of writes waiting for a back end (walk-up sales, check-ins).
// Lives in its own file with synchronous=FULL; nothing here is ever rebuilt or wiped by sync.
import type { BackendId } from '../../../shared/domain/backend';
import { systemClock, type Clock } from '../ports';
import { accountKey, type OutboxAccount } from './outbox-account';
import type { OutboxDb } from './open-database';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'needs_attention', 'withdrawn'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface NewOutboxItem {
  /** What to do when sent, e.g. 'walkUpSale'; the sender dispatches on it. */
  kind: string;
  /** The only account this item may ever be sent to. */
  account: OutboxAccount;
  /** Idempotency key sent to the back end; one item per key, ever. */
  referenceId: string;
  /** Any JSON value. */
  payload: unknown;
  /** referenceIds of items that must be sent before this one (e.g. the sale that bought the pass). */
  dependsOn?: readonly string[];
}

export interface OutboxItem {
  id: number;
  kind: string;
  backend: BackendId;
  /** accountKey() of the account it was queued for. */
  account: string;
  referenceId: string;
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  dependsOn: string[];
  /** Not to be tried before this instant (backoff); null: at once. */
  nextAttemptAt: string | null;
  /** The back end's id for what the item created, once known. */
  serverId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OutboxStore {
  /**
   * Stores an item durably before returning. Enqueuing the same referenceId again returns the item
   * already stored (a retried tap must not sell twice); with a different payload or account it throws.
   */
  enqueue(item: NewOutboxItem): OutboxItem;
  /** A sender's read: this account's items, oldest first, and nobody else's. */
  listFor(account: OutboxAccount): OutboxItem[];
  /**
   * Items not yet confirmed sent (pending, sending = interrupted mid-send, needs_attention), in the
   * whole file or for one back end (whatever account it was queued for).
   */
  pendingCount(filter?: { backend?: BackendId }): number;
  get(referenceId: string): OutboxItem | null;
  /**
   * Takes an item back before it was sent (an undo): it stays in the file as 'withdrawn' and is
   * never sent. Only a pending or needs-attention item can be withdrawn; anything else throws, so
   * an item mid-send is never taken back behind the sender's back. Safe inside a caller's transaction.
   */
  withdraw(referenceId: string): OutboxItem;
}

interface OutboxRow {
  id: number;
  kind: string;
  backend: BackendId;
  account: string;
  reference_id: string;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  depends_on: string;
  next_attempt_at: string | null;
  server_id: string | null;
  created_at: string;
  updated_at: string;
}

const UNSENT = `status IN ('pending', 'sending', 'needs_attention')`;

export const OUTBOX_SQL = {
  pendingCount: `SELECT count(*) FROM outbox_items WHERE ${UNSENT}`,
  pendingCountByBackend: `SELECT count(*) FROM outbox_items WHERE backend = ? AND ${UNSENT}`,
  byReference: 'SELECT * FROM outbox_items WHERE reference_id = ?',
  listForAccount: 'SELECT * FROM outbox_items WHERE account = ? ORDER BY id',
} as const;

export function createOutboxStore(db: OutboxDb, opts: { clock?: Clock } = {}): OutboxStore {
  const clock = opts.clock ?? systemClock;
  const insert = db.prepare(
    `INSERT INTO outbox_items (kind, backend, account, reference_id, payload, depends_on, created_at, updated_at)
     VALUES (@kind, @backend, @account, @referenceId, @payload, @dependsOn, @at, @at)
     ON CONFLICT (reference_id) DO NOTHING`,
  );
  const byReference = db.prepare<[string], OutboxRow>(OUTBOX_SQL.byReference);
  const listForAccount = db.prepare<[string], OutboxRow>(OUTBOX_SQL.listForAccount);
  const pending = db.prepare<[], number>(OUTBOX_SQL.pendingCount).pluck();
  const pendingByBackend = db.prepare<[string], number>(OUTBOX_SQL.pendingCountByBackend).pluck();

  const withdrawRow = db.prepare(
    `UPDATE outbox_items SET status = 'withdrawn', updated_at = ? WHERE reference_id = ?
     AND status IN ('pending', 'needs_attention')`,
  );
  const withdraw = db.transaction((referenceId: string): OutboxItem => {
    const before = byReference.get(referenceId);
    if (!before) throw new Error(`No outbox item ${referenceId} to withdraw.`);
    if (withdrawRow.run(clock.now().toISOString(), referenceId).changes === 0) {
      throw new Error(`Outbox item ${referenceId} is ${before.status} and cannot be withdrawn.`);
    }
    return toItem(byReference.get(referenceId)!);
  });

  const enqueue = db.transaction((item: NewOutboxItem, payload: string): OutboxItem => {
    const account = accountKey(item.account);
    insert.run({
      kind: item.kind,
      backend: item.account.backend,
      account,
      referenceId: item.referenceId,
      payload,
      dependsOn: JSON.stringify(item.dependsOn ?? []),
      at: clock.now().toISOString(),
    });
    const row = byReference.get(item.referenceId)!;
    if (row.payload !== payload || row.kind !== item.kind || row.account !== account) {
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
    listFor: (account) => listForAccount.all(accountKey(account)).map(toItem),
    pendingCount: (filter) => (filter?.backend ? pendingByBackend.get(filter.backend)! : pending.get()!),
    get: (referenceId) => {
      const row = byReference.get(referenceId);
      return row ? toItem(row) : null;
    },
    withdraw: (referenceId) => (db.inTransaction ? withdraw(referenceId) : withdraw.immediate(referenceId)),
  };
}

function toItem(r: OutboxRow): OutboxItem {
  return {
    id: r.id,
    kind: r.kind,
    backend: r.backend,
    account: r.account,
    referenceId: r.reference_id,
    payload: JSON.parse(r.payload) as unknown,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    dependsOn: JSON.parse(r.depends_on) as string[],
    nextAttemptAt: r.next_attempt_at,
    serverId: r.server_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
