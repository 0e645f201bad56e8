-- user_version 3

-- index customer_passes_by_customer (on customer_passes)
CREATE INDEX customer_passes_by_customer ON customer_passes (customer_id);

-- index customer_passes_by_gen (on customer_passes)
CREATE INDEX customer_passes_by_gen ON customer_passes (sync_gen);

-- table customer_passes (on customer_passes)
CREATE TABLE customer_passes ( id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, pass_id TEXT NOT NULL, remaining_uses INTEGER NOT NULL, start_date TEXT, expiry_date TEXT, status TEXT NOT NULL, sync_gen INTEGER NOT NULL ) STRICT;

-- index customers_by_gen (on customers)
CREATE INDEX customers_by_gen ON customers (sync_gen);

-- index customers_by_phone_reversed (on customers)
CREATE INDEX customers_by_phone_reversed ON customers (phone_reversed) WHERE phone_reversed IS NOT NULL;

-- table customers (on customers)
CREATE TABLE customers ( rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, phone TEXT, phone_digits TEXT, search_keys TEXT NOT NULL, created_at TEXT, sync_gen INTEGER NOT NULL , phone_reversed TEXT) STRICT;

-- trigger customers_fts_delete (on customers)
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN DELETE FROM customers_fts WHERE rowid = old.rid; END;

-- trigger customers_fts_insert (on customers)
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN INSERT INTO customers_fts (rowid, first_name, last_name, email, search_keys) VALUES (new.rid, new.first_name, new.last_name, new.email, new.search_keys); END;

-- trigger customers_fts_update (on customers)
CREATE TRIGGER customers_fts_update AFTER UPDATE OF first_name, last_name, email, search_keys ON customers WHEN old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.email IS NOT new.email OR old.search_keys IS NOT new.search_keys BEGIN DELETE FROM customers_fts WHERE rowid = old.rid; INSERT INTO customers_fts (rowid, first_name, last_name, email, search_keys) VALUES (new.rid, new.first_name, new.last_name, new.email, new.search_keys); END;

-- table customers_fts (on customers_fts)
CREATE VIRTUAL TABLE customers_fts USING fts5 ( first_name, last_name, email, search_keys, content = '', contentless_delete = 1, prefix = '2 3 4', tokenize = 'unicode61 remove_diacritics 2' );

-- table customers_fts_config (on customers_fts_config)
CREATE TABLE 'customers_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table customers_fts_data (on customers_fts_data)
CREATE TABLE 'customers_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table customers_fts_docsize (on customers_fts_docsize)
CREATE TABLE 'customers_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table customers_fts_idx (on customers_fts_idx)
CREATE TABLE 'customers_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- index order_items_by_activity (on order_items)
CREATE INDEX order_items_by_activity ON order_items (activity_id, participant_count);

-- table order_items (on order_items)
CREATE TABLE order_items ( order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE, item_index INTEGER NOT NULL, activity_id TEXT, product_id TEXT, product_name TEXT, start_time TEXT, end_time TEXT, participants TEXT NOT NULL, participant_count INTEGER NOT NULL, total REAL, PRIMARY KEY (order_id, item_index) ) STRICT;

-- index orders_by_confirmation (on orders)
CREATE INDEX orders_by_confirmation ON orders (confirmation);

-- index orders_by_gen (on orders)
CREATE INDEX orders_by_gen ON orders (sync_gen);

-- index orders_by_phone_reversed (on orders)
CREATE INDEX orders_by_phone_reversed ON orders (phone_reversed) WHERE phone_reversed IS NOT NULL;

-- index orders_by_reference (on orders)
CREATE INDEX orders_by_reference ON orders (reference_id);

-- table orders (on orders)
CREATE TABLE orders ( rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, confirmation TEXT NOT NULL COLLATE NOCASE, reference_id TEXT, created_date TEXT NOT NULL, modified_date TEXT, first_name TEXT, last_name TEXT, email TEXT, phone TEXT, phone_digits TEXT, total REAL, search_keys TEXT NOT NULL, sync_gen INTEGER NOT NULL , phone_reversed TEXT) STRICT;

-- trigger orders_fts_delete (on orders)
CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders BEGIN DELETE FROM orders_fts WHERE rowid = old.rid; END;

