// Benchmarks (Node): F1 freshness under the rolling refresh. A Reservie simulator with 100,000
// customers and its rate limit time-scaled (100 requests per 6 s instead of per 60 s, so ten
// venue minutes pass in one real minute); the real sync plan reads both lists whole once, then runs
// on its usual 5-minute schedule (30 s here) for two laps of the rolling refresh. Every page the
// client brings back stamps its records with the venue time it was read, so the age of the oldest
// cached customer and customer pass is measured per record, not inferred; the figure is its
// maximum over the steady-state lap, in venue minutes. The `status --json` figure (now minus the
// start of the last complete lap) is printed beside it.
import { performance } from 'node:perf_hooks';
import { reserviePlan, ROLLING_REQUESTS_PER_MINUTE } from '../../electron/core/sync/reservie-plan';
import { FRESHNESS_AT_REFERENCE_MS, oldestRecordAgeMs } from '../../electron/core/sync/rolling-pace';
import { SYNC_EVERY_MS } from '../../electron/core/sync/sync-scheduler';
import type { PagedCursor, SyncContext } from '../../electron/core/sync/sync-types';
import type { Clock } from '../../electron/core/ports';
import { startTimeScaledReservie, TIME_SCALE } from './time-scaled-reservie';
import { openTempCache } from '../support/sync-harness';
import { round, type Figure } from './bench-types';

const CUSTOMERS = 100_000;
const SCALE = TIME_SCALE;
const MIN = 60_000;

type Lists = 'customers' | 'customerPasses';

export async function freshnessFigure(log: (line: string) => void = () => {}): Promise<Figure> {
  const { sim, client } = await startTimeScaledReservie(CUSTOMERS);
  const cache = openTempCache();
  try {
    const realStart = performance.now();
    const venueStart = Date.now();
    const clock: Clock = {
      now: () => new Date(venueStart + (performance.now() - realStart) * SCALE),
    };
    // When each record was last brought back from the server, in venue time.
    const readAt: Record<Lists, Map<string, number>> = { customers: new Map(), customerPasses: new Map() };
    const stamp = <T extends { items: readonly { id: string }[] }>(list: Lists, page: T): T => {
      const at = clock.now().getTime();
      for (const r of page.items) readAt[list].set(r.id, at);
      return page;
    };
    const source = {
      ...client,
      listCustomers: async (o: Parameters<typeof client.listCustomers>[0]) =>
        stamp('customers', await client.listCustomers(o)),
      listCustomerPasses: async (o: Parameters<typeof client.listCustomerPasses>[0]) =>
        stamp('customerPasses', await client.listCustomerPasses(o)),
    };
    const steps = reserviePlan(source, {
      rolling: { runEveryMs: SYNC_EVERY_MS, requestsPerMinute: ROLLING_REQUESTS_PER_MINUTE },
    }).slice(2, 4); // customers, customer passes: the lists the rolling refresh keeps fresh
    const run = async (full: boolean) => {
      const ctx: SyncContext = {
        backend: 'reservie',
        store: cache.store,
        clock,
        signal: new AbortController().signal,
        full,
        progress: () => {},
      };
      for (const step of steps) await step(ctx);
    };

    const oldest = (list: Lists) => {
      let min = Infinity;
      for (const at of readAt[list].values()) if (at < min) min = at;
      return clock.now().getTime() - min;
    };
    const statusAge = (list: Lists) => {
      const state = cache.store.listSyncStates().find((s) => s.resource === list);
      return oldestRecordAgeMs(clock.now(), state?.readWholeSince ?? null) ?? Infinity;
    };
    const lapsDone = () => {
      const cursor = cache.store.getSyncState('reservie', 'customers')?.cursor as PagedCursor | undefined;
      return cursor?.mode === 'idle' ? cursor.wholeSince : undefined;
    };

    log('  F1: reading 100k customers and their passes whole (about two minutes) …');
    await run(true);
    const afterFull = clock.now().getTime();
    // Steady state begins when the first rolling lap has replaced every record the whole pass read.
    let steadyFrom: number | null = null;
    let laps = 0;
    const worst = { customers: 0, customerPasses: 0, statusCustomers: 0, statusPasses: 0 };
    let runs = 0;
    while (laps < 2) {
      const due = afterFull + (runs + 1) * SYNC_EVERY_MS;
      // Sample while waiting for the next scheduled run, as a status call at any moment would.
      while (clock.now().getTime() < due) {
        if (steadyFrom !== null) sample();
        await new Promise((r) => setTimeout(r, 1_000));
      }
      const before = lapsDone();
      await run(false);
      runs += 1;
      if (lapsDone() !== before) {
        laps += 1;
        if (laps === 1) steadyFrom = clock.now().getTime();
        log(`  F1: rolling lap ${laps} done after ${runs} runs`);
      }
      if (steadyFrom !== null) sample();
      if (runs > 40) throw new Error('F1: the rolling refresh did not complete two laps in 40 runs');
    }
    function sample() {
      worst.customers = Math.max(worst.customers, oldest('customers'));
      worst.customerPasses = Math.max(worst.customerPasses, oldest('customerPasses'));
      worst.statusCustomers = Math.max(worst.statusCustomers, statusAge('customers'));
      worst.statusPasses = Math.max(worst.statusPasses, statusAge('customerPasses'));
    }
    const maxMin = Math.max(worst.customers, worst.customerPasses) / MIN;
    const target = FRESHNESS_AT_REFERENCE_MS / MIN;
    return {
      value: round(maxMin, 1),
      unit: 'venue min, oldest cached record (steady state)',
      target: `≤ ${target}`,
      pass: maxMin <= target,
      detail: {
        customers: readAt.customers.size,
        customerPasses: readAt.customerPasses.size,
        oldestCustomerMin: round(worst.customers / MIN, 1),
        oldestPassMin: round(worst.customerPasses / MIN, 1),
        statusJsonMaxMin: round(Math.max(worst.statusCustomers, worst.statusPasses) / MIN, 1),
        runsPerTwoLaps: runs,
        timeScale: SCALE,
        realSeconds: round((performance.now() - realStart) / 1000, 0),
      },
    };
  } finally {
    cache.close();
    await sim.stop();
  }
}
