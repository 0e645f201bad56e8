// Core integration tests (plain Node): the Resmark client against the Resmark simulator —
// products, inventory and orders listed and mapped, a cart -> order sale, token expiry mid-run,
// a 429 storm, wrong credentials.
import { afterEach, describe, expect, it } from 'vitest';
import { endsList } from '../../sync/page-walk';
import { fromResmark } from '../../sync/list-pages';
import { startResmarkSim, type RunningSim, type SimOptions } from '../../../sim';
import type { OrderRecord, SlotRecord } from '../../store/records';
import { createRequestBudget } from '../../http/request-budget';
import { simControl, timedFetch } from '../../../sim/testing/sim-control';
import { createResmarkClient, RESMARK_PAGE_SIZE, type ResmarkClientOptions } from './resmark-client';

const AUTH_ROUTE = 'POST /public/api/authenticate';
let sim: RunningSim | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function setup(simOpts: SimOptions = {}, clientOpts: Partial<ResmarkClientOptions> = {}) {
  sim = await startResmarkSim({ startAt: '2026-03-03T08:00:00Z', ...simOpts });
  const client = createResmarkClient({
    baseUrl: sim.baseUrl,
    username: sim.credentials.username ?? '',
    apiKey: sim.credentials.apikey ?? '',
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
    // The simulator sets no limit by default; the ~5/s production budget would only slow the test.
    budget: createRequestBudget({ requests: 200, perMs: 1000 }),
    ...clientOpts,
  });
  return { client, control: simControl(sim.origin) };
}

describe('Resmark client against the simulator', () => {
  it('lists products, inventory and every page of orders, and maps them', async () => {
    const { client } = await setup();
    const products = await client.listProducts({ page: 0 });
    expect(products.items.length).toBeGreaterThan(0);
    expect(products.items.every((p) => p.name && p.lastModified)).toBe(true);

    const slots: SlotRecord[] = [];
    for (const p of products.items)
      slots.push(...(await client.getInventory(p.id, '2026-03-03', '2026-03-04')));
    expect(slots.length).toBeGreaterThan(0);
    expect(
      slots.every(
        (s) => products.items.some((p) => p.id === s.productId) && Object.keys(s.prices).length > 0,
      ),
    ).toBe(true);

    const orders: OrderRecord[] = [];
    for (let page = 0; ; page++) {
      const p = await client.listOrders({ page, sortOrder: 'asc' });
      orders.push(...p.items);
      if (endsList(fromResmark(p, RESMARK_PAGE_SIZE), orders.length)) break;
    }
    expect(orders.length).toBeGreaterThan(50);
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
    expect(
      orders.every((o) => o.createdDate && o.items.every((i) => Object.keys(i.participants).length > 0)),
    ).toBe(true);
    const sample = orders[7]!;
    expect(await client.getOrder(sample.confirmation)).toEqual(sample);
  });

  it('sells a slot: cart, item, customer, renew, order; and finds it by referenceId', async () => {
    const { client } = await setup();
    const product = (await client.listProducts({ page: 0 })).items.find((p) => !p.dateless)!;
    const slot = (await client.getInventory(product.id, '2026-03-04', '2026-03-06')).find(
      (s) => (s.tiersAvailable['*'] ?? 0) >= 2,
    )!;
    const tier = Object.keys(slot.prices)[0]!;
    const cart = await client.createCart();
    const withItem = await client.addItem(cart.id, { itemId: slot.activityId, participants: { [tier]: 2 } });
    expect(withItem.items).toEqual([{ activityId: slot.activityId, total: 2 * slot.prices[tier]! }]);
    await client.setCustomer(cart.id, { firstName: 'Walk', lastName: 'Up', email: 'walk.up@example.com' });
    await client.renewCart(cart.id);
    const order = await client.createOrder({
      cartId: cart.id,
      referenceId: 'fd-test-1',
      memo: 'walk-up cash',
    });
    expect(order).toMatchObject({
      referenceId: 'fd-test-1',
      firstName: 'Walk',
      total: 2 * slot.prices[tier]!,
    });
    expect(order.items[0]).toMatchObject({
      activityId: slot.activityId,
      productId: product.id,
      participants: { [tier]: 2 },
    });
    expect((await client.listOrders({ page: 0, referenceId: 'fd-test-1' })).items.map((o) => o.id)).toEqual([
      order.id,
    ]);

    const spare = await client.createCart();
    await client.deleteCart(spare.id);
    await client.deleteCart(spare.id); // already gone: still fine
    await expect(client.createOrder({ cartId: spare.id, referenceId: 'x', memo: 'x' })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
  });

  it('survives the 24-hour token expiring mid-run without failing a call', async () => {
    const { client, control } = await setup();
    await client.listProducts({ page: 0 });
    await control.advanceClock(24 * 3600 + 100);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => client.listProducts({ page: 0, limit: 5 })),
    );
    expect(results.every((r) => r.items.length === 5)).toBe(true);
    expect(await control.count(AUTH_ROUTE)).toBe(2);
  });

  it('waits out a rate-limit storm, sending nothing before Retry-After expires', async () => {
    const { fetchImpl, starts } = timedFetch('/order');
    const { client, control } = await setup({}, { fetchImpl });
    await client.authenticate();
    await control.setFaults({ rateLimitStorm: { requests: 2, retryAfterSeconds: 1 } });
    expect((await client.listOrders({ page: 0, limit: 3 })).items).toHaveLength(3);
    expect((await control.stats()).faults.storm429).toBe(2);
    expect(starts).toHaveLength(3);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(990);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(990);
  });

  it('refuses a wrong key with UNAUTHORIZED after exactly one sign-in request', async () => {
    const { client, control } = await setup({}, { apiKey: 'wrong-key' });
    await expect(client.authenticate()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await control.count(AUTH_ROUTE)).toBe(1);
    expect((await control.stats()).requests).toBe(1);
  });
});
