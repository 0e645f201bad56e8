// E2E (Chromium + web host, the desk connected to a Reservie simulator process): the Reservie
// walk-up sale at the desk. Online, a new customer (a fresh e-mail) is refused until Reservie's
// required names are typed, then buys a pass at the desk for a session with places: afterwards
// the simulator holds exactly one customer with that e-mail, one customer pass and one
// registration. A customer made at Reservie after the desk synced, typed by e-mail, is found
// there, not made again. Axe and the 44 px touch-target check run on the form and the receipt.
//
// The session is picked from what the simulator offers now (demo data follows the clock), never
// by a fixed id or time.
import type { Page } from '@playwright/test';
import { connectToSims, expect, reservieCredentials, test } from './fixtures';
import { expectAccessible } from './axe';
import { smallTouchTargets } from './touch-targets';
import { placesLeft } from '../support/demo-room';
import { simApi, type SimApi } from '../support/sim-api';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { venueTimeLabels } from '../support/venue-time-label';

interface Offered {
  id: string;
  name: string;
  /** The start as the page shows it (the venue's locale and zone). */
  time: string;
}

/**
 * A Reservie session of today with at least `places` left (as server and desk count): not over,
 * or, with `notStarted`, not yet started (only those have a Sell button on their row).
 */
async function sessionWithPlaces(page: Page, places: number, notStarted = false): Promise<Offered> {
  const left = await placesLeft(page);
  const found = await page.evaluate(
    async ({ left, places, notStarted }) => {
      const start = new Date();
      start.setHours(0, 0, 0, 0);
      const end = new Date(start.getTime() + 24 * 60 * 60 * 1000);
      const r = await window.frontdesk!.sessions.list({ from: start.toISOString(), to: end.toISOString() });
      if (!r.ok) throw new Error(r.error.message);
      const s = r.value.find(
        (x) =>
          x.source === 'reservie' &&
          Date.parse(notStarted ? x.startsAt : x.endsAt) > Date.now() + 5 * 60_000 &&
          (left[x.id] ?? 0) >= places,
      );
      if (!s) return null;
      return { id: s.id, name: s.name, startsAt: s.startsAt };
    },
    { left, places, notStarted },
  );
  if (!found) throw new Error('the simulator offers no Reservie session with places left today');
  const [time] = await venueTimeLabels(page, [found.startsAt]);
  return { id: found.id, name: found.name, time: time! };
}

async function customersWithEmail(api: SimApi, email: string) {
  return (await api.get<{ customers: { id: string }[] }>(`/customers?email=${encodeURIComponent(email)}`))
    .customers;
}
async function passesOf(api: SimApi, customerId: string) {
  return (
    await api.get<{ customerPasses: { id: string; passId: string; remainingUses: number }[] }>(
      `/customer-passes?customerId=${encodeURIComponent(customerId)}`,
    )
  ).customerPasses;
}
async function registrationsOf(api: SimApi, sessionId: string, customerId: string) {
  const r = await api.get<{ registrations: { customerId: string; status: string; paymentMethod: string }[] }>(
    `/events/${encodeURIComponent(sessionId)}/registrations?perPage=100`,
  );
  return r.registrations.filter((x) => x.customerId === customerId);
}

async function expectTouchFriendly(page: Page, screen: string) {
  const { measured, small } = await smallTouchTargets(page);
  expect(measured, screen).toBeGreaterThan(0);
  expect(small, `touch targets on ${screen}`).toEqual([]);
}

let sim: SimProcess;
test.beforeEach(async () => {
  sim = await startSimProcess(['--backend', 'reservie']);
});
test.afterEach(async () => {
  await sim.stop();
});