-- trigger orders_fts_insert (on orders)
CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN INSERT INTO orders_fts (rowid, confirmation, first_name, last_name, email, search_keys) VALUES (new.rid, new.confirmation, new.first_name, new.last_name, new.email, new.search_keys); END;

-- trigger orders_fts_update (on orders)
CREATE TRIGGER orders_fts_update AFTER UPDATE OF confirmation, first_name, last_name, email, search_keys ON orders WHEN old.confirmation IS NOT new.confirmation OR old.first_name IS NOT new.first_name OR old.last_name IS NOT new.last_name OR old.email IS NOT new.email OR old.search_keys IS NOT new.search_keys BEGIN DELETE FROM orders_fts WHERE rowid = old.rid; INSERT INTO orders_fts (rowid, confirmation, first_name, last_name, email, search_keys) VALUES (new.rid, new.confirmation, new.first_name, new.last_name, new.email, new.search_keys); END;

-- table orders_fts (on orders_fts)
CREATE VIRTUAL TABLE orders_fts USING fts5 ( confirmation, first_name, last_name, email, search_keys, content = '', contentless_delete = 1, prefix = '2 3 4', tokenize = 'unicode61 remove_diacritics 2' );

-- table orders_fts_config (on orders_fts_config)
CREATE TABLE 'orders_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table orders_fts_data (on orders_fts_data)
CREATE TABLE 'orders_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table orders_fts_docsize (on orders_fts_docsize)
CREATE TABLE 'orders_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table orders_fts_idx (on orders_fts_idx)
CREATE TABLE 'orders_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table passes (on passes)
CREATE TABLE passes ( id TEXT PRIMARY KEY, name TEXT NOT NULL, credits INTEGER, price INTEGER, validity_period INTEGER, validity_unit TEXT, sync_gen INTEGER NOT NULL ) STRICT;

-- table products (on products)
CREATE TABLE products ( id TEXT PRIMARY KEY, product_number INTEGER, product_code TEXT, name TEXT NOT NULL, quantity_label TEXT, dateless INTEGER NOT NULL, last_modified TEXT, sync_gen INTEGER NOT NULL ) STRICT;

-- index registrations_by_customer (on registrations)
CREATE INDEX registrations_by_customer ON registrations (customer_id);

-- index registrations_by_session (on registrations)
CREATE INDEX registrations_by_session ON registrations (session_id, status, spaces);

-- table registrations (on registrations)
CREATE TABLE registrations ( id TEXT PRIMARY KEY, session_id TEXT NOT NULL, customer_id TEXT NOT NULL, spaces INTEGER NOT NULL, status TEXT NOT NULL, payment_method TEXT, customer_pass_id TEXT, attended INTEGER, created_at TEXT, sync_gen INTEGER NOT NULL ) STRICT;

-- index sessions_by_start (on sessions)
CREATE INDEX sessions_by_start ON sessions (starts_at);

-- table sessions (on sessions)
CREATE TABLE sessions ( id TEXT PRIMARY KEY, event_id TEXT NOT NULL, name TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, capacity INTEGER, spaces_available INTEGER, price INTEGER, currency TEXT, sync_gen INTEGER NOT NULL ) STRICT;

-- index slots_by_product (on slots)
CREATE INDEX slots_by_product ON slots (product_id, starts_at);

-- index slots_by_start (on slots)
CREATE INDEX slots_by_start ON slots (starts_at);

-- table slots (on slots)
CREATE TABLE slots ( activity_id TEXT PRIMARY KEY, product_id TEXT NOT NULL, start_time TEXT NOT NULL, end_time TEXT NOT NULL, starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, prices TEXT NOT NULL, tiers_available TEXT NOT NULL, spaces_available INTEGER, sync_gen INTEGER NOT NULL ) STRICT;

-- table sync_state (on sync_state)
CREATE TABLE sync_state ( backend TEXT NOT NULL, resource TEXT NOT NULL, cursor TEXT, gen INTEGER NOT NULL DEFAULT 0, last_page_at TEXT, last_success_at TEXT, last_full_sync_at TEXT, PRIMARY KEY (backend, resource) ) STRICT;
