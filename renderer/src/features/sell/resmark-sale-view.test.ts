// Unit (Node): which customer field is wrong and why, and how many seats a tier can still take.
import { describe, expect, it } from 'vitest';
import type { SlotAvailability } from '../../../../shared/domain/sales';
import { chosen, customerProblems, isOpen, localDay, roomFor, seatsLeftIn } from './resmark-sale-view';

const blank = { firstName: '', lastName: '', email: '', phone: '' };
const unit = { minor: 4500, currency: 'GBP', formatted: '£45.00' };

describe('customer problems', () => {
  it('asks for both names, and for an e-mail only when the confirmation is e-mailed', () => {
    expect(customerProblems(blank, true)).toEqual({
      firstName: 'required',
      lastName: 'required',
      email: 'required',
    });
    expect(customerProblems(blank, false)).toEqual({ firstName: 'required', lastName: 'required' });
  });

  it('reads spaces as nothing typed, and refuses what is not an e-mail address or too long', () => {
    const c = { firstName: '  ', lastName: 'x'.repeat(101), email: 'ada at example.com', phone: '' };
    expect(customerProblems(c, false)).toEqual({
      firstName: 'required',
      lastName: 'tooLong',
      email: 'notEmail',
    });
  });

  it('finds nothing wrong with a complete guest', () => {
    const c = { firstName: 'Ada', lastName: 'Lovelace', email: ' ada@example.com ', phone: '' };
    expect(customerProblems(c, true)).toEqual({});
  });
});

describe('room per tier', () => {
  const pooled: SlotAvailability = {
    activityId: 'a',
    startTime: '2026-12-01T10:00:00Z',
    endTime: '2026-12-01T12:00:00Z',
    seatsLeft: 4,
    tiers: [
      { tier: 'Adult', unit, seatsLeft: null },
      { tier: 'Child', unit, seatsLeft: null },
    ],
  };
  const perTier: SlotAvailability = {
    ...pooled,
    seatsLeft: null,
    tiers: [
      { tier: 'Adult', unit, seatsLeft: 5 },
      { tier: 'Child', unit, seatsLeft: 1 },
    ],
  };

  it('shares one pool between the tiers', () => {
    expect(roomFor(pooled, 'Child', { Adult: 3 })).toBe(1);
    expect(roomFor(pooled, 'Adult', { Adult: 3, Child: 1 })).toBe(0);
    expect(seatsLeftIn(pooled)).toBe(4);
  });

  it('counts each tier on its own when the slot has tier caps', () => {
    expect(roomFor(perTier, 'Child', { Adult: 5 })).toBe(1);
    expect(roomFor(perTier, 'Child', { Child: 1 })).toBe(0);
    expect(seatsLeftIn(perTier)).toBe(6);
  });

  it('sells a slot only before it starts and while a seat is left', () => {
    const before = Date.parse('2026-12-01T09:59:00Z');
    expect(isOpen(pooled, before)).toBe(true);
    expect(isOpen(pooled, Date.parse('2026-12-01T10:00:00Z'))).toBe(false);
    expect(isOpen({ ...pooled, seatsLeft: 0 }, before)).toBe(false);
  });

  it('sends only tiers with someone in them', () => {
    expect(chosen({ Adult: 2, Child: 0 })).toEqual({ Adult: 2 });
  });

  it('starts the date on the page’s own day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
