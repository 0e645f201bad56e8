// Core (pure): how fast the rolling refresh must re-read customers and customer passes so that no
// cached record is older than the freshness target (F1: 30 minutes at 100,000 customers, less for
// smaller venues), and whether the sync's share of the request budget allows it.

const MINUTE = 60_000;

/** F1: at this many customers, no record may be older than FRESHNESS_AT_REFERENCE_MS. */
export const REFERENCE_VENUE_SIZE = 100_000;
export const FRESHNESS_AT_REFERENCE_MS = 30 * MINUTE;
/** Smaller venues get proportionally less, but never under this (F1: 5 minutes at 2,000). */
export const MIN_FRESHNESS_MS = 5 * MINUTE;

/** The oldest a cached record may be at a venue with `customers` customers. */
export function freshnessTargetMs(customers: number): number {
  const proportional = FRESHNESS_AT_REFERENCE_MS * (Math.max(0, customers) / REFERENCE_VENUE_SIZE);
  return Math.max(MIN_FRESHNESS_MS, Math.round(proportional));
}

export interface RefreshedList {
  resource: string;
  /** Records in the list now (the last pass's count). */
  records: number;
  pageSize: number;
}

export interface PaceInput {
  lists: readonly RefreshedList[];
  /** Customers at the venue: what the target scales with. */
  customers: number;
  /** Requests a minute the rolling refresh may use (its share of the sync's budget). */
  requestsPerMinute: number;
  /** How often a sync run starts (each run reads its slice of every list). */
  runEveryMs: number;
}

export interface Pace {
  targetMs: number;
  /** Pages of each list every run re-reads, continuing where the last run stopped. */
  pagesPerRun: Record<string, number>;
  /** Runs one lap of the longest list takes. */
  runsPerLap: number;
  /** The oldest a record gets at this pace: a lap, in runs. */
  oldestAgeMs: number;
  /** Requests a minute this pace costs. */
  requestsPerMinute: number;
  /** False when the budget cannot keep up: the pace is the budget's, and records get older than the target. */
  meetsTarget: boolean;
}

/**
 * A steady pace: every list is read whole once per `targetMs`, split evenly over the runs in that
 * time, so the cost is flat rather than one burst a day. When that needs more than the budget
 * share, every list slows by the same factor and `meetsTarget` says so.
 */
export function refreshPace(input: PaceInput): Pace {
  if (!(input.runEveryMs > 0 && input.requestsPerMinute > 0)) {
    throw new RangeError('refreshPace needs runEveryMs > 0 and requestsPerMinute > 0.');
  }
  const targetMs = freshnessTargetMs(input.customers);
  const pagesOf = (l: RefreshedList) => Math.ceil(Math.max(0, l.records) / Math.max(1, l.pageSize));
  const runsInTarget = Math.max(1, Math.floor(targetMs / input.runEveryMs));
  const perRunAtTarget = input.lists.map((l) => Math.ceil(pagesOf(l) / runsInTarget));
  const runMinutes = input.runEveryMs / MINUTE;
  const neededPerMinute = perRunAtTarget.reduce((a, b) => a + b, 0) / runMinutes;
  const slowdown = Math.max(1, neededPerMinute / input.requestsPerMinute);
  const perRun = perRunAtTarget.map((p) => (p === 0 ? 0 : Math.max(1, Math.floor(p / slowdown))));
  const runsPerLap = Math.max(
    1,
    ...input.lists.map((l, i) => (perRun[i]! > 0 ? Math.ceil(pagesOf(l) / perRun[i]!) : 1)),
  );
  const oldestAgeMs = runsPerLap * input.runEveryMs;
  return {
    targetMs,
    pagesPerRun: Object.fromEntries(input.lists.map((l, i) => [l.resource, perRun[i]!])),
    runsPerLap,
    oldestAgeMs,
    requestsPerMinute: perRun.reduce((a, b) => a + b, 0) / runMinutes,
    meetsTarget: oldestAgeMs <= targetMs,
  };
}

/** How much earlier than the interval a run may start and still read a whole slice. */
export const RUN_START_SLACK = 0.1;

/**
 * Pages to re-read now, `elapsedMs` after the last slice (or the last whole read): the pace is
 * kept in time, not in runs, so a "Sync now" a minute after a full sync reads a fifth of a run's
 * slice, not a whole one on top of it. Never more than one run's slice at once: after hours
 * closed, catching up in one burst would starve the desk; the daily whole pass covers that.
 */
export function pagesDue(pagesPerRun: number, runEveryMs: number, elapsedMs: number): number {
  if (pagesPerRun <= 0 || elapsedMs <= 0) return 0;
  // Scheduled runs start on a fixed interval, but each slice starts after the steps before it,
  // which take more or less time: a slice a few seconds short of the interval is a whole run's.
  // Read as a share, it lost a page every run, a lap planned for 6 runs took 7, and the page
  // boundaries slid between laps (F1 bench: 38.6 minutes at 100k against the planned 30).
  const share = elapsedMs >= runEveryMs * (1 - RUN_START_SLACK) ? 1 : elapsedMs / runEveryMs;
  return Math.ceil(pagesPerRun * share);
}

/** Age of the oldest cached record: everything was read again since `wholeSince` (null: never read whole). */
export function oldestRecordAgeMs(now: Date, wholeSince: string | null): number | null {
  if (wholeSince === null) return null;
  const since = Date.parse(wholeSince);
  return Number.isNaN(since) ? null : Math.max(0, now.getTime() - since);
}
