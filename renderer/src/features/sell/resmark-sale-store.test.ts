// Unit (Node): the Resmark sale store opens on the slot staff started from, drops a late answer for
// an earlier day, holds the chosen seats (or, offline, goes on without a hold), notices a lock that
// ran out and locks again, releases on cancel, and builds the sale only from valid details.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/result';
import type { AvailabilityAnswer, SeatHold } from '../../../../shared/domain/sales';
import { createFakeApi } from '../../../../test/fakes/fake-api';
import { createResmarkSaleStore } from './resmark-sale-store';

const unit = (minor: number) => ({ minor, currency: 'GBP', formatted: `£${(minor / 100).toFixed(2)}` });

function answer(date: string): AvailabilityAnswer {
  return {
    productId: 'kayak',
    date,
    source: 'live',
    provisional: false,
    slots: [
      {
        activityId: `act-${date}`,
        startTime: `${date}T16:00:00.000Z`,
        endTime: `${date}T18:00:00.000Z`,
        seatsLeft: 12,
        tiers: [
          { tier: 'Adult', unit: unit(4500), seatsLeft: null },
          { tier: 'Child', unit: unit(3000), seatsLeft: null },
        ],
      },
    ],
  };
}

const hold = (id: string, expired = false): SeatHold => ({
  holdId: id,
  activityId: 'act-2026-12-01',
  participants: { Adult: 2, Child: 1 },
  lockEndsAt: '2026-12-01T10:30:00.000Z',
  expired,
});

const OFFLINE: AppError = { code: 'OFFLINE', message: 'Resmark cannot be reached.' };

function rig() {
  const calls: string[] = [];
  const holds: Result<SeatHold>[] = [];
  const states: Result<SeatHold>[] = [];
  /** Availability answers wait here until a test lets them through, in any order. */
  const pending = new Map<string, () => void>();
  let gated = false;
  const base = createFakeApi();
  const api: Api = {
    ...base,
    sales: {
      ...base.sales,
      products: (q) => {
        calls.push(`products ${q?.activityId ?? '-'}`);
        return Promise.resolve({
          ok: true,
          value: {
            products: [
              { id: 'kayak', name: 'Harbour Kayak Tour' },
              { id: 'seal', name: 'Seal Spotting' },
            ],
            slot: q?.activityId ? { activityId: q.activityId, productId: 'kayak', date: '2026-12-01' } : null,
          },
        });
      },
      availability: ({ date }) => {
        calls.push(`availability ${date}`);
        const value = answer(date);
        if (!gated) return Promise.resolve({ ok: true, value });
        return new Promise((resolve) => pending.set(date, () => resolve({ ok: true, value })));
      },
      holdSeats: ({ participants }) => {
        calls.push(`hold ${JSON.stringify(participants)}`);
        return Promise.resolve(holds.shift() ?? { ok: true, value: hold('hold-1') });
      },
      holdState: ({ holdId }) => {
        calls.push(`state ${holdId}`);
        return Promise.resolve(states.shift() ?? { ok: true, value: hold(holdId) });
      },
      releaseSeats: ({ holdId }) => {
        calls.push(`release ${holdId}`);
        return Promise.resolve({ ok: true, value: { released: true as const } });
      },
    },
  };
  // The desk's clock: the day before the fixture's slots, so they are all still to come.
  let clock = Date.parse('2026-11-30T12:00:00.000Z');
  const store = createResmarkSaleStore(api, () => clock);
  return {
    store,
    calls,
    holds,
    states,
    pending,
    gate: () => (gated = true),
    setClock: (iso: string) => (clock = Date.parse(iso)),
  };
}

async function heldSale() {
  const r = rig();
  await r.store.getState().start('act-2026-12-01', '2026-11-30');
  r.store.getState().setCount('Adult', 2);
  r.store.getState().setCount('Child', 1);
  r.store.getState().setCount('Senior', 0);
  await r.store.getState().holdSeats();
  return r;
}

