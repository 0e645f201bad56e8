// E2E (Chromium + web host, both back ends as simulator processes): a Resmark walk-up sale at the
// desk. From Home's "New sale": the tour, the day and a slot (live), 2 Adult + 1 Child with the
// running total, "Hold" locks them (a visible countdown that counts down; the seats are gone from
// the simulator), the lead guest's details are checked field by field, then card at the desk → the
// receipt, whose confirmation number is the simulator's order under the receipt's referenceId.
// A second sale is held and cancelled: the seats are back on the simulator. Offline, the times come
// from the saved copy (marked provisional), no seats are held, the sale is queued and its receipt
// says so with its referenceId; back online it reaches the simulator once. Axe runs on the sale
// screen and on the receipts; every control there is a 44 px target.
//
// The slot is chosen from what the simulator offers when the test runs (demo data moves with the
// clock): a future one with Adult and Child prices and room, never a fixed id or time.
import type { Page } from '@playwright/test';
import { test, expect, connectToSims } from './fixtures';
import { expectAccessible } from './axe';
import { smallTouchTargets } from './touch-targets';
import { simControl } from '../../electron/sim/testing/sim-control';
import { ordersByReference, saleSlot, seatsLeft, type SaleSlot } from '../support/resmark-sale-fixture';
import { venueTimeLabels } from '../support/venue-time-label';

const WANT = { Adult: 2, Child: 1 };

/** The slot's radio as the screen names it: its times in the venue's locale and zone. */
async function slotName(page: Page, s: SaleSlot): Promise<RegExp> {
  const [start, end] = await venueTimeLabels(page, [s.slot.startTime, s.slot.endTime]);
  return new RegExp(`^${start}–${end}`);
}

/** New sale → tour → day → slot → 2 Adult + 1 Child → Hold; returns the sale screen. */
async function holdThreeSeats(app: Page, s: SaleSlot) {
  await app.getByRole('button', { name: 'New sale' }).click();
  await expect(app.getByRole('heading', { name: 'Walk-up sale', level: 1 })).toBeVisible();
  // Both back ends can sell once the Reservie flow is registered too: pick the tours.
  await app.getByRole('group', { name: 'What to sell' }).getByRole('radio', { name: 'Tours' }).check();
  await app.getByRole('combobox', { name: 'Tour' }).selectOption({ label: s.productName });
  await app.getByLabel('Date', { exact: true }).fill(s.day);
  await expect(app.getByText('Live from Resmark')).toBeVisible();
  await app.getByRole('radio', { name: await slotName(app, s) }).check();

  const people = app.getByRole('region', { name: 'Participants' });
  await people.getByRole('button', { name: 'One more Adult' }).click();
  await people.getByRole('button', { name: 'One more Adult' }).click();
  await people.getByRole('button', { name: 'One more Child' }).click();
  await expect(people.getByRole('spinbutton', { name: /^Adult/ })).toHaveValue('2');
  await expect(people.getByRole('spinbutton', { name: /^Child/ })).toHaveValue('1');
  // The running total: the slot's unit prices (decimal pounds on the simulator) times the counts.
  const pence = Math.round(((s.slot.prices.Adult ?? 0) * 2 + (s.slot.prices.Child ?? 0)) * 100);
  const total = await app.evaluate(
    (minor) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'GBP' }).format(minor / 100),
    pence,
  );
  await expect(people.getByText('Total for 3 places')).toBeVisible();
  await expect(people.getByText(total, { exact: true })).toBeVisible();

  await people.getByRole('button', { name: 'Hold 3 seats' }).click();
  const checkout = app.getByRole('region', { name: 'Customer and payment' });
  await expect(checkout.getByText('Seats held', { exact: true })).toBeVisible();
  return { checkout, total };
}

