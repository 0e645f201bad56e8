// Core tests (plain Node): every hot query is served by an index or the FTS index, never a table scan.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCacheStore, type CacheStore } from './cache-store';
import { SEARCH_SQL } from './customer-search';
import { openCacheDb, openOutboxDb, type CacheDb } from './open-database';
import { OUTBOX_SQL } from './outbox-store';
import { RESERVIE_SQL } from './reservie-tables';
import { RESMARK_SQL } from './resmark-tables';
import { SCHEDULE_SQL } from './schedule-reads';
import { order, registration, session, slot } from './testing/builders';
import { queryPlan } from './testing/schema';
import { seedSyntheticCustomers } from './testing/synthetic-customers';

const range = { from: '2025-06-01T00:00:00.000Z', to: '2025-06-02T00:00:00.000Z' };

/** Every hot statement, its parameters, and the indexes its plan must use. */
const HOT: [string, string, unknown[] | Record<string, unknown>, RegExp[]][] = [
  [
    'search customers',
    SEARCH_SQL.customers,
    ['"jan"*', 25],
    [/SCAN customers_fts VIRTUAL TABLE INDEX \d+:M/, /SEARCH c USING INTEGER PRIMARY KEY/],
  ],
  [
    'search orders',
    SEARCH_SQL.orders,
    ['"jan"*', 25],
    [/SCAN orders_fts VIRTUAL TABLE INDEX \d+:M/, /SEARCH o USING INTEGER PRIMARY KEY/],
  ],
  [
    'customers by the last digits of their phone',
    SEARCH_SQL.customersByPhoneEnd,
    { key: '2270', limit: 25 },
    [/SEARCH c USING INDEX customers_by_phone_reversed \(phone_reversed>\? AND phone_reversed<\?\)/],
  ],
  [
    'orders by the last digits of their phone',
    SEARCH_SQL.ordersByPhoneEnd,
    { key: '2270', limit: 25 },
    [/SEARCH o USING INDEX orders_by_phone_reversed \(phone_reversed>\? AND phone_reversed<\?\)/],
  ],
  [
    'order by confirmation or reference',
    SEARCH_SQL.exactOrders,
    { text: 'RM-1' },
    [/USING INDEX orders_by_confirmation/, /USING INDEX orders_by_reference/],
  ],
  [
    'passes of a customer',
    SEARCH_SQL.passesOfCustomer,
    ['cust-1'],
    [/USING INDEX customer_passes_by_customer/],
  ],
  [
    'sessions and slots in a range, with booked counts',
    SCHEDULE_SQL.sessionsInRange,
    range,
    [
      /USING INDEX sessions_by_start/,
      /USING COVERING INDEX registrations_by_session/,
      /USING INDEX slots_by_start/,
      /USING COVERING INDEX order_items_by_activity/,
    ],
  ],
  [
    'register of a session',
    SCHEDULE_SQL.registrationsOfSession,
    ['s1'],
    [/USING INDEX registrations_by_session/],
  ],
  ['sweep of one register', RESERVIE_SQL.sweepSession, ['s1', 2], [/USING INDEX registrations_by_session/]],
  [
    'sweep of a product’s slots in a range',
    RESMARK_SQL.sweepProductRange,
    ['p', range.from, range.to, 2],
    [/USING INDEX slots_by_product/],
  ],
  [
    'sweep of all slots in a range',
    RESMARK_SQL.sweepSlotRange,
    [range.from, range.to, 2],
    [/USING INDEX slots_by_start/],
  ],
  [
    'items of an order',
    RESMARK_SQL.deleteItems,
    ['o1'],
    [/USING COVERING INDEX sqlite_autoindex_order_items_1/],
  ],
];

/** A SCAN that is not the FTS index (or a constant row) reads a whole table. */
const FULL_SCAN = /^SCAN (?!\S+ VIRTUAL TABLE|CONSTANT ROW)/m;

/** Realistically sized tables (2,000 customers, a month of sessions, busy registers). */
function seed(store: CacheStore): void {
  seedSyntheticCustomers(store, 2_000, 1);
  const at = (i: number) => new Date(Date.parse(range.from) + i * 3_600_000).toISOString();
  const sessions = Array.from({ length: 720 }, (_, i) => session(`s${i}`, at(i)));
  const regs = Array.from({ length: 7_200 }, (_, i) =>
    registration(`r${i}`, `s${i % 720}`, { customerId: `cust-${i}` }),
  );
  const slots = Array.from({ length: 1_000 }, (_, i) => slot(`a${i}`, `p${i % 10}`, at(i)));
  const item = { index: 0, productId: null, productName: null, startTime: null, endTime: null, total: null };
  const orders = Array.from({ length: 2_000 }, (_, i) =>
    order(`o${i}`, {
      referenceId: `ref-${i}`,
      items: [{ ...item, activityId: `a${i % 1_000}`, participants: { Adult: 2 } }],
    }),
  );
  store.writePage({ backend: 'reservie', resource: 'events', gen: 1, records: sessions, cursor: 1 });
  store.writePage({ backend: 'reservie', resource: 'registrations', gen: 1, records: regs, cursor: 1 });
  store.writePage({ backend: 'resmark', resource: 'availability', gen: 1, records: slots, cursor: 1 });
  store.writePage({ backend: 'resmark', resource: 'orders', gen: 1, records: orders, cursor: 1 });
}

describe('query plans', () => {
  let dir: string;
  const dbs: { label: string; db: CacheDb }[] = [];

  // Plans must hold both for a new cache (no statistics) and once PRAGMA optimize has run ANALYZE.
  // The data is realistically sized: with statistics from tiny tables a scan would rightly win.
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'frontdesk-plans-'));
    const fresh = openCacheDb(join(dir, 'fresh.db'));
    seed(createCacheStore(fresh));
    fresh.exec(`VACUUM INTO '${join(dir, 'analyzed.db')}'`);
    const analyzed = openCacheDb(join(dir, 'analyzed.db'));
    analyzed.exec('ANALYZE');
    dbs.push({ label: 'no statistics', db: fresh }, { label: 'analyzed', db: analyzed });
  });
  afterAll(() => {
    for (const { db } of dbs) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(HOT)('%s uses its index and never scans a table', (_name, sql, params, expected) => {
    for (const { label, db } of dbs) {
      const plan = queryPlan(db, sql, params);
      expect(plan, label).not.toMatch(FULL_SCAN);
      for (const pattern of expected) expect(plan, label).toMatch(pattern);
    }
  });

  test('the outbox count of unsent items uses its status index', () => {
    const outbox = openOutboxDb(join(dir, 'outbox.db'));
    const plan = queryPlan(outbox, OUTBOX_SQL.pendingCount, []);
    expect(plan).toMatch(/USING COVERING INDEX outbox_items_by_status/);
    expect(plan).not.toMatch(FULL_SCAN);
    outbox.close();
  });

  test("a sender's read of its account's rows uses the account index, in order", () => {
    const outbox = openOutboxDb(join(dir, 'outbox.db'));
    const plan = queryPlan(outbox, OUTBOX_SQL.listForAccount, ['["live"]']);
    expect(plan).toMatch(/USING INDEX outbox_items_by_account/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect(plan).not.toMatch(FULL_SCAN);
    outbox.close();
  });
});
