// Core tests (plain Node): writePage: upserts with the cursor in one transaction, all or nothing.
import { describe, expect, test } from 'vitest';
import type { CustomerRecord } from './records';
import { customer, openTestCache, order, useTempDir } from './testing/fixtures';

describe('writePage', () => {
  const dir = useTempDir();

  test('upserts the records and stores the cursor and generation with them', () => {
    const { store } = openTestCache(dir());
    const cursor = { mode: 'full', gen: 3, nextPage: 2, done: 2, total: 10 };
    store.writePage({
      backend: 'reservie',
      resource: 'customers',
      gen: 3,
      records: [customer('a'), customer('b')],
      cursor,
    });
    expect(store.counts().customers).toBe(2);
    expect(store.getSyncState('reservie', 'customers')).toEqual({
      cursor,
      gen: 3,
      lastSuccessAt: null,
      lastFullSyncAt: null,
    });
    expect(store.getSyncState('reservie', 'passes')).toBeNull();
  });

  test('is atomic: a record that fails mid-page leaves neither its page-mates nor the cursor', () => {
    const { store } = openTestCache(dir());
    store.writePage({
      backend: 'reservie',
      resource: 'customers',
      gen: 1,
      records: [customer('a')],
      cursor: { page: 1 },
    });
    const broken = { ...customer('c'), firstName: null } as unknown as CustomerRecord;
    const page = [customer('b'), customer('a', { firstName: 'Renamed' }), broken, customer('d')];
    expect(() =>
      store.writePage({
        backend: 'reservie',
        resource: 'customers',
        gen: 1,
        records: page,
        cursor: { page: 2 },
      }),
    ).toThrow(/NOT NULL/);
    expect(store.counts().customers).toBe(1);
    expect(store.searchCustomers('renamed')).toEqual([]);
    expect(store.getSyncState('reservie', 'customers')?.cursor).toEqual({ page: 1 });
  });

  test('updates existing rows in place, and the search index with them', () => {
    const { store } = openTestCache(dir());
    const write = (c: CustomerRecord, gen: number) =>
      store.writePage({ backend: 'reservie', resource: 'customers', gen, records: [c], cursor: gen });
    write(customer('a', { firstName: 'Margaret', lastName: 'Hale', email: 'meg@old.example' }), 1);
    write(customer('a', { firstName: 'Margaret', lastName: 'Thornton', email: 'meg@new.example' }), 2);
    expect(store.counts().customers).toBe(1);
    expect(store.searchCustomers('hale')).toEqual([]);
    expect(store.searchCustomers('old.example')).toEqual([]);
    expect(store.searchCustomers('thorn').map((h) => h.name)).toEqual(['Margaret Thornton']);
  });

  test('an empty page still moves the cursor (a register that emptied must be recorded)', () => {
    const { store } = openTestCache(dir());
    store.writePage({
      backend: 'reservie',
      resource: 'registrations',
      gen: 4,
      records: [],
      cursor: { gen: 4 },
    });
    expect(store.getSyncState('reservie', 'registrations')).toMatchObject({ gen: 4, cursor: { gen: 4 } });
  });

  test('refuses a resource under the wrong back end', () => {
    const { store } = openTestCache(dir());
    expect(() =>
      store.writePage({
        backend: 'resmark',
        resource: 'customers',
        gen: 1,
        records: [customer('a')],
        cursor: null,
      }),
    ).toThrow(/belongs to reservie/);
    expect(store.counts().customers).toBe(0);
  });

  test("replaces an order's items as a whole", () => {
    const { store, db } = openTestCache(dir());
    const item = (index: number, activityId: string) => ({
      index,
      activityId,
      productId: 'p',
      productName: 'Tour',
      startTime: null,
      endTime: null,
      participants: { Adult: 1 },
      total: 10,
    });
    const write = (items: ReturnType<typeof item>[], gen: number) =>
      store.writePage({
        backend: 'resmark',
        resource: 'orders',
        gen,
        records: [order('o1', { items })],
        cursor: gen,
      });
    write([item(0, 'a1'), item(1, 'a2')], 1);
    write([item(0, 'a3')], 2);
    expect(db.prepare('SELECT activity_id FROM order_items').pluck().all()).toEqual(['a3']);
  });
});
