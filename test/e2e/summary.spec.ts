// E2E (Chromium + web host, demo mode's built-in simulators): the day summary. An empty day says
// so; a walk-up sale made through the desk's own call (window.frontdesk.sales.sell, the call the
// sale screens make) then shows under its tender and its booking system, the unsent part says
// everything is sent, and "Download CSV" gives a file holding the sale's row. Axe on both states.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { expectAccessible } from './axe';

test("a sale shows in today's summary under its tender, and the day's CSV holds its row", async ({ app }) => {
  test.setTimeout(180_000);
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });

  await app.getByRole('button', { name: "Today's summary" }).click();
  await expect(app.getByRole('heading', { level: 1, name: "Today's summary" })).toBeVisible();
  await expect(app.getByText('No sales yet today')).toBeVisible();
  await expectAccessible(app, 'day summary, empty day');

  // A session the demo's Reservie holds with room, found through the contract, never hard-coded.
  const receipt = await app.evaluate(async () => {
    const now = Date.now();
    const listed = await window.frontdesk!.sessions.list({
      from: new Date(now).toISOString(),
      to: new Date(now + 7 * 86_400_000).toISOString(),
    });
    if (!listed.ok) throw new Error(listed.error.message);
    const session = listed.value.find((s) => s.source === 'reservie' && (s.spacesAvailable ?? 1) > 0);
    if (!session) throw new Error('no Reservie session with room in the demo data');
    const sold = await window.frontdesk!.sales.sell({
      backend: 'reservie',
      sessionId: session.id,
      email: `summary.walkup.${now}@example.com`,
      firstName: 'Summary',
      lastName: 'Walkup',
      payment: { kind: 'pay', tender: 'card' },
      joinWaitingList: false,
    });
    if (!sold.ok) throw new Error(sold.error.message);
    return sold.value;
  });
  expect(receipt).toMatchObject({ state: 'sent', tender: 'card', backend: 'reservie' });

  // The screen follows the queue moving; Try again is not needed, but reading again is harmless.
  await app.getByRole('button', { name: 'Back to the desk' }).click();
  await app.getByRole('button', { name: "Today's summary" }).click();
  const byTender = app.getByRole('table', { name: 'By payment' });
  await expect(byTender).toBeVisible();
  const cardRow = byTender.getByRole('row', { name: /^Card/ });
  await expect(cardRow.getByRole('cell').first()).toHaveText('1');
  await expect(cardRow.getByRole('cell').nth(1)).toHaveText(String(receipt.places));
  await expect(cardRow.getByRole('cell').nth(2)).toHaveText(receipt.total?.formatted ?? '—');
  await expect(byTender.getByRole('row', { name: /^Cash/ })).toHaveCount(0);
  const byBackend = app.getByRole('table', { name: 'By booking system' });
  await expect(
    byBackend
      .getByRole('row', { name: /^Reservie/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1');
  await expect(app.getByText('Everything this desk took is at the booking system.')).toBeVisible();
  await expect(app.getByRole('table').filter({ hasText: 'Checked in' })).toBeVisible();
  await expectAccessible(app, 'day summary with a sale');

  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sales-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toMatch(/^referenceId,backend,state,tender,places,total,currency,/);
  const row = rows.find((r) => r.startsWith(`${receipt.referenceId},`));
  expect(row).toBeDefined();
  expect(row).toContain(',reservie,sent,card at the desk,1,');

  await app.getByRole('button', { name: 'Open the queue' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();
});
