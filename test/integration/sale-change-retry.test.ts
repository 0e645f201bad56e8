// Integration (plain Node, both simulators over real HTTP, real SQLite): "change and retry" for a
// walk-up sale. A Resmark sale queued offline for a slot that the web shop then sells out is
// refused on replay; staff move it to another slot of the same tour from the queue; it is sent
// again under the same referenceId, and exactly one order with that referenceId arrives, for the
// new slot. A change the rule refuses (the refused slot itself) changes nothing. A Reservie sale
// paid with a pass that another desk used up meanwhile is paid with the customer's other pass:
// exactly one registration arrives, on that pass.
import { afterEach, expect, it } from 'vitest';
import type { OutboxEntry, OutboxResolveResult, OutboxSendReport } from '../../shared/domain/outbox';
import type { DaySummary, SaleReceipt } from '../../shared/domain/sales';
import type { SlotRecord } from '../../electron/core/store/records';
import type { ResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { simControl } from '../../electron/sim/testing/sim-control';
import { salesWorld, value, type SalesWorld } from '../support/sales-world';
import { syncOnce } from '../support/reservie-checkin-fixture';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const tierOf = (slot: SlotRecord) => Object.keys(slot.prices)[0]!;

async function ordersFor(rm: ResmarkClient, referenceId: string) {
  const page = await rm.listOrders({ page: 0, referenceId });
  return page.items.filter((o) => o.referenceId === referenceId);
}

/** Books every free seat of a slot through the public cart flow (another sales channel). */
async function fillSlot(rm: ResmarkClient, slot: SlotRecord) {
  const day = slot.startTime.slice(0, 10);
  const live = (await rm.getInventory(slot.productId, day, day)).find(
    (s) => s.activityId === slot.activityId,
  )!;
  const participants: Record<string, number> =
    live.tiersAvailable['*'] !== undefined
      ? { [tierOf(live)]: live.tiersAvailable['*'] }
      : Object.fromEntries(Object.entries(live.tiersAvailable).filter(([, n]) => n > 0));
  const cart = await rm.createCart();
  await rm.addItem(cart.id, { itemId: slot.activityId, participants });
  await rm.setCustomer(cart.id, { firstName: 'Web', lastName: 'Shop', email: 'web@example.com' });
  await rm.createOrder({ cartId: cart.id, referenceId: `web-${slot.activityId}`, memo: 'web shop' });
}

async function sendUntilDone(w: SalesWorld, maxRuns: number): Promise<void> {
  for (let run = 1; run <= maxRuns; run++) {
    const report = await value<OutboxSendReport>(w.core, 'outbox:send');
    if (report.waiting === 0) return;
  }
  throw new Error(`still waiting after ${maxRuns} runs`);
}

const entryOf = async (w: SalesWorld, referenceId: string) =>
  (await value<OutboxEntry[]>(w.core, 'outbox:list')).find((e) => e.referenceId === referenceId)!;

it('a sold-out Resmark sale is moved to another slot and retried: one order under its referenceId, for the new slot', async () => {
  const w = await salesWorld({ people: 1 });
  closers.push(() => w.close());
  // Two slots of the same product with room in this desk's copy: the sale's, and the one it moves to.
  const [slot, other] = w.slots as [SlotRecord, SlotRecord];
  expect(other?.productId).toBe(slot.productId);
  const controls = [simControl(w.reservie.origin), simControl(w.resmark.origin)];

  await Promise.all(controls.map((c) => c.setFaults({ down: true })));
  const queued = await value<SaleReceipt>(w.core, 'sales:sell', {
    backend: 'resmark',
    activityId: slot.activityId,
    participants: { [tierOf(slot)]: 2 },
    firstName: 'Walk',
    lastName: 'Up',
    email: 'walk.up@example.com',
    tender: 'cash',
  });
  expect(queued).toMatchObject({ state: 'queued', provisional: true });
  const ref = queued.referenceId;
  await Promise.all(controls.map((c) => c.clearFaults()));

  // The web shop sells the slot out before this desk's sale is replayed.
  await fillSlot(w.rm, slot);
  await sendUntilDone(w, 5);
  const refused = await entryOf(w, ref);
  expect(refused).toMatchObject({ state: 'needs_attention', kind: 'resmark.order' });
  expect(refused.actions).toEqual(['retry', 'otherSlot', 'dismiss']);
  expect(refused.slot).toEqual({
    productId: slot.productId,
    activityId: slot.activityId,
    date: slot.startTime.slice(0, 10),
  });
  expect(await ordersFor(w.rm, ref)).toHaveLength(0);

  // The refused slot itself is refused with a reason, and nothing moves.
  const same = await w.core.dispatch('outbox:resolve', {
    itemId: refused.id,
    action: 'otherSlot',
    activityId: slot.activityId,
  });
  expect(same).toMatchObject({
    ok: false,
    error: { code: 'BAD_INPUT', message: expect.stringMatching(/refused/) },
  });
  expect(await entryOf(w, ref)).toMatchObject({ state: 'needs_attention', resolutions: [] });

  const moved = await value<OutboxResolveResult>(w.core, 'outbox:resolve', {
    itemId: refused.id,
    action: 'otherSlot',
    activityId: other.activityId,
  });
  expect(moved.message).toMatch(/^Sending it again moved to /);
  expect(moved.entry).toMatchObject({ referenceId: ref, state: 'pending' });
  expect(moved.entry.resolutions).toEqual([
    expect.objectContaining({ action: 'otherSlot', detail: expect.stringMatching(/^moved to /) }),
  ]);

  await sendUntilDone(w, 5);
  const orders = await ordersFor(w.rm, ref);
  expect(orders).toHaveLength(1);
  expect(orders[0]!.items.map((i) => i.activityId)).toEqual([other.activityId]);
  const receipt = await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: ref });
  expect(receipt).toMatchObject({ state: 'sent', serverIds: { order: orders[0]!.id } });
  expect(receipt.what).toContain(other.startTime);
  // The day summary counts it once, at the new slot's price.
  const day = await value<DaySummary>(w.core, 'sales:today');
  expect(day.sales.filter((s) => s.referenceId === ref)).toHaveLength(1);
  expect(receipt.total?.minor).toBe(Math.round((other.prices[tierOf(slot)] ?? 0) * 100) * 2);

  // Sending again makes nothing more.
  await value<OutboxSendReport>(w.core, 'outbox:send');
  expect(await ordersFor(w.rm, ref)).toHaveLength(1);
}, 180_000);