describe('resmark sale store', () => {
  it('opens on the slot staff started from: its tour, its day, the slot picked', async () => {
    const { store, calls } = rig();
    await store.getState().start('act-2026-12-01', '2026-11-30');
    expect(store.getState()).toMatchObject({
      productsState: 'ready',
      productId: 'kayak',
      date: '2026-12-01',
      activityId: 'act-2026-12-01',
      availabilityState: 'ready',
    });
    expect(calls).toEqual(['products act-2026-12-01', 'availability 2026-12-01']);
  });

  it('does not keep a slot picked that has started by the time its times are read', async () => {
    const r = rig();
    r.setClock('2026-12-01T16:05:00.000Z');
    await r.store.getState().start('act-2026-12-01', '2026-12-01');
    expect(r.store.getState()).toMatchObject({
      productId: 'kayak',
      availabilityState: 'ready',
      activityId: null,
    });
  });

  it('from Home: today, no tour picked while there are several, nothing read yet', async () => {
    const { store, calls } = rig();
    await store.getState().start(null, '2026-11-30');
    expect(store.getState()).toMatchObject({ productId: null, date: '2026-11-30', availability: null });
    expect(calls).toEqual(['products -']);
  });

  it('drops a late answer for a day staff already changed away from', async () => {
    const r = rig();
    await r.store.getState().start(null, '2026-11-30');
    r.gate();
    const first = r.store.getState().pickProduct('kayak');
    const second = r.store.getState().pickDate('2026-12-02');
    r.pending.get('2026-12-02')!();
    await second;
    r.pending.get('2026-11-30')!();
    await first;
    expect(r.store.getState().availability?.date).toBe('2026-12-02');
  });

  it('holds only the tiers with people in them, then takes no more count changes', async () => {
    const { store, calls } = await heldSale();
    expect(calls).toContain('hold {"Adult":2,"Child":1}');
    expect(store.getState()).toMatchObject({ step: 'held', hold: { holdId: 'hold-1' }, unheld: false });
    store.getState().setCount('Adult', 5);
    expect(store.getState().counts.Adult).toBe(2);
  });

  it('offline: goes on without a hold, so the sale can be queued', async () => {
    const r = rig();
    r.holds.push({ ok: false, error: OFFLINE });
    await r.store.getState().start('act-2026-12-01', '2026-11-30');
    r.store.getState().setCount('Adult', 1);
    expect(await r.store.getState().holdSeats()).toBe(true);
    expect(r.store.getState()).toMatchObject({ step: 'held', hold: null, unheld: true });
  });

  it('a refused hold (too few seats) stays on the picking step with the reason', async () => {
    const r = rig();
    const refused: AppError = { code: 'CONFLICT', message: 'Only 1 place is left.' };
    r.holds.push({ ok: false, error: refused });
    await r.store.getState().start('act-2026-12-01', '2026-11-30');
    r.store.getState().setCount('Adult', 2);
    expect(await r.store.getState().holdSeats()).toBe(false);
    expect(r.store.getState()).toMatchObject({ step: 'picking', holdError: refused });
  });

  it('notices a lock that ran out (or that the core forgot), and "Try again" locks the seats again', async () => {
    const r = await heldSale();
    r.states.push({ ok: true, value: hold('hold-1', true) });
    await r.store.getState().checkHold();
    expect(r.store.getState()).toMatchObject({ lockLost: true, hold: null });
    expect(r.store.getState().draft()).toBeNull();

    r.holds.push({ ok: true, value: hold('hold-2') });
    await r.store.getState().holdSeats();
    expect(r.store.getState()).toMatchObject({ lockLost: false, hold: { holdId: 'hold-2' } });

    r.states.push({ ok: false, error: { code: 'NOT_FOUND', message: 'Those seats are no longer held.' } });
    await r.store.getState().checkHold();
    expect(r.store.getState().lockLost).toBe(true);
  });

  it('cancel and "Change seats" let the held seats go; a sold sale keeps them for its order', async () => {
    const r = await heldSale();
    await r.store.getState().changeSeats();
    expect(r.calls).toContain('release hold-1');
    expect(r.store.getState()).toMatchObject({ step: 'picking', hold: null, counts: { Adult: 2, Child: 1 } });

    await r.store.getState().holdSeats();
    await r.store.getState().cancel();
    expect(r.calls.filter((c) => c === 'release hold-1')).toHaveLength(2);

    await r.store.getState().holdSeats();
    r.store.getState().sold();
    await r.store.getState().cancel();
    expect(r.calls.filter((c) => c.startsWith('release'))).toHaveLength(2);
  });

  it('builds the sale only from valid details, trimmed, with the hold', async () => {
    const { store } = await heldSale();
    expect(store.getState().draft()).toBeNull();
    expect(store.getState().showProblems).toBe(true);
    store.getState().setCustomer('firstName', ' Ada ');
    store.getState().setCustomer('lastName', 'Lovelace');
    store.getState().setCustomer('email', 'ada@example.com ');
    expect(store.getState().draft()).toEqual({
      backend: 'resmark',
      activityId: 'act-2026-12-01',
      participants: { Adult: 2, Child: 1 },
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      sendConfirmationEmail: true,
      holdId: 'hold-1',
    });
    store.getState().setCustomer('email', '');
    store.getState().setSendConfirmationEmail(false);
    expect(store.getState().draft()).not.toHaveProperty('email');
  });
});
