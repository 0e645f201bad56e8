// E2E (Chromium + web host + Reservie simulator process): the queue screen. Two walk-ins are
// checked in while Reservie is down, on passes another desk used up meanwhile; Send now then says
// Reservie could not be reached. Once it is back, Reservie refuses both, and they show under
// "needs attention" with the reason in plain words. One is resolved from the screen with another
// pass (exactly one registration arrives, on that pass), the other dismissed with a reason
// (required; kept on the screen with it). Axe on each state: empty, offline, needs attention, dialogs.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectAccessible } from './axe';
import { simControl } from '../../electron/sim/testing/sim-control';
import { simApi, type SimApi } from '../support/sim-api';

interface Walkin {
  customerId: string;
  usedUp: string;
  spare: string | null;
}

/** A class starting in 5 minutes, and two customers whose 10-class pass is about to be used up. */
async function seed(api: SimApi) {
  const newPass = (name: string, credits: number) =>
    api.send<{ id: string }>('POST', '/passes', {
      name,
      credits,
      price: 1000 * credits,
      validityPeriod: 3,
      validityUnit: 'months',
    });
  const ten = await newPass('10-Class Pass', 10);
  const five = await newPass('5-Class Queue Pass', 5);
  const event = await api.send<{ id: string }>('POST', '/events', {
    name: 'Queue Yoga Flow',
    startsAt: new Date(Date.now() + 5 * 60_000).toISOString(),
    durationMinutes: 60,
    capacity: 20,
    waitingListEnabled: false,
    price: 1200,
    currency: 'GBP',
  });
  const person = async (firstName: string, lastName: string, spare: boolean): Promise<Walkin> => {
    const c = await api.send<{ id: string }>('POST', '/customers', {
      firstName,
      lastName,
      email: `${firstName}.${lastName}.queue@example.com`.toLowerCase(),
    });
    const give = (passId: string) =>
      api.send<{ id: string }>('POST', '/customer-passes', { customerId: c.id, passId });
    const usedUp = (await give(ten.id)).id;
    return { customerId: c.id, usedUp, spare: spare ? (await give(five.id)).id : null };
  };
  return {
    eventId: event.id,
    ann: await person('Ann', 'Kowalski', true),
    ben: await person('Ben', 'Ortiz', false),
  };
}

async function checkIn(app: Page, eventId: string, who: Walkin) {
  const out = await app.evaluate(
    ({ eventId, who }) =>
      window.frontdesk!.checkin.checkIn({
        backend: 'reservie',
        customerId: who.customerId,
        sessionId: eventId,
        customerPassId: who.usedUp,
      }),
    { eventId, who },
  );
  expect(out).toMatchObject({ ok: true, value: { outcome: 'checked_in', state: 'saved' } });
}

