// E2E (Chromium + web host): connecting a real back end from the Setup screen — a refused key is
// explained, good credentials switch the app to live data, and signing out returns to demo mode.
import { test, expect } from './fixtures';
import { startSimProcess, type SimProcess } from '../support/sim-process';

let sim: SimProcess;
test.beforeEach(async () => {
  sim = await startSimProcess(['--backend', 'reservie']);
});
test.afterEach(async () => {
  await sim.stop();
});

test('a wrong key is refused with "check your API key", and nothing is saved', async ({ app }) => {
  await app.getByRole('button', { name: 'Connect your booking system' }).click();
  await app.getByRole('radio', { name: /Reservie/ }).check();
  await app.getByRole('radio', { name: /Custom/ }).check();
  await app.getByLabel('Server address').fill(sim.baseUrl);
  await app.getByLabel('API key', { exact: true }).fill('demo-key');
  await app.getByLabel('API secret').fill('not-the-secret');
  await app.getByRole('button', { name: 'Verify and save' }).click();
  await expect(app.getByRole('alert')).toContainText(/check your API key/i);
  const status = await app.evaluate(() => window.frontdesk!.app.status());
  expect(status).toMatchObject({ ok: true, value: { mode: 'demo' } });
});

test('good credentials switch to live data; sign-out with "delete saved data" returns to demo', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'Connect your booking system' }).click();
  await app.getByRole('radio', { name: /Reservie/ }).check();
  await app.getByRole('radio', { name: /Custom/ }).check();
  await app.getByLabel('Server address').fill(sim.baseUrl);
  await app.getByLabel('API key', { exact: true }).fill('demo-key');
  await app.getByLabel('API secret').fill('demo-secret');
  await app.getByRole('button', { name: 'Verify and save' }).click();

  await expect(app.getByText('Demo data', { exact: true })).toBeHidden({ timeout: 30_000 });
  const deskStatus = app.getByRole('list', { name: 'Desk status' });
  await expect(deskStatus).toContainText('Connected to Reservie.');
  await expect(app.locator('body')).not.toContainText(/API key ending/);
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  const counts = await app.evaluate(() => window.frontdesk!.cache.counts());
  expect(counts).toMatchObject({ ok: true, value: { customers: 2000, products: 0 } });

  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByRole('button', { name: 'Sign out of Reservie' }).click();
  const dialog = app.getByRole('dialog', { name: 'Sign out of Reservie?' });
  await dialog.getByRole('checkbox', { name: /Also delete this device's saved data/ }).check();
  await dialog.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(app.getByText('Demo data', { exact: true })).toBeVisible({ timeout: 30_000 });
});
