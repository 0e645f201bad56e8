// Integration (plain Node, both simulators over real HTTP, real SQLite): `sales:products` lists the
// tours the desk can sell from the saved copy — the same dated products the simulator offers, by
// name, without dateless ones — answers offline too, and names a slot's tour and day.
import { afterEach, expect, it } from 'vitest';
import type { SaleProducts } from '../../shared/domain/sales';
import { simControl } from '../../electron/sim/testing/sim-control';
import { salesWorld, value, type SalesWorld } from '../support/sales-world';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function world(): Promise<SalesWorld> {
  const w = await salesWorld();
  closers.push(() => w.close());
  return w;
}

it('lists the dated tours by name, offline too, and names a slot’s tour and day', async () => {
  const w = await world();
  const simProducts = (await w.rm.listProducts({ page: 0, limit: 50 })).items;
  const dated = simProducts.filter((p) => !p.dateless);
  expect(dated.length).toBeGreaterThan(0);

  const answer = await value<SaleProducts>(w.core, 'sales:products');
  expect(answer.slot).toBeNull();
  expect(answer.products.map((p) => p.id).sort()).toEqual(dated.map((p) => p.id).sort());
  const names = answer.products.map((p) => p.name);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

  const slot = w.slots[0]!;
  await simControl(w.resmark.origin).setFaults({ down: true });
  const offline = await value<SaleProducts>(w.core, 'sales:products', { activityId: slot.activityId });
  expect(offline.products).toEqual(answer.products);
  expect(offline.slot).toEqual({
    activityId: slot.activityId,
    productId: slot.productId,
    date: slot.startTime.slice(0, 10),
  });

  // A slot the saved copy does not have: no slot, the list still comes; bad input changes nothing.
  expect(
    (await value<SaleProducts>(w.core, 'sales:products', { activityId: 'no-such-slot' })).slot,
  ).toBeNull();
  expect(await w.core.dispatch('sales:products', { activityId: '' })).toMatchObject({
    ok: false,
    error: { code: 'BAD_INPUT' },
  });
  expect(await w.core.dispatch('sales:products', { productId: 'p' })).toMatchObject({
    ok: false,
    error: { code: 'BAD_INPUT' },
  });
}, 180_000);
