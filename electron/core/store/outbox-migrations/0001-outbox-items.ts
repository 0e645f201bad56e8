// Core (plain Node): outbox schema v1: the durable queue of writes (walk-up sales, check-ins) to send.
// Never edit once shipped: add a new numbered migration instead.
export const version = 1;

// AUTOINCREMENT: ids are never reused, so replay order and audit trails stay unambiguous even
// after sent items are pruned. reference_id is the idempotency key sent to the back end: UNIQUE
// makes "nothing twice" a property of the file, not of the code.
export const sql = `
CREATE TABLE outbox_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  backend TEXT NOT NULL,
  reference_id TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'needs_attention')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_items_by_status ON outbox_items (status, id);
`;
