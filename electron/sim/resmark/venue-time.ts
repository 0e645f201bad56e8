// Simulator (plain Node): the demo tour operator's calendar. Slots run 09:00–17:00 Cornwall
// (Europe/London) time and are sent as UTC instants (§8.13 [A]); order and report filters
// compare UTC days (§7.5 gives bare `YYYY-MM-DD` dates without a zone).
import { utcDay, zonedDay } from '../common/dates';
import { demoTimeZone } from '../common/demo-zone';

/** The operator's zone: Europe/London, or FRONTDESK_SIM_TIME_ZONE (common/demo-zone.ts). */
export const operatorTimeZone = demoTimeZone;

/** The operator's calendar day: which slots are "today". */
export function venueDay(now: number): string {
  return zonedDay(now, operatorTimeZone());
}

/** The day an order or report event falls on (UTC). */
export function recordDay(ms: number): string {
  return utcDay(ms);
}
