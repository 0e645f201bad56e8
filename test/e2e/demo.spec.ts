// E2E (Chromium + web host): demo mode shows real demo data from the built-in simulators.
import { test, expect } from './fixtures';
import { demoCustomerWithPasses } from '../support/demo-customer';

test("demo mode finds a real demo customer with their passes, and lists today's sessions", async ({
  app,
}) => {
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  // A customer the simulator really holds, found through the contract rather than hard-coded.
  // Searched for by e-mail, not name: with namesakes a search by name shows two cards of that name.
  const { name, email } = await demoCustomerWithPasses(app);
  await app.getByRole('searchbox', { name: 'Find a customer' }).fill(email);
  const card = app.getByRole('article', { name }).filter({ has: app.getByRole('list', { name: 'Passes' }) });
  await expect(card).toBeVisible();
  await expect(card.getByRole('list', { name: 'Passes' })).toBeVisible();
  await expect(app.getByRole('region', { name: "Today's sessions" })).toHaveAttribute('data-state', 'ready');
  await expect(
    app.getByRole('list', { name: "Today's sessions" }).getByRole('listitem').first(),
  ).toBeVisible();
});

test('a search with no match says so', async ({ app }) => {
  await app.getByRole('searchbox', { name: 'Find a customer' }).fill('zzqxjv');
  await expect(app.getByRole('region', { name: 'Search results' })).toContainText(
    /No (one|customers|results)/i,
  );
});

test('Sync now in demo mode is seen to run, however quick the sync, then the cache is fresh', async ({
  app,
}) => {
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  // The panel stays up for a moment (PANEL_MIN_MS) even when the incremental sync ends within a
  // frame; but on a loaded machine that moment can pass between two of Playwright's looks. So the
  // page itself notes the bar the moment it is drawn, and the test reads the note afterwards.
  await app.evaluate(() => {
    const page = window as { syncBarSeen?: boolean };
    page.syncBarSeen = false;
    const look = () => !!document.querySelector('[role="progressbar"][aria-label="Sync progress"]');
    new MutationObserver((_changes, observer) => {
      if (!look()) return;
      page.syncBarSeen = true;
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => app.evaluate(() => (window as { syncBarSeen?: boolean }).syncBarSeen)).toBe(true);
  await expect(app.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 45_000 });
  await expect(app.getByRole('progressbar', { name: 'Sync progress' })).toBeHidden();
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible();
});