it('a Reservie sale whose pass was used up meanwhile is paid with the customer’s other pass: one registration, on it', async () => {
  const w = await salesWorld({ people: 1 });
  closers.push(() => w.close());
  const customerId = w.customers[0]!;
  const usedUp = w.passes.get(customerId)!;
  const spare = (
    await w.api.send<{ id: string }>('POST', '/customer-passes', { customerId, passId: w.passId })
  ).id;
  await syncOnce(w.core); // this desk's copy knows the spare pass
  const email = (await w.api.get<{ email: string }>(`/customers/${customerId}`)).email;
  const controls = [simControl(w.reservie.origin), simControl(w.resmark.origin)];

  await Promise.all(controls.map((c) => c.setFaults({ down: true })));
  const queued = await value<SaleReceipt>(w.core, 'sales:sell', {
    backend: 'reservie',
    sessionId: w.eventId,
    email,
    payment: { kind: 'usePass', customerPassId: usedUp },
  });
  expect(queued).toMatchObject({ state: 'queued', tender: 'pass' });
  await Promise.all(controls.map((c) => c.clearFaults()));
  // Another desk spends the pass's last uses before this desk's sale is replayed.
  await w.api.send('PUT', `/customer-passes/${usedUp}`, { remainingUses: 0 });
  await sendUntilDone(w, 5);

  const ref = `${queued.referenceId}-registration`;
  const refused = await entryOf(w, ref);
  expect(refused).toMatchObject({ state: 'needs_attention', kind: 'reservie.registration', customerId });
  expect(refused.actions).toEqual(['retry', 'otherPass', 'dismiss']);

  const same = await w.core.dispatch('outbox:resolve', {
    itemId: refused.id,
    action: 'otherPass',
    customerPassId: usedUp,
  });
  expect(same).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  const changed = await value<OutboxResolveResult>(w.core, 'outbox:resolve', {
    itemId: refused.id,
    action: 'otherPass',
    customerPassId: spare,
  });
  const passName = (await w.api.get<{ name: string }>(`/passes/${w.passId}`)).name;
  expect(changed.message).toBe(`Sending it again with ${passName}`);
  await sendUntilDone(w, 5);

  const regs = (
    await w.api.get<{ registrations: { customerId: string; customerPassId: string | null }[] }>(
      `/events/${w.eventId}/registrations?perPage=100`,
    )
  ).registrations.filter((r) => r.customerId === customerId);
  expect(regs).toEqual([expect.objectContaining({ customerId, customerPassId: spare })]);
  expect(
    await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: queued.referenceId }),
  ).toMatchObject({
    state: 'sent',
  });
}, 180_000);
