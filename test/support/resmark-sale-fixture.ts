// Test support (Node): a Resmark simulator's tours read through its public API (real HTTP), for
// sale tests — a future slot with Adult and Child prices and enough seats, chosen from what the
// simulator offers now (demo data moves with the clock), the seats a slot has left, and the orders
// made under a referenceId.
import { createResmarkClient, type ResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import type { OrderRecord, SlotRecord } from '../../electron/core/store/records';
import { RESMARK_DEMO_CREDENTIALS } from './resmark-checkin-fixture';

export interface SaleSlot {
  productId: string;
  productName: string;
  slot: SlotRecord;
  /** The slot's own (venue) day, YYYY-MM-DD, as the sale screen's date takes it. */
  day: string;
}

export const resmarkClient = (baseUrl: string): ResmarkClient =>
  createResmarkClient({ baseUrl, ...RESMARK_DEMO_CREDENTIALS });

/** Seats a slot can still take for `want`: the pool, or the tiers asked for. */
function fits(slot: SlotRecord, want: Record<string, number>): boolean {
  const pool = slot.tiersAvailable['*'];
  const total = Object.values(want).reduce((a, b) => a + b, 0);
  if (pool !== undefined) return pool >= total + 2;
  return Object.entries(want).every(([tier, n]) => (slot.tiersAvailable[tier] ?? 0) >= n + 1);
}

/**
 * A slot starting at least an hour from now, today or in the next days, priced for every tier in
 * `want` with room for them (and a little more, so another test's sale cannot fill it).
 */
export async function saleSlot(baseUrl: string, want: Record<string, number>): Promise<SaleSlot> {
  const rm = resmarkClient(baseUrl);
  const products = (await rm.listProducts({ page: 0, limit: 50 })).items.filter((p) => !p.dateless);
  const earliest = Date.now() + 60 * 60_000;
  for (let offset = 0; offset <= 3; offset++) {
    const day = new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    for (const product of products) {
      const slots = await rm.getInventory(product.id, day, day);
      const slot = slots.find(
        (s) =>
          Date.parse(s.startTime) >= earliest &&
          Object.keys(want).every((tier) => tier in s.prices) &&
          fits(s, want),
      );
      // The day asked for is the slot's venue day: the inventory files slots under it. (Not
      // startTime's first ten characters: that is the UTC date, the next day for a late-afternoon
      // tour in a zone far west of Greenwich, as the suite's late-morning zone is each evening.)
      if (slot) return { productId: product.id, productName: product.name, slot, day };
    }
  }
  throw new Error(`the simulator offers no future slot with room for ${JSON.stringify(want)}`);
}

/** Seats the slot has left now, in all (pool or tiers added up). */
export async function seatsLeft(baseUrl: string, s: SaleSlot): Promise<number> {
  const rm = resmarkClient(baseUrl);
  const live = (await rm.getInventory(s.productId, s.day, s.day)).find(
    (x) => x.activityId === s.slot.activityId,
  );
  if (!live) throw new Error(`slot ${s.slot.activityId} is gone`);
  return Object.values(live.tiersAvailable).reduce((a, b) => a + b, 0);
}

/** The simulator's orders made under `referenceId` (its own filter, checked again here). */
export async function ordersByReference(baseUrl: string, referenceId: string): Promise<OrderRecord[]> {
  const page = await resmarkClient(baseUrl).listOrders({ page: 0, referenceId });
  return page.items.filter((o) => o.referenceId === referenceId);
}
