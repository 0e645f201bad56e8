// E2E (Chromium + web host, demo mode): every control on every desk screen is at least 44 × 44 px,
// measured in the real layout — home, search results, a customer with check-in, and Setup.
import { test, expect } from './fixtures';
import { smallTouchTargets } from './touch-targets';

test('every control on the desk screens is at least 44 px each way', async ({ app }) => {
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  const screens: [string, () => Promise<void>][] = [
    ['home', async () => {}],
    [
      'search results',
      async () => {
        await app.getByRole('searchbox', { name: 'Find a customer' }).fill('mar');
        await expect(app.getByRole('list', { name: 'Customers found' })).toBeVisible();
      },
    ],
    [
      'a customer',
      async () => {
        await app.getByRole('list', { name: 'Customers found' }).getByRole('button').first().click();
        await expect(app.getByRole('list', { name: 'Passes' }).first()).toBeVisible();
      },
    ],
    [
      'setup',
      async () => {
        await app.getByRole('button', { name: 'Settings' }).click();
        await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
      },
    ],
  ];
  for (const [screen, open] of screens) {
    await open();
    const { measured, small } = await smallTouchTargets(app);
    expect(measured, `controls measured on ${screen}`).toBeGreaterThan(2);
    expect(small, screen).toEqual([]);
  }
});