test('sells 2 Adult + 1 Child on a tour: held with a countdown, receipt with the order’s confirmation', async ({
  app,
  sims,
}) => {
  test.setTimeout(180_000);
  await connectToSims(app, sims);
  const slot = await saleSlot(sims.resmark.baseUrl, WANT);
  const before = await seatsLeft(sims.resmark.baseUrl, slot);

  const { checkout, total } = await holdThreeSeats(app, slot);
  // The lock's countdown: about 30 minutes, and it counts down.
  const timer = checkout.getByRole('timer', { name: 'Time left on the hold' });
  await expect(timer).toHaveText(/^(2\d|30):[0-5]\d$/);
  const first = await timer.textContent();
  await expect.poll(() => timer.textContent(), { timeout: 15_000 }).not.toBe(first);
  // The seats are locked at Resmark while staff take the details.
  await expect.poll(() => seatsLeft(sims.resmark.baseUrl, slot), { timeout: 30_000 }).toBe(before - 3);

  await expectAccessible(app, 'the Resmark sale screen with seats held');
  const small = await smallTouchTargets(app);
  expect(small.small, 'touch targets on the sale screen').toEqual([]);

  // Nothing typed yet: each field says what is wrong, and nothing is sold.
  await checkout.getByRole('radio', { name: /^Card at the desk/ }).check();
  const sell = checkout.getByRole('button', { name: `Sell 3 places · ${total}` });
  await sell.click();
  await expect(checkout.getByText('Enter the first name.')).toBeVisible();
  await expect(checkout.getByText('Enter the last name.')).toBeVisible();
  await expect(checkout.getByText(/Enter an e-mail address to send the confirmation to/)).toBeVisible();
  await checkout.getByRole('textbox', { name: 'E-mail' }).fill('not-an-address');
  await expect(checkout.getByText(/This is not an e-mail address/)).toBeVisible();

  await checkout.getByRole('textbox', { name: 'First name' }).fill('Wanda');
  await checkout.getByRole('textbox', { name: 'Last name' }).fill('Walkup');
  await checkout.getByRole('textbox', { name: 'E-mail' }).fill('wanda.walkup@example.com');
  await expect(checkout.getByRole('alert')).toBeHidden();
  await sell.click();

  const receipt = app.getByRole('region', { name: 'Sale complete' });
  await expect(receipt).toBeVisible({ timeout: 30_000 });
  await expect(receipt.getByText('Sent', { exact: true })).toBeVisible();
  const confirmation = (await receipt.getByTestId('receipt-confirmation').textContent())?.trim() ?? '';
  const referenceId = (await receipt.getByTestId('receipt-reference').textContent())?.trim() ?? '';
  expect(confirmation).toMatch(/^\d+$/);
  expect(referenceId).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{5,63}$/);
  await expect(receipt.getByText(total, { exact: true })).toBeVisible();
  await expect(receipt.getByText('Card at the desk', { exact: true })).toBeVisible();
  await expect(receipt.getByText('3 places', { exact: true })).toBeVisible();
  await expect(receipt.getByRole('button', { name: 'Print' })).toBeVisible();

  // On the simulator: exactly one order under that referenceId, with this confirmation and these people.
  const orders = await ordersByReference(sims.resmark.baseUrl, referenceId);
  expect(orders).toHaveLength(1);
  expect(orders[0]).toMatchObject({ confirmation, firstName: 'Wanda', lastName: 'Walkup' });
  expect(orders[0]!.items[0]).toMatchObject({ activityId: slot.slot.activityId, participants: WANT });
  // Ordered on the held cart: the three seats were taken once.
  expect(await seatsLeft(sims.resmark.baseUrl, slot)).toBe(before - 3);

  await expectAccessible(app, 'the sale receipt');
  expect((await smallTouchTargets(app)).small, 'touch targets on the receipt').toEqual([]);

  await receipt.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByRole('heading', { name: 'Front desk', level: 1 })).toBeAttached();
});

