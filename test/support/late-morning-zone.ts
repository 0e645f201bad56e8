// Test support (pure): a time zone in which it is late morning now, so the end-to-end suite meets
// the demo venues at the same hour of their day whatever the machine's clock says.

/**
 * A fixed-offset zone (no summer time) in which `now` falls between 10:00 and 11:00: the demo
 * studio's and tour operator's day then has classes and tours still to come, to check in to and
 * to sell, as it has at 10:00 in London. (At 22:00 in London it has none, and a suite that relied
 * on the real hour failed in the evening.)
 */
export function lateMorningZone(now: Date = new Date()): string {
  let offset = 10 - now.getUTCHours(); // hours to add to UTC
  if (offset < -12) offset += 24;
  if (offset === 0) return 'Etc/UTC';
  // POSIX signs: Etc/GMT-3 is three hours ahead of UTC.
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
