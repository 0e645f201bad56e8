// Benchmarks (Node): P5 incremental sync with 1 % of Resmark orders changed: how many requests it
// takes and whether every change arrived.
import { startResmarkSim } from '../../electron/sim/index';
import { createResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { resmarkPlan } from '../../electron/core/sync/resmark-plan';
import { simControl } from '../../electron/sim/testing/sim-control';
import { openTempCache, runSync } from '../support/sync-harness';
import { placeOrders } from '../support/resmark-orders';
import type { Figure } from './bench-types';

export async function incrementalFigure(): Promise<Figure> {
  const sim = await startResmarkSim();
  const cache = openTempCache();
  try {
    const client = createResmarkClient({
      baseUrl: sim.baseUrl,
      username: sim.credentials.username!,
      apiKey: sim.credentials.apikey!,
    });
    const plan = { resmark: resmarkPlan(client) };
    await runSync(cache.store, plan, { full: true });
    const before = cache.store.counts().orders;
    const changed = Math.max(1, Math.round(before * 0.01));
    const slots = await client.getInventory(
      cache.store.listProductIds()[0]!,
      new Date(),
      new Date(Date.now() + 7 * 864e5),
    );
    const confirmations = await placeOrders(client, slots, changed, 'p5');
    const control = simControl(sim.origin);
    await control.resetStats();
    const { failures } = await runSync(cache.store, plan);
    const requests = (await control.stats()).requests;
    const missed = confirmations.filter(
      (c) => !cache.store.searchCustomers(c).some((h) => h.confirmation === c),
    ).length;
    return {
      value: requests,
      unit: 'requests',
      target: '≤ 11, 0 missed',
      pass: requests <= 11 && missed === 0 && failures.length === 0,
      detail: { ordersCached: before, changed, missed },
    };
  } finally {
    cache.close();
    await sim.close();
  }
}
