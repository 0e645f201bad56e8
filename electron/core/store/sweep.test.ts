// Core tests (plain Node): mark-and-sweep deletion, whole, scoped and batched, with the FTS index.
import { describe, expect, test } from 'vitest';
import { customer, openTestCache, order, registration, slot, useTempDir } from './testing/fixtures';

describe('sweep', () => {
  const dir = useTempDir();

  test('deletes the rows a complete pass did not see, and their search entries', () => {
    const { store, db } = openTestCache(dir());
    const page = (gen: number, ids: string[]) =>
      store.writePage({
        backend: 'reservie',
        resource: 'customers',
        gen,
        records: ids.map((id) => customer(id, { firstName: `Zed${id}`, lastName: 'Quill' })),
        cursor: gen,
      });
    page(1, ['a', 'b', 'c']);
    page(2, ['a', 'c']);
    expect(store.sweep('reservie', 'customers', 2)).toBe(1);
    expect(store.searchCustomers('quill').map((h) => h.id)).toEqual(['a', 'c']);
    expect(store.searchCustomers('zedb')).toEqual([]);
    expect(
      db.prepare("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'quill'").pluck().get(),
    ).toBe(2);
    expect(store.sweep('reservie', 'customers', 2)).toBe(0);
  });

  test('of registrations is limited to the sessions whose registers were re-read', () => {
    const { store } = openTestCache(dir());
    const regs = [registration('r1', 's1'), registration('r2', 's1'), registration('r3', 's2')];
    store.writePage({ backend: 'reservie', resource: 'registrations', gen: 1, records: regs, cursor: 1 });
    store.writePage({
      backend: 'reservie',
      resource: 'registrations',
      gen: 2,
      records: [regs[0]!],
      cursor: 2,
    });
    expect(store.sweep('reservie', 'registrations', 2, { sessionIds: ['s1'] })).toBe(1);
    expect(store.listRegistrations('s1').map((r) => r.id)).toEqual(['r1']);
    expect(store.listRegistrations('s2').map((r) => r.id)).toEqual(['r3']);
  });

  test('of availability is limited to the product and the (inclusive) dates re-read', () => {
    const { store } = openTestCache(dir());
    const slots = [
      slot('x1', 'p1', '2025-06-01T09:00:00Z'),
      slot('x2', 'p1', '2025-06-02T23:30:00Z'),
      slot('x3', 'p1', '2025-06-03T09:00:00Z'),
      slot('y1', 'p2', '2025-06-01T09:00:00Z'),
    ];
    store.writePage({ backend: 'resmark', resource: 'availability', gen: 1, records: slots, cursor: 1 });
    store.writePage({ backend: 'resmark', resource: 'availability', gen: 2, records: [], cursor: 2 });
    const scope = { productId: 'p1', fromDate: '2025-06-01', toDate: '2025-06-02' };
    expect(store.sweep('resmark', 'availability', 2, scope)).toBe(2);
    expect(store.listSessions('2025-06-01T00:00:00Z', '2025-06-04T00:00:00Z').map((s) => s.id)).toEqual([
      'y1',
      'x3',
    ]);
  });

  test('of orders takes their items with them', () => {
    const { store, db } = openTestCache(dir());
    const items = [
      {
        index: 0,
        activityId: 'a1',
        productId: null,
        productName: null,
        startTime: null,
        endTime: null,
        participants: { Adult: 2 },
        total: null,
      },
    ];
    store.writePage({
      backend: 'resmark',
      resource: 'orders',
      gen: 1,
      records: [order('o1', { items })],
      cursor: 1,
    });
    expect(store.sweep('resmark', 'orders', 2)).toBe(1);
    expect(db.prepare('SELECT count(*) FROM order_items').pluck().get()).toBe(0);
  });

  test('sweepBatch deletes in bounded batches until nothing is left', () => {
    const { store } = openTestCache(dir());
    const ids = Array.from({ length: 25 }, (_, i) => `c${i}`);
    store.writePage({
      backend: 'reservie',
      resource: 'customers',
      gen: 1,
      records: ids.map((id) => customer(id)),
      cursor: 1,
    });
    store.writePage({
      backend: 'reservie',
      resource: 'customers',
      gen: 2,
      records: [customer('c0')],
      cursor: 2,
    });
    const batches: number[] = [];
    for (let n = -1; n !== 0;) batches.push((n = store.sweepBatch('reservie', 'customers', 2, 10)));
    expect(batches).toEqual([10, 10, 4, 0]);
    expect(store.searchCustomers('test').map((h) => h.id)).toEqual(['c0']);
  });
});
