// Simulator (plain Node): records -> wire shapes, adding the computed fields (an event's
// spacesAvailable, a customer pass's status) at read time so they are never stale.
import { utcDay } from '../common/dates';
import type { ReservieStore } from './store';
import type { CustomerPass, CustomerPassStatus, SimEvent } from './types';
import { demoTimeZone } from '../common/demo-zone';

/** The demo studio's zone (London, or FRONTDESK_SIM_TIME_ZONE): only its timetable is in it. */
export const venueTimeZone = demoTimeZone;

/**
 * "Today" for the API's date logic (pass status, default startDate): the UTC day, since v1 times
 * are UTC with `Z` (§1) and nothing in the notes names a zone for its dates.
 */
export function apiDay(now: number): string {
  return utcDay(now);
}

export function eventView(store: ReservieStore, e: SimEvent) {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    startsAt: e.startsAt,
    durationMinutes: e.durationMinutes,
    capacity: e.capacity,
    spacesAvailable: Math.max(0, e.capacity - store.confirmedSpaces(e.id)),
    waitingListEnabled: e.waitingListEnabled,
    price: e.price,
    currency: e.currency,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

/** `exhausted` at 0 uses, `expired` once the (UTC) day is past expiryDate, else `active`. */
export function passStatus(cp: CustomerPass, today: string): CustomerPassStatus {
  if (cp.remainingUses <= 0) return 'exhausted';
  return today > cp.expiryDate ? 'expired' : 'active';
}

export function customerPassView(cp: CustomerPass, today: string) {
  return {
    id: cp.id,
    customerId: cp.customerId,
    passId: cp.passId,
    remainingUses: cp.remainingUses,
    startDate: cp.startDate,
    expiryDate: cp.expiryDate,
    status: passStatus(cp, today),
    updatedAt: cp.updatedAt,
  };
}
