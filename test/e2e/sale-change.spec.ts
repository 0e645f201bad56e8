// E2E (Chromium + web host + Resmark simulator process): change and retry from the queue screen.
// A walk-up sale is taken while Resmark is down; the web shop then sells its slot out, so Resmark
// refuses it on replay. Staff choose another slot of the same tour that day in the dialog; it is
// sent again under the same referenceId, and exactly one order with that id arrives, for the new
// slot. Axe on the dialog.
import { test, expect, connectToSims } from './fixtures';
import { expectAccessible } from './axe';
import { simControl } from '../../electron/sim/testing/sim-control';
import { createResmarkClient, type ResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import type { SlotRecord } from '../../electron/core/store/records';

const seatsOf = (s: SlotRecord) => Object.values(s.tiersAvailable).reduce((a, b) => a + b, 0);

/**
 * Two slots of one dated product on one day, each with room for a small group, and that day. The
 * inventory is asked one day at a time, so both are filed under the day the simulator gives them
 * (the venue's day), as the queue's "another slot" lists them: not startTime's first ten
 * characters, the UTC date, which differs for a late tour in a zone far west of Greenwich.
 */
async function twoSlotsOneDay(
  rm: ResmarkClient,
): Promise<{ slot: SlotRecord; other: SlotRecord; day: string }> {
  const products = (await rm.listProducts({ page: 0 })).items.filter((p) => !p.dateless);
  for (let offset = 1; offset <= 3; offset++) {
    const day = new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    for (const product of products) {
      const slots = (await rm.getInventory(product.id, day, day)).filter((s) => seatsOf(s) >= 4);
      if (slots.length >= 2) return { slot: slots[0]!, other: slots[1]!, day };
    }
  }
  throw new Error('no product with two slots with room on one day');
}

async function fillSlot(rm: ResmarkClient, slot: SlotRecord, day: string) {
  const live = (await rm.getInventory(slot.productId, day, day)).find(
    (s) => s.activityId === slot.activityId,
  );
  if (!live) throw new Error(`slot ${slot.activityId} is not in the inventory of ${day}`);
  const tier = Object.keys(live.prices)[0]!;
  const participants: Record<string, number> =
    live.tiersAvailable['*'] !== undefined
      ? { [tier]: live.tiersAvailable['*'] }
      : Object.fromEntries(Object.entries(live.tiersAvailable).filter(([, n]) => n > 0));
  const cart = await rm.createCart();
  await rm.addItem(cart.id, { itemId: slot.activityId, participants });
  await rm.setCustomer(cart.id, { firstName: 'Web', lastName: 'Shop', email: 'web@example.com' });
  await rm.createOrder({ cartId: cart.id, referenceId: `web-${slot.activityId}`, memo: 'web shop' });
}

test('a sale refused for a sold-out slot is moved to another slot from the queue and made once', async ({
  app,
  sims,
}) => {
  test.setTimeout(300_000);
  const creds = sims.credentials.find((c) => c.backend === 'resmark')!;
  if (creds.backend !== 'resmark') throw new Error('no Resmark credentials');
  await connectToSims(app, { credentials: [creds] });
  const rm = createResmarkClient({
    baseUrl: creds.baseUrl,
    username: creds.username,
    apiKey: creds.apiKey,
    budget: createRequestBudget({ requests: 200, perMs: 1000 }),
  });
  const { slot, other, day } = await twoSlotsOneDay(rm);
  const tier = Object.keys(slot.prices)[0]!;

  const control = simControl(sims.resmark.origin);
  await control.setFaults({ down: true });
  const sold = await app.evaluate(
    ({ activityId, tier }) =>
      window.frontdesk!.sales.sell({
        backend: 'resmark',
        activityId,
        participants: { [tier]: 2 },
        firstName: 'Walk',
        lastName: 'Up',
        email: 'walk.up@example.com',
        tender: 'cash',
        sendConfirmationEmail: false,
      }),
    { activityId: slot.activityId, tier },
  );
  if (!sold.ok) throw new Error(sold.error.message);
  expect(sold.value.state).toBe('queued');
  const ref = sold.value.referenceId;
  await control.clearFaults();
  await fillSlot(rm, slot, day);

  await app.getByRole('button', { name: /waiting to send|^Queue$/ }).click();
  await expect(app.getByRole('heading', { name: 'Queue', level: 1 })).toBeVisible();
  await app.getByRole('button', { name: 'Send now' }).click();
  const item = app
    .getByRole('list', { name: 'Queued changes' })
    .getByRole('listitem', { name: /^Walk-up sale · Walk Up/ });
  await expect(item.getByText('Needs attention', { exact: true })).toBeVisible({ timeout: 90_000 });
  expect(
    await rm
      .listOrders({ page: 0, referenceId: ref })
      .then((p) => p.items.filter((o) => o.referenceId === ref)),
  ).toHaveLength(0);

  await item.getByRole('button', { name: 'Choose another slot' }).click();
  const dialog = app.getByRole('dialog', { name: 'Choose another slot' });
  const radios = dialog.getByRole('radio');
  await expect(radios.first()).toBeVisible();
  await expectAccessible(app, 'queue, choose another slot');
  await dialog.locator(`input[type="radio"][value="${other.activityId}"]`).check();
  await dialog.getByRole('button', { name: 'Send for this slot' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText(/^Sending it again moved to /)).toBeVisible();
  await expect(item.getByText('Sent', { exact: true })).toBeVisible({ timeout: 60_000 });

  const orders = (await rm.listOrders({ page: 0, referenceId: ref })).items.filter(
    (o) => o.referenceId === ref,
  );
  expect(orders).toHaveLength(1);
  expect(orders[0]!.items.map((i) => i.activityId)).toEqual([other.activityId]);
});
