// Core tests (pure): the Reservie check-in decision, from inputs to what the ledger records and
// what the outbox sends.
import { describe, expect, it } from 'vitest';
import type { Said } from '../../../shared/domain/said';
import { english } from '../../../shared/domain/said-english';
import { parseCheckInSettings } from './checkin-settings';
import type { HeldPass } from './pass-choice';
import { decideReservieCheckIn, type ReservieCheckInInput } from './reservie-decision';

const settings = parseCheckInSettings({ timeZone: 'Europe/London' });
const tenClass = (over: Partial<HeldPass> = {}): HeldPass => ({
  id: 'cp_10',
  passName: '10-Class Pass',
  remainingUses: 4,
  startDate: '2026-10-01',
  expiryDate: '2027-01-01',
  status: 'active',
  usedUpOn: null,
  ...over,
});

// 1 December: London is on UTC, so 09:00Z is 09:00 at the venue.
const input = (over: Partial<ReservieCheckInInput> = {}): ReservieCheckInInput => ({
  now: new Date('2026-12-01T08:55:00Z'),
  settings,
  session: {
    id: 'evt_42',
    eventId: 'evt_42',
    name: 'Monday Yoga',
    startsAt: '2026-12-01T09:00:00Z',
    endsAt: '2026-12-01T10:00:00Z',
  },
  customer: { id: 'cus_7', name: 'Jane Smith' },
  registrations: [],
  passes: [tenClass()],
  pickedPassId: null,
  existing: null,
  room: { capacity: 20, booked: 12, queuedHere: 0 },
  ...over,
});

describe('a booked customer', () => {
  it('is checked in with nothing spent and nothing sent: the ledger is the only record', () => {
    const d = decideReservieCheckIn(input({ registrations: [{ id: 'reg_900', status: 'confirmed' }] }));
    expect(d).toEqual({
      outcome: 'checked_in',
      record: {
        backend: 'reservie',
        session: { id: 'evt_42', name: 'Monday Yoga', startsAt: '2026-12-01T09:00:00Z' },
        person: { kind: 'customer', customerId: 'cus_7', name: 'Jane Smith' },
        paidBy: { method: 'booked', registrationId: 'reg_900' },
        at: '2026-12-01T08:55:00.000Z',
        day: '2026-12-01',
      },
      writeBack: null,
      remainingUses: null,
      message: 'Checked in (booked) at 08:55',
      said: {
        code: 'checkedIn.booked',
        at: { at: '2026-12-01T08:55:00.000Z', clock: '08:55', otherDay: null },
      },
    });
  });

  it('with a cancelled or waitlisted registration is a walk-in, and pays with a pass', () => {
    const d = decideReservieCheckIn(
      input({
        registrations: [
          { id: 'reg_1', status: 'cancelled' },
          { id: 'reg_2', status: 'waitlisted' },
        ],
      }),
    );
    expect(d).toMatchObject({
      outcome: 'checked_in',
      record: { paidBy: { method: 'pass', customerPassId: 'cp_10' } },
    });
  });
});

describe('a walk-in', () => {
  it('spends one use of the pass that expires first, sent as exactly one pass-paid registration', () => {
    const d = decideReservieCheckIn(
      input({
        passes: [
          tenClass({ id: 'cp_late', expiryDate: '2027-06-01' }),
          tenClass({ id: 'cp_soon', remainingUses: 2 }),
        ],
      }),
    );
    expect(d).toMatchObject({
      outcome: 'checked_in',
      record: { paidBy: { method: 'pass', customerPassId: 'cp_soon' } },
      remainingUses: 1,
      message: 'Checked in with 10-Class Pass: 1 use left',
    });
    if (d.outcome !== 'checked_in') throw new Error('expected a check-in');
    expect(d.writeBack).toEqual({
      kind: 'reservie.passRegistration',
      backend: 'reservie',
      method: 'POST',
      path: '/events/evt_42/registrations',
      body: { customerId: 'cus_7', spaces: 1, paymentMethod: 'pass', customerPassId: 'cp_soon' },
    });
    // Never an absolute count: the server spends the use, so two desks cannot overwrite each other.
    expect(JSON.stringify(d.writeBack)).not.toMatch(/remainingUses/);
  });

  it('pays with the pass staff picked instead', () => {
    const d = decideReservieCheckIn(
      input({
        passes: [tenClass({ id: 'cp_soon', expiryDate: '2026-12-24' }), tenClass({ id: 'cp_mine' })],
        pickedPassId: 'cp_mine',
      }),
    );
    expect(d).toMatchObject({ outcome: 'checked_in', writeBack: { body: { customerPassId: 'cp_mine' } } });
  });

  it('names the date of a series session so the registration lands on it', () => {
    const d = decideReservieCheckIn(
      input({ session: { ...input().session, id: 'date_3', eventId: 'evt_42' } }),
    );
    expect(d).toMatchObject({
      writeBack: { path: '/events/evt_42/registrations', body: { dateId: 'date_3' } },
    });
  });

  it.each([
    [
      [tenClass({ remainingUses: 0, usedUpOn: '2026-11-12' })],
      '10-class pass used up on 12 Nov',
      'no_valid_pass',
    ],
    [
      [tenClass({ passName: '5-Class Pass', expiryDate: '2026-11-03' })],
      '5-class pass expired on 3 Nov',
      'no_valid_pass',
    ],
    [[tenClass({ startDate: '2026-12-02' })], '10-class pass starts on 2 Dec', 'no_valid_pass'],
    [[], 'No pass', 'no_pass'],
  ])('is refused with the reason and offered a pass to buy (%#)', (passes, message, reason) => {
    const d = decideReservieCheckIn(input({ passes }));
    expect(d).toEqual({ outcome: 'refused', reason, message, said: expect.anything(), offerPassSale: true });
    expect(english((d as { said: Said }).said)).toBe(message);
  });
});