test('online, a new customer buys a pass at the desk: exactly one customer, one pass and one registration on Reservie', async ({
  app,
}) => {
  test.setTimeout(180_000);
  await connectToSims(app, { credentials: [reservieCredentials(sim)] });
  const session = await sessionWithPlaces(app, 1, true);
  const server = await simApi(sim.baseUrl);
  const email = `walk.up.${Date.now()}@example.com`;
  expect(await customersWithEmail(server, email)).toEqual([]);

  // From the session's own row in today's list.
  await app.getByRole('button', { name: `Sell ${session.name} at ${session.time}` }).click();
  await expect(app.getByRole('heading', { name: 'Walk-up sale', level: 1 })).toBeVisible();
  await expect(
    app.getByRole('radio', { name: new RegExp(`^${session.name} at ${session.time}`) }),
  ).toBeChecked();

  // The e-mail first: a wrong one is said in words and nothing is looked up.
  const emailField = app.getByRole('textbox', { name: "Customer's e-mail" });
  await emailField.fill('walk.up.example.com');
  await app.getByRole('button', { name: 'Find customer' }).click();
  await expect(app.getByText('This is not an e-mail address', { exact: false })).toBeVisible();
  await emailField.fill(email);
  await app.getByRole('button', { name: 'Find customer' }).click();
  await expect(app.getByText('New customer', { exact: true })).toBeVisible();
  await expect(app.getByText(`Nobody has ${email} yet.`, { exact: false })).toBeVisible();

  // Sell a pass now: the pass type the desk offers first, paid in cash.
  await app.getByRole('radio', { name: /^Sell a pass now/ }).check();
  const passTypes = app.getByRole('group', { name: 'Pass to sell' }).getByRole('radio');
  await expect(passTypes.first()).toBeChecked();
  const passName = (await app
    .getByRole('group', { name: 'Pass to sell' })
    .locator('.choice__title')
    .first()
    .textContent())!;
  await app.getByRole('radio', { name: /^Cash/ }).check();

  // Reservie requires both names: refused at the desk, each field said, nothing sent or queued.
  await app.getByRole('button', { name: 'Sell', exact: true }).click();
  await expect(app.getByText('Type the first name: Reservie needs it for a new customer.')).toBeVisible();
  await expect(app.getByText('Type the last name: Reservie needs it for a new customer.')).toBeVisible();
  await expectAccessible(app, 'Reservie sale, new customer with missing names');
  await expectTouchFriendly(app, 'Reservie sale form');
  expect(await customersWithEmail(server, email)).toEqual([]);
  expect(await app.evaluate(async () => window.frontdesk!.outbox.list())).toEqual({ ok: true, value: [] });

  await app.getByRole('textbox', { name: 'First name' }).fill('Walk');
  await app.getByRole('textbox', { name: 'Last name' }).fill('Upton');
  await app.getByRole('button', { name: 'Sell', exact: true }).click();

  const receipt = app.getByRole('region', { name: 'Sale complete' });
  await expect(receipt).toBeVisible({ timeout: 60_000 });
  await expect(receipt.getByTestId('receipt-confirmation')).toHaveText('confirmed');
  await expect(receipt).toContainText('Walk Upton');
  await expect(receipt).toContainText(session.name);
  await expectAccessible(app, 'Reservie sale receipt');
  await expectTouchFriendly(app, 'Reservie sale receipt');

  const customers = await customersWithEmail(server, email);
  expect(customers).toHaveLength(1);
  const customerId = customers[0]!.id;
  const passes = await passesOf(server, customerId);
  expect(passes).toHaveLength(1);
  const regs = await registrationsOf(server, session.id, customerId);
  expect(regs).toHaveLength(1);
  expect(regs[0]).toMatchObject({ status: 'confirmed', paymentMethod: 'pass' });
  const catalogue = await server.get<{ passes: { id: string; name: string }[] }>('/passes?perPage=100');
  expect(catalogue.passes.find((p) => p.id === passes[0]!.passId)?.name).toBe(passName);
});

