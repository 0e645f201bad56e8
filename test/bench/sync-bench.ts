// Benchmarks (Node): P4 full sync of 100k Reservie customers against the rate-limit bound (with the
// simulator's time-scaled limit, so it takes one minute, not ten), P6 event-loop stall while it
// runs, and P9 the core's memory with 100k customers cached.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { reserviePlan } from '../../electron/core/sync/reservie-plan';
import type { SyncContext } from '../../electron/core/sync/sync-types';
import { systemClock } from '../../electron/core/ports';
import { simControl } from '../../electron/sim/testing/sim-control';
import { startTimeScaledReservie, TIME_SCALED_LIMIT } from './time-scaled-reservie';
import { openTempCache } from '../support/sync-harness';
import { round, type Figure } from './bench-types';

const CUSTOMERS = 100_000;
const LIMIT = TIME_SCALED_LIMIT;
const PAGE = 100;

export interface SyncBenchFigures {
  P4: Figure;
  P6: Figure;
  P9: Figure;
}

export async function runSyncBench(): Promise<SyncBenchFigures> {
  const { sim, client } = await startTimeScaledReservie(CUSTOMERS);
  const cache = openTempCache();
  try {
    await client.authenticate(); // the token is not part of the download being timed
    await simControl(sim.origin).resetStats();
    const customersStep = reserviePlan(client)[2]!;
    const delay = monitorEventLoopDelay({ resolution: 5 });
    const ctx: SyncContext = {
      backend: 'reservie',
      store: cache.store,
      clock: systemClock,
      signal: new AbortController().signal,
      full: true,
      progress: () => {},
    };
    delay.enable();
    const t0 = performance.now();
    await customersStep(ctx);
    const minutes = (performance.now() - t0) / 60_000;
    delay.disable();

    const stats = await simControl(sim.origin).stats();
    const cached = cache.store.counts().customers;
    const bound = (LIMIT.requests / LIMIT.seconds) * 60 * PAGE; // records per minute at the limit
    const ratio = cached / minutes / bound;
    const rate429 = stats.statuses['429'] ?? 0;
    global.gc?.();
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    return {
      P4: {
        value: round(ratio, 3),
        unit: 'ratio to the rate-limit bound',
        target: '≥ 0.90 and 0 × 429',
        pass: ratio >= 0.9 && rate429 === 0 && cached === CUSTOMERS,
        detail: {
          customers: cached,
          seconds: round(minutes * 60, 1),
          requests: stats.requests,
          http429: rate429,
        },
      },
      P6: {
        value: round(delay.percentile(99) / 1e6, 1),
        unit: 'ms event-loop delay p99',
        target: 'p99 ≤ 16, max ≤ 50',
        pass: delay.percentile(99) / 1e6 <= 16 && delay.max / 1e6 <= 50,
        detail: { maxMs: round(delay.max / 1e6, 1), meanMs: round(delay.mean / 1e6, 2) },
      },
      P9: {
        value: round(rssMb, 0),
        unit: 'MB RSS with 100k customers cached',
        target: '≤ 150',
        pass: rssMb <= 150,
      },
    };
  } finally {
    cache.close();
    await sim.stop();
  }
}
