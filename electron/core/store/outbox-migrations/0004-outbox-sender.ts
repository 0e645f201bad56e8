// Core (plain Node): outbox schema v4: what the sender needs. A 'withdrawn' status (an undo took the
// item back before it went: kept, never deleted, so nothing vanishes silently), the local ids an
// item depends on, when it may next be tried (backoff), and what the back end gave back.
// Never edit once shipped: add a new numbered migration instead.
export const version = 4;

// SQLite cannot change a CHECK in place: the table is rebuilt, ids kept (AUTOINCREMENT carries on
// from the copied maximum), then its indexes are made again.
export const sql = `
CREATE TABLE outbox_items_v4 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  backend TEXT NOT NULL,
  reference_id TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'sent', 'needs_attention', 'withdrawn')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  account TEXT NOT NULL DEFAULT 'unassigned',
  depends_on TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(depends_on)),
  next_attempt_at TEXT,
  server_id TEXT
) STRICT;
INSERT INTO outbox_items_v4 (id, kind, backend, reference_id, payload, status, attempts, last_error,
  created_at, updated_at, account)
  SELECT id, kind, backend, reference_id, payload, status, attempts, last_error, created_at, updated_at, account
  FROM outbox_items;
DROP TABLE outbox_items;
ALTER TABLE outbox_items_v4 RENAME TO outbox_items;
CREATE INDEX outbox_items_by_status ON outbox_items (status, id);
CREATE INDEX outbox_items_by_account ON outbox_items (account, id);
`;
