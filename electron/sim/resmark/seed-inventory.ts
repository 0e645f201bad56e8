// Simulator (plain Node): hourly departures 09:00–17:00 (operator time) for every product, from a
// week back (so past orders have slots) to 30 days ahead.
import { addDays, MINUTE_MS, zonedTime } from '../common/dates';
import type { ResmarkStore } from './store';
import { operatorTimeZone } from './venue-time';

export const DAYS_BACK = 7;
export const DAYS_AHEAD = 30;
export const FIRST_HOUR = 9;
export const LAST_HOUR = 17;

export function seedInventory(store: ResmarkStore, today: string): void {
  const zone = operatorTimeZone();
  for (const product of store.products.all()) {
    for (let d = -DAYS_BACK; d < DAYS_AHEAD; d++) {
      const day = addDays(today, d);
      for (let hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
        const startMs = zonedTime(day, hour, 0, zone);
        store.addSlot({
          activityId: store.objectId(),
          productId: product.id,
          day,
          startMs,
          endMs: startMs + product.durationMinutes * MINUTE_MS,
          capacity: product.capacity,
          tierCaps: product.tierCaps,
          used: {},
        });
      }
    }
  }
}