test('a customer made at Reservie after the desk synced is found by e-mail, not made again', async ({
  app,
}) => {
  test.setTimeout(180_000);
  await connectToSims(app, { credentials: [reservieCredentials(sim)] });
  const session = await sessionWithPlaces(app, 1);
  const server = await simApi(sim.baseUrl);
  const email = `web.shop.${Date.now()}@example.com`;
  // Booked on the web shop a minute ago: this desk's saved copy does not have them.
  const made = await server.send<{ id: string }>('POST', '/customers', {
    firstName: 'Webb',
    lastName: 'Shopper',
    email,
  });

  await app.getByRole('button', { name: 'New sale' }).click();
  await app.getByRole('radio', { name: new RegExp(`^${session.name} at ${session.time}`) }).check();
  await app.getByRole('textbox', { name: "Customer's e-mail" }).fill(email.toUpperCase());
  await app.getByRole('button', { name: 'Find customer' }).click();
  await expect(app.getByText('Found at Reservie')).toBeVisible();
  await expect(app.getByText('Webb Shopper already has this e-mail', { exact: false })).toBeVisible();
  // No names are asked for a customer who exists.
  await expect(app.getByRole('textbox', { name: 'First name' })).toHaveCount(0);
  await expectAccessible(app, 'Reservie sale, customer found');

  await app.getByRole('radio', { name: /^Pay for this class/ }).check();
  await app.getByRole('radio', { name: /^Card at the desk/ }).check();
  await app.getByRole('button', { name: 'Sell', exact: true }).click();
  const receipt = app.getByRole('region', { name: 'Sale complete' });
  await expect(receipt).toBeVisible({ timeout: 60_000 });

  const customers = await customersWithEmail(server, email);
  expect(customers.map((c) => c.id)).toEqual([made.id]);
  const regs = await registrationsOf(server, session.id, made.id);
  expect(regs).toHaveLength(1);
  expect(regs[0]).toMatchObject({ status: 'confirmed', paymentMethod: 'card' });
});

test('offline, a new customer paying cash is queued with its reference; back online, exactly one customer and one registration arrive', async ({
  app,
}) => {
  test.setTimeout(240_000);
  await connectToSims(app, { credentials: [reservieCredentials(sim)] });
  const session = await sessionWithPlaces(app, 1);
  const email = `offline.walk.up.${Date.now()}@example.com`;

  // Stopped, not faulted: nothing can arrive while it is down.
  await sim.stop();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.locator('[data-backend="reservie"]')).toHaveAttribute('data-connection', 'offline', {
    timeout: 30_000,
  });

  await app.getByRole('button', { name: 'New sale' }).click();
  await app.getByRole('radio', { name: new RegExp(`^${session.name} at ${session.time}`) }).check();
  await app.getByRole('textbox', { name: "Customer's e-mail" }).fill(email);
  await app.getByRole('button', { name: 'Find customer' }).click();
  await expect(app.getByText("Reservie can't be asked right now")).toBeVisible();
  await app.getByRole('textbox', { name: 'First name' }).fill('Offa');
  await app.getByRole('textbox', { name: 'Last name' }).fill('Line');
  await app.getByRole('radio', { name: /^Pay for this class/ }).check();
  await app.getByRole('radio', { name: /^Cash/ }).check();
  await app.getByRole('button', { name: 'Sell', exact: true }).click();

  const receipt = app.getByRole('region', { name: 'Sale saved' });
  await expect(receipt).toBeVisible({ timeout: 60_000 });
  await expect(receipt.getByText('Queued — will be sent when back online')).toBeVisible();
  const referenceId = (await receipt.getByTestId('receipt-reference').textContent())!.trim();
  expect(referenceId).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{5,63}$/);
  await expect(receipt).toContainText(`Its reference is ${referenceId}.`);
  await expectAccessible(app, 'Reservie sale receipt, queued offline');
  const queued = await app.evaluate(async () => window.frontdesk!.outbox.list());
  expect(queued.ok && queued.value.length).toBeGreaterThan(0);

  await app.getByRole('button', { name: 'Done' }).click();
  await sim.start();
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByText(/waiting to send/)).toHaveCount(0, { timeout: 90_000 });

  const server = await simApi(sim.baseUrl);
  const customers = await customersWithEmail(server, email);
  expect(customers).toHaveLength(1);
  const regs = await registrationsOf(server, session.id, customers[0]!.id);
  expect(regs).toHaveLength(1);
  expect(regs[0]).toMatchObject({ status: 'confirmed', paymentMethod: 'cash' });
  const after = await app.evaluate(
    async (ref) => window.frontdesk!.sales.receipt({ referenceId: ref }),
    referenceId,
  );
  expect(after).toMatchObject({ ok: true, value: { state: 'sent', confirmation: 'confirmed' } });
});
