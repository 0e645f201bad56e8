// Core (pure): instants as the venue's staff read them, in the venue's time zone (a setting, not
// the machine's zone: a desk laptop set to UTC must still say "opens at 08:00" in London time).
import { shortDayLabel } from '../../../shared/domain/day-label';
import type { SaidTime } from '../../../shared/domain/said';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building them is the slow part, and a desk only ever uses one zone. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function localParts(at: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

/** Throws a RangeError naming the zone when it is not an IANA zone the runtime knows. */
export function assertTimeZone(timeZone: string): void {
  try {
    partsFormatter(timeZone);
  } catch {
    throw new RangeError(`"${timeZone}" is not a time zone; use a name such as Europe/London.`);
  }
}

/** The venue's calendar day of an instant, as YYYY-MM-DD (the form pass start and expiry dates use). */
export function localDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The venue's clock time of an instant, "08:00". */
export function localTime(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** A calendar day as staff say it, "3 Nov" (shared with the screens' English). */
export function dayLabel(day: string): string {
  return shortDayLabel(day, 'en');
}

/** "08:00", or "08:00 on 3 Dec" when the instant falls on another day than `now` (both at the venue). */
export function timeLabel(at: Date, now: Date, timeZone: string): string {
  const day = localDay(at, timeZone);
  const time = localTime(at, timeZone);
  return day === localDay(now, timeZone) ? time : `${time} on ${dayLabel(day)}`;
}

/** The calendar day of an ISO date or date-time as the venue sees it; date-only values are taken as they are. */
export function dayOf(value: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new RangeError(`"${value}" is not a date.`);
  return localDay(at, timeZone);
}

/** An instant for a `said` value: when, the venue's clock, and its day when that is not today. */
export function saidTime(at: Date, now: Date, timeZone: string): SaidTime {
  const day = localDay(at, timeZone);
  return {
    at: at.toISOString(),
    clock: localTime(at, timeZone),
    otherDay: day === localDay(now, timeZone) ? null : day,
  };
}
