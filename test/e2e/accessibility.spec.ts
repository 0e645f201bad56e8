// E2E (Chromium + web host): axe-core finds no serious or critical violation on any screen that
// exists: home, search results, a customer, Setup, a refused key, and the desk while offline.
import { test, expect, connectToSims } from './fixtures';
import { expectAccessible } from './axe';
import { simControl } from '../../electron/sim/testing/sim-control';
import type { Page } from '@playwright/test';
import { demoCustomerWithPasses } from '../support/demo-customer';

async function demoSimOrigins(page: Page): Promise<{ reservie: string; resmark: string }> {
  const status = await page.evaluate(() => window.frontdesk!.app.status());
  if (!status.ok) throw new Error(status.error.message);
  const origin = (backend: string) =>
    new URL(status.value.backends.find((b) => b.backend === backend)!.baseUrl!).origin;
  return { reservie: origin('reservie'), resmark: origin('resmark') };
}

test('home, search results and a customer have no serious accessibility violations', async ({ app }) => {
  // The first demo sync, then four whole-page axe passes: more work than one test's default 60 s
  // on a loaded 2-core machine (seen at 1.2 min), so this test gets the budget its work needs.
  test.setTimeout(150_000);
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  await expect(app.getByRole('region', { name: "Today's sessions" })).toHaveAttribute('data-state', 'ready');
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(app, 'home');

  const search = app.getByRole('searchbox', { name: 'Find a customer' });
  await search.fill('mar');
  await expect(app.getByRole('list', { name: 'Customers found' })).toBeVisible();
  await expectAccessible(app, 'search results');

  // By e-mail, and the card told apart by it: the demo data has namesakes.
  const { name, email } = await demoCustomerWithPasses(app);
  await search.fill(email);
  const card = app.getByRole('article', { name }).filter({ hasText: email });
  await expect(card.getByRole('list', { name: 'Passes' })).toBeVisible();
  await expectAccessible(app, 'a customer');

  await search.fill('zzqxjv');
  await expect(app.getByRole('region', { name: 'Search results' })).toContainText(/No customers/);
  await expectAccessible(app, 'no match');
});

test('Setup and a refused key have no serious accessibility violations', async ({ app }) => {
  await app.getByRole('button', { name: 'Connect your booking system' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Connect your booking system' })).toBeVisible();
  await expectAccessible(app, 'setup');

  const { reservie } = await demoSimOrigins(app);
  await app.getByRole('radio', { name: /Custom/ }).check();
  await app.getByLabel('Server address').fill(`${reservie}/api/v1`);
  await app.getByLabel('API key', { exact: true }).fill('demo-key');
  await app.getByLabel('API secret').fill('not-the-secret');
  await app.getByRole('button', { name: 'Verify and save' }).click();
  await expect(app.getByRole('alert')).toContainText(/check your API key/i);
  await expectAccessible(app, 'a refused key');
});

test('the offline desk has no serious accessibility violations', async ({ app, sims }) => {
  // Demo mode's simulators take no faults, so the desk is connected to simulator processes that do.
  test.setTimeout(120_000); // two first syncs, then the offline state, on a shared 2-core machine
  await connectToSims(app, sims);
  await simControl(sims.reservie.origin).setFaults({ down: true });
  await simControl(sims.resmark.origin).setFaults({ down: true });
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.locator('[data-backend="reservie"]')).toHaveAttribute('data-connection', 'offline', {
    timeout: 30_000,
  });
  await expect(app.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 30_000 });
  await expectAccessible(app, 'offline');
});

test('the high-contrast theme follows the OS, can be switched here, and stays accessible', async ({
  page,
  host,
}) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto(host.url);
  await expect(page.locator('main[data-state="ready"]')).toBeVisible();
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'High contrast' });
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // Black text on white: the theme really repaints, not only the attribute.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  await expect(page.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  await expectAccessible(page, 'home, high contrast');

  // Switched off here, it stays off after a reload although the OS still asks for more contrast.
  await toggle.click();
  await expect(html).toHaveAttribute('data-contrast', 'standard');
  await page.reload();
  await expect(page.locator('main[data-state="ready"]')).toBeVisible();
  await expect(html).toHaveAttribute('data-contrast', 'standard');
  await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'false');
});
