// Core tests (pure): Resmark check-in of all or some of an order's participants for today.
import { describe, expect, it } from 'vitest';
import type { OrderRecord } from '../store/records';
import { parseCheckInSettings } from './checkin-settings';
import {
  decideResmarkCheckIn,
  itemToCheckIn,
  participantsOf,
  todaysItems,
  type ResmarkCheckInInput,
} from './resmark-decision';

const settings = parseCheckInSettings({
  timeZone: 'Europe/London',
  resmarkMinutesBefore: 45,
  resmarkMinutesAfter: 15,
});
const order: OrderRecord = {
  id: 'ord_1',
  confirmation: '1234567',
  referenceId: null,
  createdDate: '2026-11-20T10:00:00Z',
  modifiedDate: null,
  firstName: 'Ana',
  lastName: 'Lopez',
  email: 'ana@example.com',
  phone: null,
  total: 387,
  items: [
    {
      index: 0,
      activityId: 'act_tomorrow',
      productId: 'p1',
      productName: 'Sunset Kayak',
      startTime: '2026-12-02T16:00:00Z',
      endTime: '2026-12-02T18:00:00Z',
      participants: { Adult: 1 },
      total: 129,
    },
    {
      index: 1,
      activityId: 'act_am',
      productId: 'p2',
      productName: 'Morning Kayak',
      startTime: '2026-12-01T09:00:00Z',
      endTime: '2026-12-01T12:00:00Z',
      participants: { Child: 1, Adult: 2 },
      total: 258,
    },
  ],
};
const input = (over: Partial<ResmarkCheckInInput> = {}): ResmarkCheckInInput => ({
  now: new Date('2026-12-01T08:50:00Z'),
  settings,
  order,
  itemIndex: 1,
  participants: 'all',
  existing: new Map(),
  ...over,
});

describe("today's items", () => {
  it("lists only the items starting on the venue's today, with one participant per place", () => {
    const items = todaysItems(order, new Date('2026-12-01T08:00:00Z'), 'Europe/London');
    expect(items.map((i) => i.departureId)).toEqual(['act_am']);
    expect(items[0]?.participants.map((p) => p.key)).toEqual(['Adult#1', 'Adult#2', 'Child#1']);
  });

  it('names participants the same whatever order the tiers come in', () => {
    const a = participantsOf({ ...order.items[1]!, participants: { Adult: 2, Child: 1 } });
    const b = participantsOf({ ...order.items[1]!, participants: { Child: 1, Adult: 2 } });
    expect(a).toEqual(b);
  });
});

describe('checking in', () => {
  it('all participants: one ledger record each, paid by the order, nothing to send', () => {
    const d = decideResmarkCheckIn(input());
    if (d.outcome !== 'checked_in') throw new Error(`expected a check-in, got ${d.outcome}`);
    expect(d.records).toHaveLength(3);
    expect(d.records[0]).toEqual({
      backend: 'resmark',
      session: { id: 'act_am', name: 'Morning Kayak', startsAt: '2026-12-01T09:00:00Z' },
      person: {
        kind: 'participant',
        orderId: 'ord_1',
        confirmation: '1234567',
        itemIndex: 1,
        participant: 'Adult#1',
        name: 'Ana Lopez (Adult 1)',
      },
      paidBy: { method: 'none' },
      at: '2026-12-01T08:50:00.000Z',
      day: '2026-12-01',
    });
    expect(d.message).toBe('3 checked in');
  });

  it('some participants, and those already in are not recorded twice', () => {
    const existing = new Map([
      ['Adult#1', { id: 'd:1', at: '2026-12-01T08:40:00Z', deskName: 'Dock kiosk' }],
    ]);
    const d = decideResmarkCheckIn(input({ participants: ['Adult#1', 'Child#1'], existing }));
    expect(d).toMatchObject({
      outcome: 'checked_in',
      records: [{ person: { participant: 'Child#1' } }],
      alreadyIn: [{ participant: 'Adult#1', message: 'Already checked in at 08:40 on Dock kiosk' }],
      message: '1 checked in, 1 already in',
    });
  });

  it('everyone ticked already in: "already checked in", nothing recorded', () => {
    const existing = new Map([
      ['Adult#2', { id: 'd:1', at: '2026-12-01T08:40:00Z', deskName: 'Dock kiosk' }],
    ]);
    expect(decideResmarkCheckIn(input({ participants: ['Adult#2'], existing }))).toMatchObject({
      outcome: 'already_checked_in',
      message: 'Already checked in at 08:40 on Dock kiosk',
    });
  });

  it('too early and too late, like Resmark', () => {
    expect(decideResmarkCheckIn(input({ now: new Date('2026-12-01T08:14:00Z') }))).toMatchObject({
      outcome: 'refused',
      reason: 'too_early',
      message: 'Too early, opens at 08:15',
    });
    expect(decideResmarkCheckIn(input({ now: new Date('2026-12-01T09:16:00Z') }))).toMatchObject({
      outcome: 'refused',
      reason: 'too_late',
      message: 'Too late, check-in closed at 09:15',
    });
  });

  it('refuses an item not on today, an item with nobody on it, and a participant not on the booking', () => {
    expect(decideResmarkCheckIn(input({ itemIndex: 0 }))).toMatchObject({ reason: 'no_items_today' });
    const empty = { ...order, items: [{ ...order.items[1]!, participants: {} }] };
    expect(decideResmarkCheckIn(input({ order: empty }))).toMatchObject({
      reason: 'no_participants',
      message: 'No assigned participants',
    });
    expect(decideResmarkCheckIn(input({ participants: ['Senior#1'] }))).toMatchObject({
      reason: 'unknown_participant',
      message: 'Senior#1 is not on this booking',
    });
    expect(decideResmarkCheckIn(input({ participants: [] }))).toMatchObject({
      reason: 'unknown_participant',
    });
  });
});

describe('the item to check in to when staff pick none', () => {
  const item = (index: number, start: string) => ({
    ...order.items[1]!,
    index,
    activityId: `act_${index}`,
    startTime: start,
  });
  const day = {
    ...order,
    items: [
      item(0, '2026-12-01T09:00:00Z'),
      item(1, '2026-12-01T09:30:00Z'),
      item(2, '2026-12-01T15:00:00Z'),
    ],
  };
  const pick = (now: string) => {
    const at = new Date(now);
    const chosen = itemToCheckIn(todaysItems(day, at, 'Europe/London'), at, settings);
    return chosen && { index: chosen.item.item.index, open: chosen.open };
  };

  it('the soonest open one still to depart, else the open one that left last', () => {
    // 09:00 left 5 minutes ago and 09:30 is open too: people come early for the next one.
    expect(pick('2026-12-01T09:05:00Z')).toEqual({ index: 1, open: true });
    expect(pick('2026-12-01T09:40:00Z')).toEqual({ index: 1, open: true });
    expect(pick('2026-12-01T08:20:00Z')).toEqual({ index: 0, open: true });
  });

  it('none open: the next to open (so the refusal says when), else the last; nothing today: null', () => {
    expect(pick('2026-12-01T07:00:00Z')).toEqual({ index: 0, open: false });
    expect(pick('2026-12-01T12:00:00Z')).toEqual({ index: 2, open: false });
    expect(pick('2026-12-01T18:00:00Z')).toEqual({ index: 2, open: false });
    expect(pick('2026-12-03T09:00:00Z')).toBeNull();
  });
});
