// Core (plain Node): outbox schema v5: what staff did about items that need attention. A
// 'dismissed' status (closed by staff with a reason: kept, never deleted), the resolution facts
// (who, when, what and why; never changed or deleted), and, on a check-in's write-back, the pass or
// the tender it is now sent with (the ledger fact itself keeps what was decided at the desk).
// Never edit once shipped: add a new numbered migration instead.
export const version = 5;

// SQLite cannot change a CHECK in place: the table is rebuilt as in v4, ids kept.
export const sql = `
CREATE TABLE outbox_items_v5 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  backend TEXT NOT NULL,
  reference_id TEXT NOT NULL UNIQUE,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  status TEXT NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sending', 'sent', 'needs_attention', 'withdrawn', 'dismissed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  account TEXT NOT NULL DEFAULT 'unassigned',
  depends_on TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(depends_on)),
  next_attempt_at TEXT,
  server_id TEXT,
  outcome_unknown INTEGER NOT NULL DEFAULT 0 CHECK (outcome_unknown IN (0, 1))
) STRICT;
INSERT INTO outbox_items_v5 SELECT id, kind, backend, reference_id, payload, status, attempts, last_error,
  created_at, updated_at, account, depends_on, next_attempt_at, server_id, outcome_unknown FROM outbox_items;
DROP TABLE outbox_items;
ALTER TABLE outbox_items_v5 RENAME TO outbox_items;
CREATE INDEX outbox_items_by_status ON outbox_items (status, id);
CREATE INDEX outbox_items_by_account ON outbox_items (account, id);

CREATE TABLE outbox_resolutions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  item_reference_id TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL CHECK (json_valid(detail)),
  reason TEXT,
  error_before TEXT,
  desk_id TEXT NOT NULL,
  desk_name TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_resolutions_by_item ON outbox_resolutions (item_reference_id, id);
CREATE TRIGGER outbox_resolutions_never_change BEFORE UPDATE ON outbox_resolutions
BEGIN
  SELECT RAISE(ABORT, 'outbox resolutions are facts: record a new one instead');
END;
CREATE TRIGGER outbox_resolutions_never_vanish BEFORE DELETE ON outbox_resolutions
BEGIN
  SELECT RAISE(ABORT, 'outbox resolutions are facts: record a new one instead');
END;

ALTER TABLE checkin_writebacks ADD COLUMN pass_override TEXT;
ALTER TABLE checkin_writebacks ADD COLUMN tender_override TEXT CHECK (tender_override IN ('cash', 'card'));
CREATE INDEX checkin_writebacks_by_pass_override ON checkin_writebacks (pass_override)
  WHERE pass_override IS NOT NULL;
`;
