-- user_version 7

-- index checkin_facts_by_day (on checkin_facts)
CREATE INDEX checkin_facts_by_day ON checkin_facts (day, at);

-- index checkin_facts_by_pass (on checkin_facts)
CREATE INDEX checkin_facts_by_pass ON checkin_facts (customer_pass_id) WHERE customer_pass_id IS NOT NULL;

-- index checkin_facts_by_person (on checkin_facts)
CREATE INDEX checkin_facts_by_person ON checkin_facts (backend, session_id, person_id);

-- index checkin_facts_one_undo (on checkin_facts)
CREATE UNIQUE INDEX checkin_facts_one_undo ON checkin_facts (undoes) WHERE undoes IS NOT NULL;

-- table checkin_facts (on checkin_facts)
CREATE TABLE checkin_facts ( id TEXT PRIMARY KEY, desk_id TEXT NOT NULL, seq INTEGER NOT NULL CHECK (seq > 0), kind TEXT NOT NULL CHECK (kind IN ('check_in', 'undo')), desk_name TEXT NOT NULL, at TEXT NOT NULL, day TEXT NOT NULL, backend TEXT NOT NULL CHECK (backend IN ('reservie', 'resmark')), session_id TEXT NOT NULL, session_name TEXT NOT NULL, session_starts_at TEXT NOT NULL, person_kind TEXT NOT NULL CHECK (person_kind IN ('customer', 'participant')), person_id TEXT NOT NULL, person_name TEXT NOT NULL, order_id TEXT, confirmation TEXT, paid_by TEXT CHECK (paid_by IN ('booked', 'pass', 'none')), registration_id TEXT, customer_pass_id TEXT, undoes TEXT REFERENCES checkin_facts (id), note TEXT, UNIQUE (desk_id, seq), CHECK ((kind = 'check_in') = (undoes IS NULL)), CHECK (kind = 'undo' OR paid_by IS NOT NULL), CHECK (paid_by IS NOT 'pass' OR customer_pass_id IS NOT NULL), CHECK (paid_by IS NOT 'booked' OR registration_id IS NOT NULL) ) STRICT;

-- trigger checkin_facts_never_change (on checkin_facts)
CREATE TRIGGER checkin_facts_never_change BEFORE UPDATE ON checkin_facts BEGIN SELECT RAISE(ABORT, 'check-in facts are immutable: record an undo instead'); END;

-- trigger checkin_facts_never_replaced (on checkin_facts)
CREATE TRIGGER checkin_facts_never_replaced BEFORE INSERT ON checkin_facts WHEN EXISTS (SELECT 1 FROM checkin_facts WHERE id = NEW.id OR (desk_id = NEW.desk_id AND seq = NEW.seq)) BEGIN SELECT RAISE(ABORT, 'check-in facts are immutable: this id is already taken'); END;

-- trigger checkin_facts_never_vanish (on checkin_facts)
CREATE TRIGGER checkin_facts_never_vanish BEFORE DELETE ON checkin_facts BEGIN SELECT RAISE(ABORT, 'check-in facts are immutable: record an undo instead'); END;

-- index checkin_writebacks_by_pass_override (on checkin_writebacks)
CREATE INDEX checkin_writebacks_by_pass_override ON checkin_writebacks (pass_override) WHERE pass_override IS NOT NULL;

-- table checkin_writebacks (on checkin_writebacks)
CREATE TABLE checkin_writebacks ( checkin_id TEXT PRIMARY KEY REFERENCES checkin_facts (id), state TEXT NOT NULL CHECK (state IN ('saved', 'confirmed', 'needs_attention', 'withdrawn')), detail TEXT, updated_at TEXT NOT NULL , pass_override TEXT, tender_override TEXT CHECK (tender_override IN ('cash', 'card'))) STRICT;

-- table open_carts (on open_carts)
CREATE TABLE open_carts ( reference_id TEXT PRIMARY KEY, cart_id TEXT NOT NULL, opened_at TEXT NOT NULL ) STRICT;

-- index outbox_items_by_account (on outbox_items)
CREATE INDEX outbox_items_by_account ON outbox_items (account, id);

-- index outbox_items_by_status (on outbox_items)
CREATE INDEX outbox_items_by_status ON outbox_items (status, id);

-- table outbox_items (on outbox_items)
CREATE TABLE "outbox_items" ( id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, backend TEXT NOT NULL, reference_id TEXT NOT NULL UNIQUE, payload TEXT NOT NULL CHECK (json_valid(payload)), status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'needs_attention', 'withdrawn', 'dismissed')), attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, account TEXT NOT NULL DEFAULT 'unassigned', depends_on TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(depends_on)), next_attempt_at TEXT, server_id TEXT, outcome_unknown INTEGER NOT NULL DEFAULT 0 CHECK (outcome_unknown IN (0, 1)) ) STRICT;

-- index outbox_resolutions_by_item (on outbox_resolutions)
CREATE INDEX outbox_resolutions_by_item ON outbox_resolutions (item_reference_id, id);

-- table outbox_resolutions (on outbox_resolutions)
CREATE TABLE outbox_resolutions ( id INTEGER PRIMARY KEY AUTOINCREMENT, item_reference_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL CHECK (json_valid(detail)), reason TEXT, error_before TEXT, desk_id TEXT NOT NULL, desk_name TEXT NOT NULL, at TEXT NOT NULL ) STRICT;

-- trigger outbox_resolutions_never_change (on outbox_resolutions)
CREATE TRIGGER outbox_resolutions_never_change BEFORE UPDATE ON outbox_resolutions BEGIN SELECT RAISE(ABORT, 'outbox resolutions are facts: record a new one instead'); END;

-- trigger outbox_resolutions_never_vanish (on outbox_resolutions)
CREATE TRIGGER outbox_resolutions_never_vanish BEFORE DELETE ON outbox_resolutions BEGIN SELECT RAISE(ABORT, 'outbox resolutions are facts: record a new one instead'); END;

-- table sale_receipts (on sale_receipts)
CREATE TABLE sale_receipts ( reference_id TEXT PRIMARY KEY, server_id TEXT, detail TEXT, recorded_at TEXT NOT NULL ) STRICT;
