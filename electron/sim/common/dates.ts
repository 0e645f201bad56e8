// Simulator (plain Node): calendar helpers. Instants are epoch ms; calendar days are `YYYY-MM-DD`
// strings, which compare correctly as strings.

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** The UTC calendar day of an instant. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of a `YYYY-MM-DD` day, or null if it is not a real date. */
export function parseDay(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || utcDay(ms) !== day ? null : ms;
}

export function addDays(day: string, days: number): string {
  return utcDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** Calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return utcDay(first.getTime());
}

/** ISO-8601 UTC without milliseconds, as Reservie v1 writes it (`2024-01-15T10:30:00Z`). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

// The zone's wall clock lives in shared/ (the screens need the venue's day too).
export { zonedDay, zonedTime } from '../../../shared/domain/zone-clock';
