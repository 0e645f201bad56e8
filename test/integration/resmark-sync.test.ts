// Integration (plain Node): the Resmark sync against the simulator — full download, incremental
// orders by modified day, and cancelling mid-sync then resuming.
import { afterEach, describe, expect, it } from 'vitest';
import { startResmarkSim } from '../../electron/sim/index';
import { createResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { resmarkPlan } from '../../electron/core/sync/resmark-plan';
import { endsList } from '../../electron/core/sync/page-walk';
import { fromResmark } from '../../electron/core/sync/list-pages';
import { count, simControl } from '../../electron/sim/testing/sim-control';
import { openTempCache, runSync } from '../support/sync-harness';
import { placeOrders } from '../support/resmark-orders';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

async function setup() {
  const sim = await startResmarkSim();
  open.push(sim);
  const client = createResmarkClient({
    baseUrl: sim.baseUrl,
    username: sim.credentials.username!,
    apiKey: sim.credentials.apikey!,
    retry: { baseDelayMs: 10, maxDelayMs: 200 },
  });
  const cache = openTempCache();
  open.push(cache);
  return { sim, client, cache, control: simControl(sim.origin) };
}

async function allOrders(client: ReturnType<typeof createResmarkClient>) {
  let n = 0;
  for (let page = 0; ; page++) {
    const r = await client.listOrders({ page, limit: 50 });
    n += r.items.length;
    if (endsList(fromResmark(r, 50), n)) return n;
  }
}

describe('Resmark sync', () => {
  it('a full sync caches every product, order and the coming days of inventory', async () => {
    const { client, cache } = await setup();
    const { failures } = await runSync(cache.store, { resmark: resmarkPlan(client) }, { full: true });
    expect(failures).toEqual([]);
    const counts = cache.store.counts();
    expect(counts.products).toBeGreaterThanOrEqual(12);
    expect(counts.orders).toBe(await allOrders(client));
    expect(counts.availability).toBeGreaterThan(counts.products * 14);
    const today = new Date();
    const from = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    const to = new Date(from.getTime() + 864e5);
    expect(
      cache.store.listSessions(from.toISOString(), to.toISOString()).some((s) => s.source === 'resmark'),
    ).toBe(true);
  });

  it('an incremental sync fetches only orders modified since the last one, and misses none', async () => {
    const { client, cache, control } = await setup();
    await runSync(cache.store, { resmark: resmarkPlan(client) }, { full: true });
    const slots = await client.getInventory(
      cache.store.listProductIds()[0]!,
      new Date(),
      new Date(Date.now() + 7 * 864e5),
    );
    const confirmations = await placeOrders(client, slots, 3, 'inc');
    await control.resetStats();
    const { failures } = await runSync(cache.store, { resmark: resmarkPlan(client) });
    expect(failures).toEqual([]);
    const stats = await control.stats();
    expect(count(stats, 'GET /public/api/order')).toBeLessThanOrEqual(2);
    expect(count(stats, 'GET /public/api/product/:search/item')).toBe(0); // inventory is still fresh
    for (const c of confirmations) {
      expect(cache.store.searchCustomers(c).some((h) => h.confirmation === c)).toBe(true);
    }
  });

  it('cancel stops a sync between pages; the next one resumes and completes', async () => {
    const { client, cache } = await setup();
    let cancelled = false;
    const first = await runSync(cache.store, { resmark: resmarkPlan(client) }, { full: true }, (p, sync) => {
      if (!cancelled && p.resource === 'availability' && p.done >= 3) {
        cancelled = true;
        void sync.cancel();
      }
    });
    expect(first.events.some((e) => e.phase === 'cancelled')).toBe(true);
    const second = await runSync(cache.store, { resmark: resmarkPlan(client) });
    expect(second.failures).toEqual([]);
    expect(cache.store.counts().orders).toBe(await allOrders(client));
  });
});
