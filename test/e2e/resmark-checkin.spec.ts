// E2E (Chromium + web host, both back ends as simulator processes): Resmark check-in at the desk.
// A booking found by its confirmation number opens with today's departure and its participants as
// checkboxes, all ticked; "Check in N" records them (on this desk: Resmark has no check-in API),
// Today's count for the departure moves, Undo takes them all back, and after checking in again a
// second try says "already checked in at … on Front desk 2". The departure's list downloads as CSV.
// Axe runs on the panel in each state.
//
// The venue's Resmark window is set wide (a day either side) so that today's seeded departure is
// open whatever time the suite runs; the booking is one the simulator seeded for today, read
// through its public API, never by a fixed id.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  test as base,
  expect,
  connectToSims,
  startWebHostProcess,
  stopProcess,
  type WebHostProcess,
} from './fixtures';
import { expectAccessible } from './axe';
import { RESMARK_VENUE_TIME_ZONE, todaysOrder } from '../support/resmark-checkin-fixture';
import type { TodaySession } from '../../shared/domain/checkin';

const test = base.extend<{ host: WebHostProcess }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-resmark-checkin-'));
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        backends: {},
        deskName: 'Front desk 2',
        checkIn: {
          timeZone: RESMARK_VENUE_TIME_ZONE,
          resmarkMinutesBefore: 24 * 60,
          resmarkMinutesAfter: 24 * 60,
        },
      }),
    );
    const { host, child } = await startWebHostProcess(dataDir);
    await use(host);
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/** Today's checked-in count for one departure, as the core reports it (checkin:today). */
async function checkedInCount(page: Page, departureId: string): Promise<number | null> {
  return page.evaluate(async (id) => {
    const r = await window.frontdesk!.checkin.today();
    if (!r.ok) throw new Error(r.error.message);
    const row = (r.value as TodaySession[]).find((s) => s.backend === 'resmark' && s.id === id);
    return row ? row.checkedIn : null;
  }, departureId);
}

test('a tour booking found by confirmation number: check in, undo, check in, already checked in', async ({
  app,
  sims,
}) => {
  test.setTimeout(180_000);
  await connectToSims(app, sims);
  const order = await todaysOrder(sims.resmark.baseUrl, 2);
  const departureId = order.items[0]!.activityId!;
  const seats = Object.values(order.items[0]!.participants).reduce((a, b) => a + b, 0);

  const search = app.getByRole('searchbox', { name: 'Find a customer' });
  await search.fill(order.confirmation);
  const name = [order.firstName, order.lastName].filter(Boolean).join(' ');
  const card = app.getByRole('region', { name: 'Search results' }).getByRole('article', { name });
  await expect(card.first()).toBeVisible();
  await search.press('Enter');
  const panel = app.getByRole('region', { name: 'Tour check-in' });
  const go = panel.getByRole('button', { name: `Check in ${seats}` });
  await expect(go).toBeFocused();

  // Everyone on the booking is ticked; unticking one changes the count on the button.
  const people = panel.getByRole('group', { name: 'Participants' }).getByRole('checkbox');
  await expect(people).toHaveCount(seats);
  for (let i = 0; i < seats; i++) await expect(people.nth(i)).toBeChecked();
  await people.first().uncheck();
  await expect(panel.getByRole('button', { name: `Check in ${seats - 1}` })).toBeVisible();
  await people.first().check();
  await expectAccessible(app, 'tour check-in panel, ready');

  await go.click();
  const result = panel.getByRole('status');
  await expect(result).toContainText(`${seats} checked in`);
  await expect(result).toContainText('Recorded on this desk');
  await expect.poll(() => checkedInCount(app, departureId)).toBe(seats);
  // Whether the departure has ended depends on the hour the test runs (the venue's late morning:
  // a 9:00 trip has, an 11:00 one has not), and ended ones fold away under "Earlier today". Open
  // the fold when it is there and shut, so the row shows either way, even if it ends meanwhile.
  const earlier = app.getByRole('button', { name: /^Earlier today/ });
  await expect(async () => {
    if ((await earlier.count()) > 0 && (await earlier.getAttribute('aria-expanded')) === 'false') {
      await earlier.click();
    }
    await expect(
      app.locator('li.session[data-source="resmark"]').filter({ hasText: `${seats} checked in` }),
    ).not.toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expectAccessible(app, 'tour check-in panel, checked in');

  await panel.getByRole('button', { name: 'Undo check-in' }).click();
  await expect(panel.getByRole('status')).toContainText(`${seats} check-ins undone`);
  await expect.poll(() => checkedInCount(app, departureId)).toBe(0);

  await panel.getByRole('button', { name: `Check in ${seats}` }).click();
  await expect(panel.getByRole('status')).toContainText(`${seats} checked in`);
  await panel.getByRole('button', { name: `Check in ${seats}` }).click();
  await expect(panel.getByRole('status')).toContainText(/Already checked in at \d{1,2}:\d\d on Front desk 2/);
  await expect(panel.getByRole('button', { name: 'Undo check-in' })).toHaveCount(0);
  expect(await checkedInCount(app, departureId)).toBe(seats);
  await expectAccessible(app, 'tour check-in panel, already checked in');

  // The departure's list, as the file staff keep (Resmark has no record of it).
  const downloading = app.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download this departure’s check-ins (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`checkins-${departureId.replace(/[^A-Za-z0-9_-]+/g, '_')}.csv`);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\r\n');
  // The header, the first check-ins (undone, marked so) and the second ones.
  expect(csv).toHaveLength(1 + 2 * seats);
  expect(csv.slice(1).every((line) => line.includes(`,${order.confirmation},Order,`))).toBe(true);
});

test('a scanned confirmation number opens the booking at once; some now, the rest with Resmark stopped', async ({
  app,
  sims,
}) => {
  test.setTimeout(180_000);
  await connectToSims(app, sims);
  const order = await todaysOrder(sims.resmark.baseUrl, 2);
  const seats = Object.values(order.items[0]!.participants).reduce((a, b) => a + b, 0);
  const search = app.getByRole('searchbox', { name: 'Find a customer' });
  await search.focus();

  // A keyboard-wedge scanner: the whole number and Enter as one burst of key presses in the page.
  await app.evaluate((code) => {
    const input = document.activeElement as HTMLElement;
    for (const key of [...code, 'Enter'])
      input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, order.confirmation);
  const panel = app.getByRole('region', { name: 'Tour check-in' });
  await expect(panel.getByRole('button', { name: `Check in ${seats}` })).toBeVisible();
  const people = panel.getByRole('group', { name: 'Participants' }).getByRole('checkbox');
  const first = await people.first().evaluate((el) => el.closest('label')!.textContent!.trim());
  await people.first().uncheck();
  await panel.getByRole('button', { name: `Check in ${seats - 1}` }).click();
  await expect(panel.getByRole('status')).toContainText(`${seats - 1} checked in`);
  await expect(search).toBeFocused();

  // Resmark is not needed at the door: the booking is in the saved copy, the ledger on this desk.
  await sims.resmark.stop();
  await panel.getByRole('button', { name: `Check in ${seats}` }).click();
  const result = panel.getByRole('status');
  await expect(result).toContainText(`1 checked in, ${seats - 1} already in`);
  await expect(panel.getByRole('group', { name: 'Participants' })).toContainText(/In at \d{1,2}:\d\d/);
  await expect(panel.getByRole('checkbox', { name: new RegExp(`^${first}`) })).toBeChecked();
  await expectAccessible(app, 'tour check-in panel, some already in');
});
