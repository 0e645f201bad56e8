// Core (plain Node): the durable queue of writes waiting for a back end (walk-up sales, check-ins).
// Lives in its own file with synchronous=FULL; nothing here is ever rebuilt or wiped by sync.
import type Database from 'better-sqlite3';
import type { BackendId } from '../../../shared/domain/backend';
import { systemClock, type Clock } from '../ports';
import { accountKey, type OutboxAccount } from './outbox-account';
import type { OutboxDb } from './open-database';

export const OUTBOX_STATUSES = [
  'pending',
  'sending',
  'sent',
  'needs_attention',
  'withdrawn',
  'dismissed',
] as const;
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
  /**
   * The last attempt may have reached the back end (timeout, reset, 5xx, a kill mid-send): look it
   * up before sending again, and do not withdraw it as if it had never gone.
   */
  outcomeUnknown: boolean;
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
  getById(id: number): OutboxItem | null;
  /**
   * Takes an item back before it was sent (an undo): it stays in the file as 'withdrawn' and is
   * never sent. Only a pending or needs-attention item can be withdrawn; anything else throws, so
   * an item mid-send is never taken back behind the sender's back. Safe inside a caller's transaction.
   */
  withdraw(referenceId: string): OutboxItem;
  /** Every item in the file (any account), oldest first: for the CLI's `outbox` listing. */
  listAll(): OutboxItem[];
  /**
   * The sender's steps. Each is durable before it returns: `markSending` (and its attempt count)
   * is on disk before the request goes, so after a kill the item is known to have an unknown outcome.
   */
  markSending(id: number): OutboxItem;
  markSent(id: number, serverId: string | null): OutboxItem;
  /**
   * Back to pending after a failure worth retrying, not for `waitMs` from now. The wait is counted
   * from the same instant the row records as its update, so a server's "retry after 30 s" is never
   * stored as 29.999 s (two clock reads a millisecond apart).
   */
  markRetry(id: number, error: string, waitMs: number, outcomeUnknown: boolean): OutboxItem;
  markNeedsAttention(id: number, error: string): OutboxItem;
  /**
   * Staff's way out of needs attention: back in the queue at its own place (its id keeps its turn),
   * with this payload, or closed for good ('dismissed', kept in the file). Only an item that needs
   * attention moves; anything else throws. Safe inside a caller's transaction.
   */
  requeue(id: number, payload: unknown): OutboxItem;
  dismiss(id: number): OutboxItem;
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
  outcome_unknown: number;
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

  const listAll = db.prepare<[], OutboxRow>('SELECT * FROM outbox_items ORDER BY id');
  const byId = db.prepare<[number], OutboxRow>('SELECT * FROM outbox_items WHERE id = ?');
  /** One state change of one item, recorded as made at `at`. */
  const moveAt = (
    stmt: Database.Statement,
    at: Date,
    id: number,
    values: (string | number | null)[],
  ): OutboxItem => {
    // Only unsent items move: a sent or withdrawn item is where it ends.
    const changed = stmt.run(...values, at.toISOString(), id).changes;
    const row = byId.get(id);
    if (!row) throw new Error(`No outbox item ${id}.`);
    if (changed === 0) throw new Error(`Outbox item ${id} is ${row.status} and cannot move.`);
    return toItem(row);
  };
  const move = (sql: string) => {
    const stmt = db.prepare(sql);
    return (id: number, ...values: (string | number | null)[]): OutboxItem =>
      moveAt(stmt, clock.now(), id, values);
  };
  const ACTIVE = `status IN ('pending', 'sending')`;
  const markSending = move(
    `UPDATE outbox_items SET status = 'sending', attempts = attempts + 1, outcome_unknown = 1, updated_at = ?
     WHERE id = ? AND ${ACTIVE}`,
  );
  const markSent = move(
    `UPDATE outbox_items SET status = 'sent', server_id = ?, last_error = NULL, next_attempt_at = NULL,
     outcome_unknown = 0, updated_at = ? WHERE id = ? AND ${ACTIVE}`,
  );
  const retryStmt = db.prepare(
    `UPDATE outbox_items SET status = 'pending', last_error = ?, next_attempt_at = ?, outcome_unknown = ?,
     updated_at = ? WHERE id = ? AND ${ACTIVE}`,
  );
  const markRetry = (id: number, error: string, waitMs: number, unknown: number): OutboxItem => {
    const at = clock.now();
    return moveAt(retryStmt, at, id, [error, new Date(at.getTime() + waitMs).toISOString(), unknown]);
  };
  const markNeedsAttention = move(
    `UPDATE outbox_items SET status = 'needs_attention', last_error = ?, next_attempt_at = NULL,
     outcome_unknown = 0, updated_at = ? WHERE id = ? AND ${ACTIVE}`,
  );

  const ATTENTION = `status = 'needs_attention'`;
  const requeue = move(
    `UPDATE outbox_items SET status = 'pending', payload = ?, last_error = NULL, next_attempt_at = NULL,
     outcome_unknown = 0, updated_at = ? WHERE id = ? AND ${ATTENTION}`,
  );
  const dismiss = move(
    `UPDATE outbox_items SET status = 'dismissed', next_attempt_at = NULL, updated_at = ? WHERE id = ? AND ${ATTENTION}`,
  );

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
    listAll: () => listAll.all().map(toItem),
    getById: (id) => {
      const row = byId.get(id);
      return row ? toItem(row) : null;
    },
    markSending: (id) => markSending(id),
    markSent: (id, serverId) => markSent(id, serverId),
    markRetry: (id, error, waitMs, unknown) => markRetry(id, error, waitMs, unknown ? 1 : 0),
    markNeedsAttention: (id, error) => markNeedsAttention(id, error),
    requeue: (id, payload) => {
      const json = JSON.stringify(payload);
      if (json === undefined) throw new TypeError('An outbox payload must be a JSON value.');
      return requeue(id, json);
    },
    dismiss: (id) => dismiss(id),
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
    outcomeUnknown: r.outcome_unknown === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
