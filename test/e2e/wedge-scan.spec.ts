// E2E (Chromium + web host, demo mode): a keyboard-wedge barcode scanner — the code typed by the
// keyboard as one fast burst, then Enter — goes straight to that person, whether the code is their
// customer id, one of their passes' ids or their e-mail; the same keys typed at a person's pace are a
// search. Real key presses through Chromium's keyboard input (see test/support/wedge-scanner.ts).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { findScanTarget } from '../support/demo-scan-target';
import { scanWithWedge } from '../support/wedge-scanner';

async function expectScannedOpen(page: Page, name: string) {
  const scanned = page
    .getByRole('region', { name: 'Search results' })
    .getByRole('article', { name })
    .filter({ hasText: 'Scanned' });
  await expect(scanned).toBeVisible();
  await expect(scanned.getByRole('region', { name: 'Check-in' })).toBeVisible();
  // The scan was not left in the field as a search.
  await expect(page.getByRole('searchbox', { name: 'Find a customer' })).toHaveValue('');
}

async function closeScanned(page: Page, name: string) {
  const scanned = page.getByRole('article', { name }).filter({ hasText: 'Scanned' });
  await scanned.getByRole('button', { name: 'Close' }).click();
  await expect(scanned).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Find a customer' }).focus();
}

test('a scanner burst of a customer id, a pass id or an e-mail opens that customer', async ({ app }) => {
  const person = await findScanTarget(app);
  const search = app.getByRole('searchbox', { name: 'Find a customer' });
  await search.focus();

  for (const code of [person.id, person.passId, person.email]) {
    await scanWithWedge(app, code);
    await expectScannedOpen(app, person.name);
    await closeScanned(app, person.name);
  }
});

test('the same keys typed at a person’s pace are a search, not a scan', async ({ app }) => {
  const person = await findScanTarget(app);
  const search = app.getByRole('searchbox', { name: 'Find a customer' });
  const results = app.getByRole('region', { name: 'Search results' });
  await search.focus();

  // Ids are not searched by name: a typed customer id finds nobody, and nothing opens.
  await search.pressSequentially(person.id, { delay: 80 });
  await search.press('Enter');
  await expect(results).toContainText(`No customers match “${person.id}”`);
  await expect(app.getByText('Scanned', { exact: true })).toHaveCount(0);

  // A typed e-mail lists them as a search result (not opened as a scan).
  await search.fill('');
  await search.pressSequentially(person.email, { delay: 80 });
  await expect(search).toHaveValue(person.email);
  await expect(results.getByRole('article', { name: person.name })).toBeVisible();
  await expect(app.getByText('Scanned', { exact: true })).toHaveCount(0);
});
