// Core tests (plain Node): sync state (success times, listing with counts) and table counts.
import { describe, expect, test } from 'vitest';
import {
  customer,
  customerPass,
  openTestCache,
  order,
  registration,
  slot,
  useTempDir,
} from './testing/fixtures';

describe('sync state and counts', () => {
  const dir = useTempDir();

  test('markSyncComplete records successes; only full passes move lastFullSyncAt', () => {
    const { store } = openTestCache(dir());
    store.writePage({
      backend: 'reservie',
      resource: 'customers',
      gen: 1,
      records: [customer('a')],
      cursor: 'c',
    });
    store.markSyncComplete('reservie', 'customers', { full: true, at: '2025-06-01T10:00:00.000Z' });
    store.markSyncComplete('reservie', 'customers', { full: false, at: '2025-06-01T11:00:00.000Z' });
    expect(store.getSyncState('reservie', 'customers')).toEqual({
      cursor: 'c',
      gen: 1,
      lastSuccessAt: '2025-06-01T11:00:00.000Z',
      lastFullSyncAt: '2025-06-01T10:00:00.000Z',
    });
  });

  test('listSyncStates lists every resource synced so far with its row count', () => {
    const { store } = openTestCache(dir());
    store.writePage({
      backend: 'reservie',
      resource: 'customers',
      gen: 1,
      records: [customer('a'), customer('b')],
      cursor: 1,
    });
    store.writePage({
      backend: 'reservie',
      resource: 'customerPasses',
      gen: 1,
      records: [customerPass('cp', 'a')],
      cursor: { mode: 'idle', gen: 1, knownTotal: 1, wholeSince: '2025-06-01T09:40:00.000Z' },
    });
    store.markSyncComplete('resmark', 'orders', { full: true, at: '2025-06-01T10:00:00.000Z' });
    expect(store.listSyncStates()).toEqual([
      {
        backend: 'reservie',
        resource: 'customerPasses',
        lastSuccessAt: null,
        lastFullSyncAt: null,
        // The start of the last whole read, which the cursor carries (the oldest record's age, F1).
        readWholeSince: '2025-06-01T09:40:00.000Z',
        count: 1,
      },
      {
        backend: 'reservie',
        resource: 'customers',
        lastSuccessAt: null,
        lastFullSyncAt: null,
        readWholeSince: null,
        count: 2,
      },
      {
        backend: 'resmark',
        resource: 'orders',
        lastSuccessAt: '2025-06-01T10:00:00.000Z',
        lastFullSyncAt: '2025-06-01T10:00:00.000Z',
        readWholeSince: '2025-06-01T10:00:00.000Z', // no cursor saying otherwise: the last full pass
        count: 0,
      },
    ]);
  });

  test('counts() counts every table', () => {
    const { store } = openTestCache(dir());
    const w = <R extends Parameters<typeof store.writePage>[0]>(p: R) => store.writePage(p);
    w({ backend: 'reservie', resource: 'customers', gen: 1, records: [customer('a')], cursor: 1 });
    w({
      backend: 'reservie',
      resource: 'passes',
      gen: 1,
      records: [{ id: 'p1', name: 'Pass', credits: 5, price: 1, validityPeriod: null, validityUnit: null }],
      cursor: 1,
    });
    w({
      backend: 'reservie',
      resource: 'customerPasses',
      gen: 1,
      records: [customerPass('cp1', 'a'), customerPass('cp2', 'a')],
      cursor: 1,
    });
    w({
      backend: 'reservie',
      resource: 'registrations',
      gen: 1,
      records: [registration('r1', 's1')],
      cursor: 1,
    });
    w({
      backend: 'resmark',
      resource: 'products',
      gen: 1,
      records: [
        {
          id: 'p',
          productNumber: 1,
          productCode: 'T',
          name: 'Tour',
          quantityLabel: null,
          dateless: false,
          lastModified: null,
        },
      ],
      cursor: 1,
    });
    w({
      backend: 'resmark',
      resource: 'availability',
      gen: 1,
      records: [slot('x', 'p', '2025-06-01T09:00:00Z')],
      cursor: 1,
    });
    w({ backend: 'resmark', resource: 'orders', gen: 1, records: [order('o1'), order('o2')], cursor: 1 });
    expect(store.counts()).toEqual({
      customers: 1,
      events: 0,
      passes: 1,
      customerPasses: 2,
      registrations: 1,
      products: 1,
      availability: 1,
      orders: 2,
    });
    expect(store.listProductIds()).toEqual(['p']);
  });
});
