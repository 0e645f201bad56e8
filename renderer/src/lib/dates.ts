// Renderer (pure): "today" as the venue sees it. The venue's time zone decides what today is, not
// the machine's: a desk laptop left on UTC in a New York studio must still list New York's day.
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

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let f = wallClocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, f);
  }
  return f;
}

/** The zone's wall clock at an instant, as if it were UTC: year, month (1–12), day, and the ms. */
function wallAt(at: number, timeZone: string): { y: number; m: number; d: number; asUtc: number } {
  const parts: Record<string, number> = {};
  for (const p of wallClock(timeZone).formatToParts(at)) parts[p.type] = Number(p.value);
  const [y, m, d] = [parts.year!, parts.month!, parts.day!];
  return { y, m, d, asUtc: Date.UTC(y, m - 1, d, parts.hour!, parts.minute!, parts.second!) };
}

/** The instant a venue day (y, m, d) begins in the zone; twice round, for a DST change that day. */
function startOfZoneDay(y: number, m: number, d: number, timeZone: string): number {
  const midnight = Date.UTC(y, m - 1, d);
  let at = midnight;
  for (let i = 0; i < 2; i++) {
    const offset = wallAt(at, timeZone).asUtc - Math.floor(at / 1000) * 1000;
    at = midnight - offset;
  }
  return at;
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
  const { y, m, d } = wallAt(day.getTime(), timeZone);
  const start = startOfZoneDay(y, m, d, timeZone);
  const next = wallAt(start + 36 * 3_600_000, timeZone); // the next day, whatever DST did
  const end = startOfZoneDay(next.y, next.m, next.d, timeZone) - 1;
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}
