// Shared (pure TS): a time zone's wall clock, for the simulators' timetables and the screens'
// "today" alike. Instants are epoch ms; calendar days are `YYYY-MM-DD`.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** [year, month (1–12), day, hour, minute, second] on the zone's wall clock at `ms`. */
function wallParts(ms: number, timeZone: string): number[] {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(ms);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return ['year', 'month', 'day', 'hour', 'minute', 'second'].map(get);
}

/** The calendar day of an instant in a time zone (e.g. the venue's Europe/London day). */
export function zonedDay(ms: number, timeZone: string): string {
  const [y, m, d] = wallParts(ms, timeZone) as [number, number, number];
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function zoneOffsetMs(ms: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = wallParts(ms, timeZone) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(ms / 1000) * 1000;
}

/** The instant a wall-clock time on a day happens in a time zone (handles BST/GMT). */
export function zonedTime(day: string, hour: number, minute: number, timeZone: string): number {
  const guess = Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000 + minute * 60_000;
  const first = guess - zoneOffsetMs(guess, timeZone);
  return guess - zoneOffsetMs(first, timeZone);
}

/**
 * The instants a calendar day starts (inclusive) and ends (exclusive: the next midnight) in a
 * zone, 23 or 25 hours apart on the days summer time starts or ends.
 */
export function zonedDayBounds(day: string, timeZone: string): { start: number; end: number } {
  const start = zonedTime(day, 0, 0, timeZone);
  const next = zonedDay(start + 36 * 3_600_000, timeZone); // the next day, whatever DST did
  return { start, end: zonedTime(next, 0, 0, timeZone) };
}