describe('twice is once', () => {
  it('a second check-in says when and where the first was, and records and sends nothing', () => {
    const d = decideReservieCheckIn(
      input({ existing: { id: 'desk-a:1', at: '2026-12-01T09:02:00Z', deskName: 'Front desk 2' } }),
    );
    expect(d).toEqual({
      outcome: 'already_checked_in',
      existing: { id: 'desk-a:1', at: '2026-12-01T09:02:00Z', deskName: 'Front desk 2' },
      message: 'Already checked in at 09:02 on Front desk 2',
      said: {
        code: 'already.at',
        at: { at: '2026-12-01T09:02:00.000Z', clock: '09:02', otherDay: null },
        desk: 'Front desk 2',
      },
    });
  });
});

describe('outside the window', () => {
  it('too early: nothing recorded, no pass offered', () => {
    expect(decideReservieCheckIn(input({ now: new Date('2026-12-01T07:30:00Z') }))).toEqual({
      outcome: 'refused',
      reason: 'too_early',
      message: 'Too early, opens at 08:00',
      said: {
        code: 'window.tooEarly',
        opens: { at: '2026-12-01T08:00:00.000Z', clock: '08:00', otherDay: null },
      },
      offerPassSale: false,
    });
  });

  it('ended: even a booked customer is not checked in', () => {
    const d = decideReservieCheckIn(
      input({ now: new Date('2026-12-01T10:00:00Z'), registrations: [{ id: 'reg_1', status: 'confirmed' }] }),
    );
    expect(d).toMatchObject({ outcome: 'refused', reason: 'ended', message: 'This session has ended' });
  });
});

describe('a full session', () => {
  const full = { capacity: 20, booked: 20, queuedHere: 0 };

  it('refuses a walk-in before anything is queued, saying how full it is', () => {
    expect(decideReservieCheckIn(input({ room: full }))).toEqual({
      outcome: 'refused',
      reason: 'session_full',
      message: 'Monday Yoga is full (20 of 20)',
      said: { code: 'session.full', session: 'Monday Yoga', taken: 20, capacity: 20 },
      offerPassSale: false,
    });
  });

  it("counts this desk's queued walk-ins as taken places", () => {
    const d = decideReservieCheckIn(input({ room: { capacity: 20, booked: 18, queuedHere: 2 } }));
    expect(d).toMatchObject({ outcome: 'refused', message: 'Monday Yoga is full (20 of 20)' });
  });

  it('lets the last free place go', () => {
    const d = decideReservieCheckIn(input({ room: { capacity: 20, booked: 18, queuedHere: 1 } }));
    expect(d).toMatchObject({ outcome: 'checked_in', remainingUses: 3 });
  });

  it('still checks in a booked customer: their place is already theirs', () => {
    const d = decideReservieCheckIn(
      input({ room: full, registrations: [{ id: 'reg_1', status: 'confirmed' }] }),
    );
    expect(d).toMatchObject({ outcome: 'checked_in', writeBack: null });
  });

  it('is not checked when the capacity is unknown', () => {
    const d = decideReservieCheckIn(input({ room: { capacity: null, booked: 50, queuedHere: 3 } }));
    expect(d).toMatchObject({ outcome: 'checked_in' });
  });

  it('says "already checked in" before "full": a second try is not a new place', () => {
    const existing = { id: 'desk-a:1', at: '2026-12-01T08:50:00Z', deskName: 'Front desk 2' };
    expect(decideReservieCheckIn(input({ room: full, existing }))).toMatchObject({
      outcome: 'already_checked_in',
    });
  });
});
