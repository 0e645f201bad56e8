// Unit (pure): the rolling refresh's pace from list sizes and the request budget.
import { describe, expect, it } from 'vitest';
import { freshnessTargetMs, oldestRecordAgeMs, pagesDue, refreshPace } from './rolling-pace';

const MIN = 60_000;
const venue = (customers: number, passes = Math.round(customers * 0.75)) => [
  { resource: 'customers', records: customers, pageSize: 100 },
  { resource: 'customerPasses', records: passes, pageSize: 100 },
];

describe('the freshness target', () => {
  it('is 30 minutes at 100,000 customers, proportionally less for smaller venues, never under 5', () => {
    expect(freshnessTargetMs(100_000)).toBe(30 * MIN);
    expect(freshnessTargetMs(50_000)).toBe(15 * MIN);
    expect(freshnessTargetMs(2_000)).toBe(5 * MIN);
    expect(freshnessTargetMs(0)).toBe(5 * MIN);
  });
});

describe('the pace', () => {
  it('at 100,000 customers re-reads 175,000 records within 30 minutes inside 70 % of the v1 budget', () => {
    const pace = refreshPace({
      lists: venue(100_000),
      customers: 100_000,
      requestsPerMinute: 64,
      runEveryMs: 5 * MIN,
    });
    expect(pace).toEqual({
      targetMs: 30 * MIN,
      pagesPerRun: { customers: 167, customerPasses: 125 },
      runsPerLap: 6,
      oldestAgeMs: 30 * MIN,
      requestsPerMinute: 58.4,
      meetsTarget: true,
    });
  });

  it('at 2,000 customers reads both lists whole every run', () => {
    const pace = refreshPace({
      lists: venue(2_000),
      customers: 2_000,
      requestsPerMinute: 64,
      runEveryMs: 5 * MIN,
    });
    expect(pace).toMatchObject({
      pagesPerRun: { customers: 20, customerPasses: 15 },
      runsPerLap: 1,
      meetsTarget: true,
    });
    expect(pace.oldestAgeMs).toBe(5 * MIN);
  });

  it('slows every list alike when the budget cannot keep up, and says the target is missed', () => {
    const pace = refreshPace({
      lists: venue(100_000),
      customers: 100_000,
      requestsPerMinute: 29.2,
      runEveryMs: 5 * MIN,
    });
    expect(pace.pagesPerRun).toEqual({ customers: 83, customerPasses: 62 });
    expect(pace.requestsPerMinute).toBeLessThanOrEqual(29.2);
    expect(pace.runsPerLap).toBe(13);
    expect(pace).toMatchObject({ oldestAgeMs: 65 * MIN, meetsTarget: false });
  });

  it('an empty list costs nothing', () => {
    const pace = refreshPace({
      lists: venue(0, 0),
      customers: 0,
      requestsPerMinute: 64,
      runEveryMs: 5 * MIN,
    });
    expect(pace).toMatchObject({
      pagesPerRun: { customers: 0, customerPasses: 0 },
      requestsPerMinute: 0,
      meetsTarget: true,
    });
  });

  it('refuses a budget or a schedule of nothing', () => {
    expect(() =>
      refreshPace({ lists: venue(10), customers: 10, requestsPerMinute: 0, runEveryMs: MIN }),
    ).toThrow(RangeError);
    expect(() =>
      refreshPace({ lists: venue(10), customers: 10, requestsPerMinute: 5, runEveryMs: 0 }),
    ).toThrow(RangeError);
  });
});

describe('the pages due now', () => {
  it('follow the time since the last slice, up to one run', () => {
    expect(pagesDue(167, 5 * MIN, 5 * MIN)).toBe(167);
    // A scheduled run whose slice starts a few seconds early still reads the whole slice.
    expect(pagesDue(167, 5 * MIN, 5 * MIN - 3_000)).toBe(167);
    expect(pagesDue(167, 5 * MIN, 4 * MIN)).toBe(134);
    expect(pagesDue(167, 5 * MIN, MIN)).toBe(34); // a "Sync now" a minute later: a fifth
    expect(pagesDue(167, 5 * MIN, 3 * 60 * MIN)).toBe(167); // after hours closed: no burst
    expect(pagesDue(167, 5 * MIN, 0)).toBe(0);
    expect(pagesDue(0, 5 * MIN, MIN)).toBe(0);
  });
});

describe('the oldest record', () => {
  it('is as old as the start of the last whole read', () => {
    expect(oldestRecordAgeMs(new Date('2026-12-01T09:30:00Z'), '2026-12-01T09:02:00Z')).toBe(28 * MIN);
    expect(oldestRecordAgeMs(new Date('2026-12-01T09:30:00Z'), null)).toBeNull();
  });
});
