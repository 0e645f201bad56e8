// Unit (Node): which of a customer's saved passes the sale screen offers, by the venue's calendar.
// The desk is offline here, so only the saved copy answers (no Reservie client is called).
import { describe, expect, it } from 'vitest';
import type { Link } from '../connections/links';
import type { CachedPass } from '../store/checkin-reads';
import { createReservieOptions } from './reservie-options';

const pass = (id: string, over: Partial<CachedPass>): CachedPass => ({
  id,
  customerId: 'cust_1',
  passId: 'pt_10',
  passName: '10-Class Pass',
  remainingUses: 3,
  startDate: null,
  expiryDate: null,
  status: 'active',
  ...over,
});

/** The sale options of an offline desk at `iso` in a venue in `timeZone`, the customer holding `passes`. */
function optionsAt(iso: string, timeZone: string, passes: CachedPass[]) {
  const offlineLink = {
    backend: 'reservie',
    client: { backend: 'reservie', api: {} },
    status: () => ({ connection: 'offline' }),
  } as unknown as Link;
  return createReservieOptions({
    reads: () => ({
      session: (id) => ({
        id,
        name: 'Evening Flow',
        startsAt: '2026-12-02T01:30:00.000Z',
        capacity: 20,
        spacesAvailable: 5,
        price: 1500,
        currency: 'USD',
      }),
      passTypes: () => [],
    }),
    people: () => ({
      customer: (id) => ({
        id,
        firstName: 'Ada',
        lastName: 'Lane',
        email: 'ada@example.com',
        phone: null,
        createdAt: null,
      }),
      customersByEmail: () => ['cust_1'],
      passesOf: () => passes,
    }),
    links: () => [offlineLink],
    settings: () => ({ currency: 'USD', locale: 'en-US' }),
    clock: { now: () => new Date(iso) },
    timeZone: () => timeZone,
  });
}

describe('reservie sale options: passes that pay today', () => {
  const passes = [
    pass('cp_ends_today_ny', { expiryDate: '2026-12-01' }),
    pass('cp_starts_tomorrow_ny', { startDate: '2026-12-02' }),
    pass('cp_plain', {}),
  ];

  it.each([
    // 02:00 UTC on 2 December is 21:00 on 1 December in New York: a pass ending that day still pays.
    ['America/New_York', ['cp_ends_today_ny', 'cp_plain']],
    // The same instant in a UTC venue is 2 December: the pass starting that day pays.
    ['UTC', ['cp_starts_tomorrow_ny', 'cp_plain']],
  ])("counts the venue's day, not the UTC date, in %s", async (zone, offered) => {
    const reservieOptions = optionsAt('2026-12-02T02:00:00.000Z', zone, passes);
    const options = await reservieOptions({ sessionId: 'evt_1', email: 'ada@example.com' });
    expect(options.passes.map((p) => p.id)).toEqual(offered);
  });
});
