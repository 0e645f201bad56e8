// Core (plain Node): outbox schema v3: the check-in ledger. Never edit once shipped: add a new
// numbered migration instead.
export const version = 3;

// checkin_facts holds immutable facts (a check-in, an undo of one), never updated or deleted:
// the triggers make that a property of the file. Ids are "<desk id>:<sequence>", unique across
// desks, so ledgers can later be merged by replication without conflicts. Names and session
// details are copied in, because the ledger is the record of who was in the room and must not
// change when the cache is rebuilt.
//
// checkin_writebacks is this desk's progress in sending a check-in's write-back (saved on this
// desk, confirmed by the back end, needs attention, withdrawn by an undo). It is not a fact: only
// the desk that queued the write-back ever sends it, so it is never replicated.
export const sql = `
CREATE TABLE checkin_facts (
  id TEXT PRIMARY KEY,
  desk_id TEXT NOT NULL,
  seq INTEGER NOT NULL CHECK (seq > 0),
  kind TEXT NOT NULL CHECK (kind IN ('check_in', 'undo')),
  desk_name TEXT NOT NULL,
  at TEXT NOT NULL,
  day TEXT NOT NULL,
  backend TEXT NOT NULL CHECK (backend IN ('reservie', 'resmark')),
  session_id TEXT NOT NULL,
  session_name TEXT NOT NULL,
  session_starts_at TEXT NOT NULL,
  person_kind TEXT NOT NULL CHECK (person_kind IN ('customer', 'participant')),
  person_id TEXT NOT NULL,
  person_name TEXT NOT NULL,
  order_id TEXT,
  confirmation TEXT,
  paid_by TEXT CHECK (paid_by IN ('booked', 'pass', 'none')),
  registration_id TEXT,
  customer_pass_id TEXT,
  undoes TEXT REFERENCES checkin_facts (id),
  note TEXT,
  UNIQUE (desk_id, seq),
  CHECK ((kind = 'check_in') = (undoes IS NULL)),
  CHECK (kind = 'undo' OR paid_by IS NOT NULL),
  CHECK (paid_by IS NOT 'pass' OR customer_pass_id IS NOT NULL),
  CHECK (paid_by IS NOT 'booked' OR registration_id IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX checkin_facts_one_undo ON checkin_facts (undoes) WHERE undoes IS NOT NULL;
CREATE INDEX checkin_facts_by_person ON checkin_facts (backend, session_id, person_id);
CREATE INDEX checkin_facts_by_day ON checkin_facts (day, at);
-- "Uses of this pass spent here, not yet confirmed" is asked on every walk-in: seek that pass's few.
CREATE INDEX checkin_facts_by_pass ON checkin_facts (customer_pass_id) WHERE customer_pass_id IS NOT NULL;
CREATE TRIGGER checkin_facts_never_change BEFORE UPDATE ON checkin_facts
BEGIN
  SELECT RAISE(ABORT, 'check-in facts are immutable: record an undo instead');
END;
-- INSERT OR REPLACE deletes the old row without firing delete triggers (unless recursive_triggers
-- is on), so an insert that would collide is refused before conflict resolution gets to it.
CREATE TRIGGER checkin_facts_never_replaced BEFORE INSERT ON checkin_facts
WHEN EXISTS (SELECT 1 FROM checkin_facts WHERE id = NEW.id OR (desk_id = NEW.desk_id AND seq = NEW.seq))
BEGIN
  SELECT RAISE(ABORT, 'check-in facts are immutable: this id is already taken');
END;
CREATE TRIGGER checkin_facts_never_vanish BEFORE DELETE ON checkin_facts
BEGIN
  SELECT RAISE(ABORT, 'check-in facts are immutable: record an undo instead');
END;

CREATE TABLE checkin_writebacks (
  checkin_id TEXT PRIMARY KEY REFERENCES checkin_facts (id),
  state TEXT NOT NULL CHECK (state IN ('saved', 'confirmed', 'needs_attention', 'withdrawn')),
  detail TEXT,
  updated_at TEXT NOT NULL
) STRICT;
`;
