// Test support tests (pure): the zone chosen puts "now" in the venue's late morning.
import { describe, expect, it } from 'vitest';
import { lateMorningZone } from './late-morning-zone';

describe('lateMorningZone', () => {
  it('is a zone where every hour of the UTC day reads 10:xx', () => {
    for (let hour = 0; hour < 24; hour++) {
      const now = new Date(Date.UTC(2026, 11, 1, hour, 37));
      const zone = lateMorningZone(now);
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(now);
      expect({ hour, local }).toEqual({ hour, local: '10:37' });
    }
  });
});
