// Renderer (pure): "today" as the venue sees it. The venue's time zone decides what today is, not
// the machine's: a desk laptop left on UTC in a New York studio must still list New York's day.
import { zonedDay, zonedDayBounds } from '../../../shared/domain/zone-clock';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** 2025-11-23T00:00:00.000+01:00: an instant written with the machine's own offset. */
export function toLocalIso(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/**
 * The venue day holding `day`, as the instants it starts and ends, for sessions:list. Without a
 * zone (none known yet), the machine's own day.
 */
export function venueDayRange(day: Date, timeZone?: string): { from: string; to: string } {
  if (!timeZone) {
    const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, 0, 0, 0);
    const end = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999);
    return { from: toLocalIso(start), to: toLocalIso(end) };
  }
  const { start, end } = zonedDayBounds(zonedDay(day.getTime(), timeZone), timeZone);
  return { from: new Date(start).toISOString(), to: new Date(end - 1).toISOString() };
}
