// Core tests (plain Node): sessions and slots in a time range with booked counts; registers.
import { describe, expect, test } from 'vitest';
import type { OrderItemRecord } from './records';
import { openTestCache, order, registration, session, slot, useTempDir } from './testing/fixtures';

const item = (activityId: string, participants: Record<string, number>, index = 0): OrderItemRecord => ({
  index,
  activityId,
  productId: 'tour',
  productName: 'Harbour tour',
  startTime: null,
  endTime: null,
  participants,
  total: null,
});

describe('listSessions', () => {
  const dir = useTempDir();

  function seeded() {
    const { store } = openTestCache(dir());
    const sessions = [
      session('yoga', '2025-06-01T09:00:00Z', { capacity: 12, spacesAvailable: 7 }),
      // An offset in the feed is stored as UTC, so it sorts by the real instant.
      session('pilates', '2025-06-01T11:30:00+02:00'),
      session('tomorrow', '2025-06-02T09:00:00Z'),
    ];
    const regs = [
      registration('r1', 'yoga', { spaces: 2 }),
      registration('r2', 'yoga', { spaces: 1 }),
      registration('r3', 'yoga', { spaces: 4, status: 'waitlisted' }),
      registration('r4', 'yoga', { spaces: 1, status: 'cancelled' }),
    ];
    store.writePage({ backend: 'reservie', resource: 'events', gen: 1, records: sessions, cursor: 1 });
    store.writePage({ backend: 'reservie', resource: 'registrations', gen: 1, records: regs, cursor: 1 });
    const product = {
      id: 'tour',
      productNumber: 7,
      productCode: 'HT',
      name: 'Harbour tour',
      quantityLabel: null,
      dateless: false,
      lastModified: null,
    };
    store.writePage({ backend: 'resmark', resource: 'products', gen: 1, records: [product], cursor: 1 });
    const slots = [
      slot('act-1', 'tour', '2025-06-01T10:00:00Z', { tiersAvailable: { '*': 5 } }),
      slot('act-2', 'unknown-product', '2025-06-01T08:00:00Z', { tiersAvailable: { Adult: 3, Child: 2 } }),
    ];
    store.writePage({ backend: 'resmark', resource: 'availability', gen: 1, records: slots, cursor: 1 });
    const orders = [
      order('o1', { items: [item('act-1', { Adult: 2, Child: 1 }), item('act-2', { Adult: 1 }, 1)] }),
      order('o2', { items: [item('act-1', { Adult: 1 })] }),
    ];
    store.writePage({ backend: 'resmark', resource: 'orders', gen: 1, records: orders, cursor: 1 });
    return store;
  }

  test('lists Reservie sessions and Resmark slots starting in the range, by start, with booked counts and tour capacity (seats left + booked)', () => {
    const store = seeded();
    expect(store.listSessions('2025-06-01T00:00:00Z', '2025-06-02T00:00:00Z')).toEqual([
      {
        id: 'act-2',
        source: 'resmark',
        name: 'unknown-product',
        startsAt: '2025-06-01T08:00:00.000Z',
        endsAt: '2025-06-01T10:00:00.000Z',
        capacity: 6,
        spacesAvailable: 5,
        booked: 1,
      },
      {
        id: 'yoga',
        source: 'reservie',
        name: 'Class yoga',
        startsAt: '2025-06-01T09:00:00.000Z',
        endsAt: '2025-06-01T10:00:00.000Z',
        capacity: 12,
        spacesAvailable: 7,
        booked: 3,
      },
      {
        id: 'pilates',
        source: 'reservie',
        name: 'Class pilates',
        startsAt: '2025-06-01T09:30:00.000Z',
        endsAt: '2025-06-01T10:30:00.000Z',
        capacity: 12,
        spacesAvailable: 12,
        booked: 0,
      },
      {
        id: 'act-1',
        source: 'resmark',
        name: 'Harbour tour',
        startsAt: '2025-06-01T10:00:00.000Z',
        endsAt: '2025-06-01T12:00:00.000Z',
        capacity: 9,
        spacesAvailable: 5,
        booked: 4,
      },
    ]);
  });

  test('a tour without cached seats left has no capacity rather than a made-up one', () => {
    const store = seeded();
    const bare = slot('act-3', 'tour', '2025-06-01T15:00:00Z', { tiersAvailable: {} });
    store.writePage({ backend: 'resmark', resource: 'availability', gen: 2, records: [bare], cursor: 2 });
    expect(store.listSessions('2025-06-01T15:00:00Z', '2025-06-01T16:00:00Z')).toMatchObject([
      { id: 'act-3', capacity: null, spacesAvailable: null, booked: 0 },
    ]);
  });

  test('the range is [from, to) and may be given with any offset', () => {
    const store = seeded();
    expect(store.listSessions('2025-06-01T10:00:00+01:00', '2025-06-01T10:00:00Z').map((s) => s.id)).toEqual([
      'yoga',
      'pilates',
    ]);
    expect(store.listSessions('2025-06-03T00:00:00Z', '2025-06-04T00:00:00Z')).toEqual([]);
  });

  test("listRegistrations returns a session's whole register", () => {
    const store = seeded();
    expect(store.listRegistrations('yoga').map((r) => [r.id, r.status, r.spaces])).toEqual([
      ['r1', 'confirmed', 2],
      ['r2', 'confirmed', 1],
      ['r3', 'waitlisted', 4],
      ['r4', 'cancelled', 1],
    ]);
    expect(store.listRegistrations('yoga')[0]).toEqual(registration('r1', 'yoga', { spaces: 2 }));
  });
});