test('Cancel sale lets the held seats go: they are back on the simulator', async ({ app, sims }) => {
  test.setTimeout(180_000);
  await connectToSims(app, sims);
  const slot = await saleSlot(sims.resmark.baseUrl, WANT);
  const before = await seatsLeft(sims.resmark.baseUrl, slot);

  const { checkout } = await holdThreeSeats(app, slot);
  await expect.poll(() => seatsLeft(sims.resmark.baseUrl, slot), { timeout: 30_000 }).toBe(before - 3);

  await checkout.getByRole('button', { name: 'Cancel sale' }).click();
  await expect(app.getByRole('heading', { name: 'Front desk', level: 1 })).toBeAttached();
  await expect.poll(() => seatsLeft(sims.resmark.baseUrl, slot), { timeout: 30_000 }).toBe(before);
});

/** Offline, the core probes the server with backoff up to a minute apart (connectivity.ts). */
const NEXT_PROBE_MS = 60_000 + 5_000 /* the probe's own timeout */ + 5_000;

test('offline: times from the saved copy (provisional), no hold, the sale queued — and sent once when Resmark is back', async ({
  app,
  sims,
}) => {
  test.setTimeout(180_000 + NEXT_PROBE_MS);
  await connectToSims(app, sims);
  const slot = await saleSlot(sims.resmark.baseUrl, WANT);
  const chip = app.locator('[data-backend="resmark"]');
  await simControl(sims.resmark.origin).setFaults({ down: true });
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(chip).toHaveAttribute('data-connection', 'offline', { timeout: 30_000 });

  await app.getByRole('button', { name: 'New sale' }).click();
  await app.getByRole('group', { name: 'What to sell' }).getByRole('radio', { name: 'Tours' }).check();
  await app.getByRole('combobox', { name: 'Tour' }).selectOption({ label: slot.productName });
  await app.getByLabel('Date', { exact: true }).fill(slot.day);
  await expect(app.getByText('From the saved copy — provisional, may be out of date.')).toBeVisible();
  await expect(app.getByText('Live from Resmark')).toBeHidden();
  await app.getByRole('radio', { name: await slotName(app, slot) }).check();
  const people = app.getByRole('region', { name: 'Participants' });
  await people.getByRole('spinbutton', { name: /^Adult/ }).fill('2');
  await people.getByRole('button', { name: 'One more Child' }).click();
  await people.getByRole('button', { name: 'Hold 3 seats' }).click();

  const checkout = app.getByRole('region', { name: 'Customer and payment' });
  await expect(checkout.getByText("Resmark can't be reached, so the seats can't be held.")).toBeVisible();
  await expect(checkout.getByRole('timer')).toBeHidden();
  await checkout.getByRole('textbox', { name: 'First name' }).fill('Olive');
  await checkout.getByRole('textbox', { name: 'Last name' }).fill('Offline');
  await checkout.getByRole('checkbox', { name: 'Send the confirmation e-mail' }).uncheck();
  await checkout.getByRole('radio', { name: /^Cash/ }).check();
  await checkout.getByRole('button', { name: /^Sell 3 places/ }).click();

  const receipt = app.getByRole('region', { name: 'Sale saved' });
  await expect(receipt).toBeVisible({ timeout: 30_000 });
  await expect(receipt.getByText('Queued — will be sent when back online')).toBeVisible();
  const referenceId = (await receipt.getByTestId('receipt-reference').textContent())?.trim() ?? '';
  await expect(receipt.getByText(`Its reference is ${referenceId}.`, { exact: false })).toBeVisible();
  await expect(receipt.getByTestId('receipt-confirmation')).toHaveText(
    'Not yet — it comes when the sale is sent',
  );
  await expectAccessible(app, 'the queued sale receipt');

  // Back online: the queue sends it by itself, exactly once, under the receipt's referenceId.
  await simControl(sims.resmark.origin).clearFaults();
  await expect
    .poll(async () => (await ordersByReference(sims.resmark.baseUrl, referenceId)).length, {
      timeout: NEXT_PROBE_MS + 30_000,
    })
    .toBe(1);
  const [order] = await ordersByReference(sims.resmark.baseUrl, referenceId);
  expect(order).toMatchObject({ firstName: 'Olive', lastName: 'Offline' });
  expect(order!.items[0]).toMatchObject({ activityId: slot.slot.activityId, participants: WANT });
});
