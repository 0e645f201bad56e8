// Core tests (plain Node): migration 0003 fills the reversed phone digits of rows cached before it,
// so a desk that upgrades finds people by the last digits of their phone without a re-sync.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { migrate } from './migrate';
import { cacheMigrations } from './migrations/index';
import { createCacheStore } from './cache-store';
import { openCacheDb } from './open-database';
import { useTempDir } from './testing/fixtures';

describe('cache migration 0003 (phone last digits)', () => {
  const dir = useTempDir();

  test('rows cached at schema v2 are found by their last digits after the upgrade', () => {
    const file = join(dir(), 'cache.db');
    const v2 = new Database(file);
    migrate(v2, cacheMigrations.slice(0, 2));
    v2.prepare(
      `INSERT INTO customers (id, first_name, last_name, phone, phone_digits, search_keys, sync_gen)
       VALUES ('c1', 'Ada', 'Lovelace', '07700 900722', '07700900722', '', 1),
              ('c2', 'No', 'Phone', NULL, NULL, '', 1)`,
    ).run();
    v2.prepare(
      `INSERT INTO orders (id, confirmation, created_date, first_name, phone, phone_digits, search_keys, sync_gen)
       VALUES ('o1', '1234567', '2026-01-01', 'Tour', '+44 7911 000522', '447911000522', '', 1)`,
    ).run();
    v2.close();

    const db = openCacheDb(file);
    expect(db.prepare('SELECT id, phone_reversed FROM customers ORDER BY id').all()).toEqual([
      { id: 'c1', phone_reversed: '22700900770' },
      { id: 'c2', phone_reversed: null },
    ]);
    const store = createCacheStore(db);
    expect(store.searchCustomers('0722').map((h) => h.id)).toEqual(['c1']);
    expect(store.searchCustomers('522').map((h) => h.id)).toEqual(['o1']);
    db.close();
  });
});