test('a refusal on replay is resolved from the queue screen, and exactly one registration arrives', async ({
  app,
  sims,
}) => {
  test.setTimeout(300_000);
  const api = await simApi(sims.reservie.baseUrl);
  const { eventId, ann, ben } = await seed(api);
  const reservie = sims.credentials.find((c) => c.backend === 'reservie')!;
  expect(await app.evaluate((c) => window.frontdesk!.backend.configure(c), reservie)).toMatchObject({
    ok: true,
  });
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 90_000 });
  await expect(app.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 60_000 });

  // Nothing queued yet: the queue says so.
  await app.getByRole('button', { name: 'Queue', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Queue', level: 1 })).toBeVisible();
  await expect(app.getByText('The queue is empty')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Send now' })).toBeDisabled();
  await expectAccessible(app, 'queue, empty');

  // Another desk uses both passes up; then this desk goes offline and checks both in from its copy.
  for (const who of [ann, ben]) await api.send('PUT', `/customer-passes/${who.usedUp}`, { remainingUses: 0 });
  const control = simControl(sims.reservie.origin);
  await control.setFaults({ down: true });
  await checkIn(app, eventId, ann);
  await checkIn(app, eventId, ben);

  const list = app.getByRole('list', { name: 'Queued changes' });
  const annItem = list.getByRole('listitem', { name: /^Check-in · Ann Kowalski · Queue Yoga Flow/ });
  const benItem = list.getByRole('listitem', { name: /^Check-in · Ben Ortiz · Queue Yoga Flow/ });
  await expect(annItem).toBeVisible();
  // The desk tries to send each check-in at once; with Reservie down that attempt retries inside
  // the request before it gives up (seconds, more on a loaded machine), and the item shows
  // "Sending" until then. What must hold is where it ends: queued, waiting.
  await expect(annItem.getByText('Queued', { exact: true })).toBeVisible({ timeout: 90_000 });
  await expect(annItem.getByText('Reservie', { exact: true })).toBeVisible();
  await expect(app.getByText('2 changes not sent yet.')).toBeVisible();

  // Send now while Reservie is down: nothing goes, and the screen says why; both still wait.
  // (A refused connection is retried inside the request first: the answer waits for those tries.)
  await app.getByRole('button', { name: 'Send now' }).click();
  await expect(app.getByText("The booking system couldn't be reached; the rest waits here.")).toBeVisible({
    timeout: 90_000,
  });
  await expect(annItem.getByText('Queued', { exact: true })).toBeVisible();
  await expect(app.getByText("Reservie can't be reached right now.")).toBeVisible();
  await expectAccessible(app, 'queue, offline');

  // Back online: Send now. Reservie refuses both; they wait for staff with the reason.
  await control.clearFaults();
  await app.getByRole('button', { name: 'Send now' }).click();
  for (const item of [annItem, benItem]) {
    await expect(item.getByText('Needs attention', { exact: true })).toBeVisible();
    await expect(item.getByText('The pass had no uses left when it was sent.')).toBeVisible();
  }
  await expectAccessible(app, 'queue, needs attention');

  // Ann: another pass. Her used-up pass is refused by the core, her spare one goes.
  await annItem.getByRole('button', { name: 'Choose another pass' }).click();
  const dialog = app.getByRole('dialog', { name: 'Choose another pass' });
  await expect(dialog.getByRole('radio', { name: /5-Class Queue Pass/ })).toBeVisible();
  await expectAccessible(app, 'queue, choose another pass');
  await dialog.getByRole('radio', { name: /5-Class Queue Pass/ }).check();
  await dialog.getByRole('button', { name: 'Send with this pass' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('Sending it again with 5-Class Queue Pass')).toBeVisible();
  await expect(annItem.getByText('Sent', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(annItem.getByText(/Sent again with 5-Class Queue Pass on /)).toBeVisible();

  // Ben: dismissed, and a reason is required.
  await benItem.getByRole('button', { name: 'Dismiss' }).click();
  const dismiss = app.getByRole('dialog', { name: 'Dismiss with a reason' });
  await dismiss.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dismiss.getByText('Say why it is dismissed.')).toBeVisible();
  await dismiss
    .getByRole('textbox', { name: 'Reason' })
    .fill('Paid cash at the bar; manager booked it in Reservie');
  await expectAccessible(app, 'queue, dismiss');
  await dismiss.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dismiss).toBeHidden();
  await expect(benItem.getByText('Dismissed', { exact: true })).toBeVisible();
  await expect(benItem.getByText(/“Paid cash at the bar; manager booked it in Reservie”/)).toBeVisible();
  await expect(benItem.getByRole('button')).toHaveCount(0);
  await expect(app.getByText('Nothing is waiting to send.')).toBeVisible();

  // On the simulator: exactly one registration, Ann's, on her spare pass (one use spent).
  const regs = await api.get<{ registrations: { customerId: string; customerPassId: string | null }[] }>(
    `/events/${eventId}/registrations?perPage=100`,
  );
  expect(regs.registrations).toEqual([
    expect.objectContaining({ customerId: ann.customerId, customerPassId: ann.spare }),
  ]);
  expect((await api.get<{ remainingUses: number }>(`/customer-passes/${ann.spare}`)).remainingUses).toBe(4);

  await app.getByRole('button', { name: 'Back to the desk' }).click();
  await expect(app.getByRole('searchbox', { name: 'Find a customer' })).toBeVisible();
});
