// Core integration tests (plain Node): the queued Resmark order replayed against the simulator,
// including a reply lost after the order was made, found by its referenceId.
import { afterEach, describe, expect, it } from 'vitest';
import { startResmarkSim, type RunningSim } from '../../sim';
import { simControl } from '../../sim/testing/sim-control';
import { createRequestBudget } from '../http/request-budget';
import { createFakeScheduler } from '../http/testing/fake-scheduler';
import { createResmarkClient } from '../backends/resmark/resmark-client';
import { fromMajor, timesMoney } from './money';
import { planResmarkSale, type ResmarkOrderStep } from './sale-plan';
import { resmarkOrder } from './resmark-order-step';
import { tenderMemo } from './tender';

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
  const product = (await client.listProducts({ page: 0 })).items.find((p) => !p.dateless);
  if (!product) throw new Error('no dated product');
  const slot = (await client.getInventory(product.id, '2026-03-04', '2026-03-06')).find(
    (s) => (s.tiersAvailable['*'] ?? 0) >= 2,
  );
  if (!slot) throw new Error('no slot with two seats');
  const tier = Object.keys(slot.prices)[0] ?? 'All';
  const step = planResmarkSale({
    referenceId: 'fd-replay-1',
    activityId: slot.activityId,
    participants: { [tier]: 2 },
    customer: { firstName: 'Queued', lastName: 'Sale' },
    tender: 'card',
    memo: tenderMemo('card'),
    sendConfirmationEmail: false,
    total: timesMoney(fromMajor(slot.prices[tier] ?? 0, 'GBP'), 2),
  }).steps[0] as ResmarkOrderStep;
  const deps = { client, scheduler: createFakeScheduler(), ids: {} };
  return { client, deps, step, control: simControl(sim.origin) };
}

describe('Resmark order step', () => {
  it('sends the order under the sale referenceId and leaves no timer behind', async () => {
    const { deps, step } = await setup();
    expect(await resmarkOrder.lookup(step, deps)).toBeNull();
    const sent = await resmarkOrder.send(step, deps);
    expect(sent.detail).toMatch(/^\d{7}$/);
    expect(await resmarkOrder.lookup(step, deps)).toEqual(sent);
    expect(deps.scheduler.pending()).toBe(0);
  });

  it('a reply lost after the order was made: lookup finds it, exactly one order', async () => {
    const { client, deps, step, control } = await setup();
    // The fault goes on just before POST /order, so the cart calls before it get their replies.
    const losing = {
      ...client,
      createOrder: async (...args: Parameters<typeof client.createOrder>) => {
        await control.setFaults({ dropReplyAfterWriteRate: 1 });
        return client.createOrder(...args);
      },
    };
    await expect(resmarkOrder.send(step, { ...deps, client: losing })).rejects.toMatchObject({
      code: 'OFFLINE',
    });
    await control.clearFaults();
    const found = await resmarkOrder.lookup(step, deps);
    expect(found?.serverId).toMatch(/^[0-9a-f]{24}$/);
    expect((await client.listOrders({ page: 0, referenceId: step.referenceId })).items).toHaveLength(1);
    expect(deps.scheduler.pending()).toBe(0);
  });

  it('a reply lost before the order (on the cart): lookup finds nothing, so a resend is safe', async () => {
    const { deps, step, control } = await setup();
    await control.setFaults({ dropReplyAfterWriteRate: 1 });
    await expect(resmarkOrder.send(step, deps)).rejects.toMatchObject({ code: 'OFFLINE' });
    await control.clearFaults();
    expect(await resmarkOrder.lookup(step, deps)).toBeNull();
    const sent = await resmarkOrder.send(step, deps);
    expect(await resmarkOrder.lookup(step, deps)).toEqual(sent);
  });
});
