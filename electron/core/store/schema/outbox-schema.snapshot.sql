-- user_version 2

-- index outbox_items_by_account (on outbox_items)
CREATE INDEX outbox_items_by_account ON outbox_items (account, id);

-- index outbox_items_by_status (on outbox_items)
CREATE INDEX outbox_items_by_status ON outbox_items (status, id);

-- table outbox_items (on outbox_items)
CREATE TABLE outbox_items ( id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, backend TEXT NOT NULL, reference_id TEXT NOT NULL UNIQUE, payload TEXT NOT NULL CHECK (json_valid(payload)), status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'needs_attention')), attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , account TEXT NOT NULL DEFAULT 'unassigned') STRICT;
