// Core (plain Node): cache schema v1: Reservie and Resmark records, their search indexes, and sync state.
// Never edit once shipped: add a new numbered migration instead.
export const version = 1;

// No foreign keys between synced tables: resources sync in separate passes (a registration can
// arrive before its customer), so referential checks would reject valid pages. The one FK
// (order_items -> orders) is ownership: items live and die with their order.
// Every synced row carries sync_gen, the generation of the pass that last saw it (mark-and-sweep).
// Tables searched with FTS have an explicit INTEGER PRIMARY KEY (rid): the FTS rowid must not
// change, and an implicit rowid may be renumbered by VACUUM.
export const sql = `
CREATE TABLE customers (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  phone_digits TEXT,
  search_keys TEXT NOT NULL,
  created_at TEXT,
  sync_gen INTEGER NOT NULL
) STRICT;
-- The big tables get a generation index so a sweep seeks the unseen rows instead of scanning.
CREATE INDEX customers_by_gen ON customers (sync_gen);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL,
  name TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  capacity INTEGER,
  spaces_available INTEGER,
  price INTEGER,
  currency TEXT,
  sync_gen INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_by_start ON sessions (starts_at);

CREATE TABLE passes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  credits INTEGER,
  price INTEGER,
  validity_period INTEGER,
  validity_unit TEXT,
  sync_gen INTEGER NOT NULL
) STRICT;

CREATE TABLE customer_passes (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL,
  pass_id TEXT NOT NULL,
  remaining_uses INTEGER NOT NULL,
  start_date TEXT,
  expiry_date TEXT,
  status TEXT NOT NULL,
  sync_gen INTEGER NOT NULL
) STRICT;
CREATE INDEX customer_passes_by_customer ON customer_passes (customer_id);
CREATE INDEX customer_passes_by_gen ON customer_passes (sync_gen);

CREATE TABLE registrations (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  customer_id TEXT NOT NULL,
  spaces INTEGER NOT NULL,
  status TEXT NOT NULL,
  payment_method TEXT,
  customer_pass_id TEXT,
  attended INTEGER,
  created_at TEXT,
  sync_gen INTEGER NOT NULL
) STRICT;
CREATE INDEX registrations_by_session ON registrations (session_id, status, spaces);
CREATE INDEX registrations_by_customer ON registrations (customer_id);

CREATE TABLE products (
  id TEXT PRIMARY KEY,
  product_number INTEGER,
  product_code TEXT,
  name TEXT NOT NULL,
  quantity_label TEXT,
  dateless INTEGER NOT NULL,
  last_modified TEXT,
  sync_gen INTEGER NOT NULL
) STRICT;

-- start_time/end_time as the API sent them; starts_at/ends_at normalised to UTC ISO for range queries.
CREATE TABLE slots (
  activity_id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  prices TEXT NOT NULL,
  tiers_available TEXT NOT NULL,
  spaces_available INTEGER,
  sync_gen INTEGER NOT NULL
) STRICT;
CREATE INDEX slots_by_start ON slots (starts_at);
CREATE INDEX slots_by_product ON slots (product_id, starts_at);

CREATE TABLE orders (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  confirmation TEXT NOT NULL COLLATE NOCASE,
  reference_id TEXT,
  created_date TEXT NOT NULL,
  modified_date TEXT,
  first_name TEXT,
  last_name TEXT,
  email TEXT,
  phone TEXT,
  phone_digits TEXT,
  total REAL,
  search_keys TEXT NOT NULL,
  sync_gen INTEGER NOT NULL
) STRICT;
CREATE INDEX orders_by_confirmation ON orders (confirmation);
CREATE INDEX orders_by_reference ON orders (reference_id);
CREATE INDEX orders_by_gen ON orders (sync_gen);

CREATE TABLE order_items (
  order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  item_index INTEGER NOT NULL,
  activity_id TEXT,
  product_id TEXT,
  product_name TEXT,
  start_time TEXT,
  end_time TEXT,
  participants TEXT NOT NULL,
  participant_count INTEGER NOT NULL,
  total REAL,
  PRIMARY KEY (order_id, item_index)
) STRICT;
CREATE INDEX order_items_by_activity ON order_items (activity_id, participant_count);

CREATE TABLE sync_state (
  backend TEXT NOT NULL,
  resource TEXT NOT NULL,
  cursor TEXT,
  gen INTEGER NOT NULL DEFAULT 0,
  last_page_at TEXT,
  last_success_at TEXT,
  last_full_sync_at TEXT,
  PRIMARY KEY (backend, resource)
) STRICT;

-- Contentless FTS5 with delete support: the rows live once, in the tables above, and the
-- triggers below keep the index in step whoever writes (upsert, sweep, a future migration).
-- prefix='2 3 4' makes the short prefixes people type at a desk (names, the first digits of a
-- phone) a single index lookup instead of a merge over every term they start.
CREATE VIRTUAL TABLE customers_fts USING fts5 (
  first_name, last_name, email, search_keys,
  content = '', contentless_delete = 1, prefix = '2 3 4', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customers_fts (rowid, first_name, last_name, email, search_keys)
  VALUES (new.rid, new.first_name, new.last_name, new.email, new.search_keys);
END;
-- A full re-sync rewrites every row; only rows whose searchable text changed touch the index.
CREATE TRIGGER customers_fts_update AFTER UPDATE OF first_name, last_name, email, search_keys ON customers
WHEN old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name
  OR old.email IS NOT new.email OR old.search_keys IS NOT new.search_keys
BEGIN
  DELETE FROM customers_fts WHERE rowid = old.rid;
  INSERT INTO customers_fts (rowid, first_name, last_name, email, search_keys)
  VALUES (new.rid, new.first_name, new.last_name, new.email, new.search_keys);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
  DELETE FROM customers_fts WHERE rowid = old.rid;
END;

CREATE VIRTUAL TABLE orders_fts USING fts5 (
  confirmation, first_name, last_name, email, search_keys,
  content = '', contentless_delete = 1, prefix = '2 3 4', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN
  INSERT INTO orders_fts (rowid, confirmation, first_name, last_name, email, search_keys)
  VALUES (new.rid, new.confirmation, new.first_name, new.last_name, new.email, new.search_keys);
END;
CREATE TRIGGER orders_fts_update AFTER UPDATE OF confirmation, first_name, last_name, email, search_keys ON orders
WHEN old.confirmation IS NOT new.confirmation OR old.first_name IS NOT new.first_name
  OR old.last_name IS NOT new.last_name OR old.email IS NOT new.email OR old.search_keys IS NOT new.search_keys
BEGIN
  DELETE FROM orders_fts WHERE rowid = old.rid;
  INSERT INTO orders_fts (rowid, confirmation, first_name, last_name, email, search_keys)
  VALUES (new.rid, new.confirmation, new.first_name, new.last_name, new.email, new.search_keys);
END;
CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders BEGIN
  DELETE FROM orders_fts WHERE rowid = old.rid;
END;
`;
