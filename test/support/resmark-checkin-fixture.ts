// Test support (Node): one of a Resmark simulator's seeded orders that departs today, read through
// its public API (real HTTP), for check-in tests; and the venue day the tests run in.
import { createResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import type { OrderRecord } from '../../electron/core/store/records';
import { operatorTimeZone } from '../../electron/sim/resmark/venue-time';

/** The simulator's operator zone (electron/sim/resmark/venue-time.ts): its "today" for slots. */
export const RESMARK_VENUE_TIME_ZONE = operatorTimeZone();

export const RESMARK_DEMO_CREDENTIALS = { username: 'demo@frontdesk.test', apiKey: 'demo-api-key' };

export function venueDay(at: Date, timeZone = RESMARK_VENUE_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** A seeded order with a single item today and at least `people` on it; throws when there is none. */
export async function todaysOrder(baseUrl: string, people = 3): Promise<OrderRecord> {
  const client = createResmarkClient({ baseUrl, ...RESMARK_DEMO_CREDENTIALS });
  const today = venueDay(new Date());
  for (let page = 0; page < 20; page++) {
    const { items } = await client.listOrders({ page, limit: 50 });
    const found = items.find((o) => {
      const item = o.items[0];
      if (o.items.length !== 1 || !item?.startTime || !item.activityId) return false;
      const seats = Object.values(item.participants).reduce((a, b) => a + b, 0);
      return venueDay(new Date(item.startTime)) === today && seats >= people;
    });
    if (found) return found;
    if (items.length < 50) break;
  }
  throw new Error(`the simulator seeded no order of ${people} or more for today`);
}
