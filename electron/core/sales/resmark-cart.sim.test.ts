// Core integration tests (plain Node): the cart session against the Resmark simulator over real
// HTTP, the seat lock timed by the simulator's virtual clock and renewals by a fake scheduler.
import { afterEach, describe, expect, it } from 'vitest';
import { startResmarkSim, type RunningSim } from '../../sim';
import { simControl } from '../../sim/testing/sim-control';
import { api, resmarkToken, type Envelope } from '../../sim/testing/sim-http';
import type { OrderJson } from '../../sim/resmark/test-support';
import { createRequestBudget } from '../http/request-budget';
import { createFakeScheduler } from '../http/testing/fake-scheduler';
import { createResmarkClient } from '../backends/resmark/resmark-client';
import type { SlotRecord } from '../store/records';
import {
  LOCK_MS,
  openCartSession,
  RENEW_AFTER_MS,
  SEATS_RELEASED_MESSAGE,
  SeatsReleasedError,
} from './resmark-cart';

const MIN = 60;
let sim: RunningSim | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function setup() {
  sim = await startResmarkSim({ startAt: '2026-03-03T08:00:00Z' });
  const client = createResmarkClient({
    baseUrl: sim.baseUrl,
    username: sim.credentials.username ?? '',
    apiKey: sim.credentials.apikey ?? '',
    budget: createRequestBudget({ requests: 200, perMs: 1000 }),
  });
  const scheduler = createFakeScheduler();
  const control = simControl(sim.origin);
  const raw = api(sim.baseUrl, await resmarkToken(sim));
  const product = (await client.listProducts({ page: 0 })).items.find((p) => !p.dateless);
  if (!product) throw new Error('no dated product in the demo catalogue');
  const slots = await client.getInventory(product.id, '2026-03-04', '2026-03-06');
  const slot = slots.find((s) => (s.tiersAvailable['*'] ?? 0) >= 4);
  if (!slot) throw new Error('no slot with four seats');
  const tier = Object.keys(slot.prices)[0] ?? 'All';
  const seatsLeft = async (): Promise<number> => {
    const now = await client.getInventory(product.id, '2026-03-04', '2026-03-06');
    return now.find((s: SlotRecord) => s.activityId === slot.activityId)?.tiersAvailable['*'] ?? -1;
  };
  const item = { itemId: slot.activityId, participants: { [tier]: 2 } };
  return { client, scheduler, control, raw, slot, tier, item, seatsLeft };
}

/** The simulator's clock runs on (real time + offset), so an instant is known to within the test's run. */
function expectAround(iso: string | null, expected: string): void {
  const late = Date.parse(iso ?? '') - Date.parse(expected);
  expect(late).toBeGreaterThanOrEqual(0);
  expect(late).toBeLessThan(60_000);
}

const choice = (referenceId: string) => ({ referenceId, memo: 'Walk-up: cash', sendConfirmationEmail: true });

describe('Resmark cart session', () => {
  it('locks the seats, shows the countdown, and orders with our referenceId, memo and e-mail choice', async () => {
    const { client, scheduler, raw, item, seatsLeft } = await setup();
    const before = await seatsLeft();
    const session = await openCartSession({ client, scheduler }, item);
    expect(await seatsLeft()).toBe(before - 2);
    expect(session.remainingMs()).toBe(LOCK_MS);
    expectAround(session.serverLockExpires(), '2026-03-03T08:30:00Z');
    scheduler.advance(10 * MIN * 1000);
    expect(session.remainingMs()).toBe(20 * MIN * 1000);
    await session.setCustomer({ firstName: 'Walk', lastName: 'Up', email: 'walk.up@example.com' });
    const order = await session.placeOrder(choice('fd-cart-1'));
    expect(order).toMatchObject({ referenceId: 'fd-cart-1', firstName: 'Walk' });
    const stored = (
      await raw.get<Envelope<OrderJson & { disableConfirmationEmail: boolean }>>(`/order/${order.id}`)
    ).body.data;
    expect(stored.billing).toEqual({ memo: 'Walk-up: cash' });
    expect(stored.disableConfirmationEmail).toBe(false);
    // An order placed stops the renewals: no timer is left behind.
    expect(scheduler.pending()).toBe(0);
  });

  it('a lock that ran out is said plainly, and retry locks the seats again', async () => {
    const { client, scheduler, control, item, seatsLeft } = await setup();
    const before = await seatsLeft();
    const session = await openCartSession({ client, scheduler }, item);
    await session.setCustomer({ firstName: 'Late', lastName: 'Again' });
    await control.advanceClock(31 * MIN);
    expect(await seatsLeft()).toBe(before);
    const refused = await session.placeOrder(choice('fd-cart-2')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SeatsReleasedError);
    expect((refused as SeatsReleasedError).message).toBe(SEATS_RELEASED_MESSAGE);
    const again = await (refused as SeatsReleasedError).retry();
    expect(await seatsLeft()).toBe(before - 2);
    const order = await again.placeOrder(choice('fd-cart-2'));
    // The customer set before the lock ran out travels to the new cart.
    expect(order).toMatchObject({ referenceId: 'fd-cart-2', firstName: 'Late', lastName: 'Again' });
  });

  it('renewal at 25 minutes keeps the seats past 30', async () => {
    const { client, scheduler, control, item } = await setup();
    const session = await openCartSession({ client, scheduler }, item);
    await control.advanceClock(25 * MIN);
    scheduler.advance(RENEW_AFTER_MS);
    await session.settled();
    expect(session.remainingMs()).toBe(LOCK_MS);
    expectAround(session.serverLockExpires(), '2026-03-03T08:55:00Z');
    await control.advanceClock(10 * MIN); // 35 minutes after the seats were locked
    const order = await session.placeOrder(choice('fd-cart-3'));
    expect(order.referenceId).toBe('fd-cart-3');
  });

  it('cancel releases the seats with DELETE /cart/{id}', async () => {
    const { client, scheduler, control, item, seatsLeft } = await setup();
    const before = await seatsLeft();
    const session = await openCartSession({ client, scheduler }, item);
    await control.resetStats();
    await session.cancel();
    expect(await control.count('DELETE /public/api/cart/:id')).toBe(1);
    expect(await seatsLeft()).toBe(before);
    expect(scheduler.pending()).toBe(0);
  });

  it('after a lost reply, looks the order up by referenceId instead of ordering twice', async () => {
    const { client, scheduler, control, item } = await setup();
    const session = await openCartSession({ client, scheduler }, item);
    await control.setFaults({ dropReplyAfterWriteRate: 1 });
    await expect(session.placeOrder(choice('fd-cart-4'))).rejects.toMatchObject({ code: 'OFFLINE' });
    await control.clearFaults();
    await control.resetStats();
    const order = await session.placeOrder(choice('fd-cart-4'));
    expect(order.referenceId).toBe('fd-cart-4');
    expect(await control.count('POST /public/api/order')).toBe(0);
    expect((await client.listOrders({ page: 0, referenceId: 'fd-cart-4' })).items).toHaveLength(1);
  });
});
