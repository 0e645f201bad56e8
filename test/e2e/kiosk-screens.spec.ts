// E2E (Chromium + web host, demo mode): the self-service kiosk's screens. Staff start kiosk mode
// from Setup; a guest finds themself by name, taps once and sees the session and the uses left; the
// kiosk goes back to its start on its own; staff leave with the PIN (wrong, then right). Started
// with `--kiosk`, an idle guest is forgotten: no name, e-mail or id left in the DOM or in storage,
// and a new JS heap (the page was reloaded). Wrong PINs lock with the time it opens; a kiosk whose
// host is gone says "Out of order". Axe runs on every kiosk screen.
//
// Time: Playwright's clock runs the page's timers, so the idle reset and the result's few seconds
// are jumped over (clock.fastForward), never waited for in real time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startWebHostProcess, stopProcess } from './fixtures';
import { expectAccessible } from './axe';
import { smallTouchTargets } from './touch-targets';
import { placesLeft } from '../support/demo-room';

const PIN = '2468';
const START = 'Scan your card, or type your name or e-mail';
/** The kiosk's defaults (shared/domain/limits.ts KIOSK_IDLE_SECONDS, KioskShell RESULT_SECONDS), plus a margin. */
const IDLE_MS = 45_000 + 1_000;
const RESULT_MS = 8_000 + 1_000;

interface Guest {
  id: string;
  name: string;
  email: string;
  publicName: string;
  sessionName: string;
  /** What the result screen says of their pass: the uses left (a walk-in), or that nothing was taken. */
  passLine: string;
}

/** A data folder whose check-in window is a day either side, so today's demo sessions are open. */
function dataFolder(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-kiosk-screens-'));
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({
      backends: {},
      checkIn: { reservieOpensMinutesBefore: 24 * 60, reservieClosesMinutesAfterEnd: 24 * 60 },
    }),
  );
  return dataDir;
}

/**
 * A demo customer who would be checked in as a walk-in to their default session (open, not booked,
 * a valid pass) on a default session with a place left (the desk refuses a walk-in to a full one),
 * and whom the kiosk finds alone by their full name. Found through the
 * desk's contract from the deterministic demo seed, never by id.
 *
 * The kiosk asks the core for the default session again when the guest says yes, and the default
 * (the soonest class still to start) moves on when that class starts: a class starting within the
 * test's budget is no guest's default here (at 10:29 on a Saturday it would be Pilates Mat, and at
 * 10:30 Climbing Intro).
 */
async function findGuest(page: Page): Promise<Guest> {
  await expect(page.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  const rooms = await placesLeft(page);
  const guest = await page.evaluate(
    async ({ rooms, budgetMs }) => {
      const api = window.frontdesk!;
      const seen = new Map<string, { name: string; email: string }>();
      for (const q of ['an', 'ar', 'el', 'ma', 'li', 'on', 'ch', 'ja', 'ro', 'sa']) {
        const r = await api.customers.search({ query: q, limit: 100 });
        if (!r.ok) throw new Error(r.error.message);
        for (const h of r.value)
          if (h.kind === 'customer' && h.email) seen.set(h.id, { name: h.name, email: h.email });
      }
      // A walk-in who pays with a pass, if the class open now has a place left; at an hour when it is
      // full (walk-ins are then refused), a booked guest, who is let in whether or not it is full.
      for (const kind of ['walkIn', 'booked'] as const) {
        for (const [id, c] of seen) {
          const o = await api.checkin.options({ customerId: id });
          if (!o.ok) continue;
          const session = o.value.sessions.find((s) => s.id === o.value.defaultSessionId);
          const pass = o.value.passes.find((p) => p.id === o.value.defaultPassId);
          if (!session || session.checkedIn) continue;
          const startsIn = Date.parse(session.startsAt) - Date.now();
          if (startsIn > 0 && startsIn <= budgetMs) continue;
          const fits =
            kind === 'booked' ? session.booked : !session.booked && pass && (rooms[session.id] ?? 0) > 0;
          if (!fits) continue;
          const found = await api.checkin.kioskFind({ text: c.name });
          if (!found.ok || found.value.matches.length !== 1 || found.value.matches[0]!.customerId !== id)
            continue;
          const left = kind === 'walkIn' && pass ? pass.remainingUses - 1 : null;
          return {
            id,
            name: c.name,
            email: c.email,
            publicName: found.value.matches[0]!.displayName,
            sessionName: session.name,
            passLine:
              left === null
                ? 'You were booked: nothing was taken from your pass.'
                : `${left} ${left === 1 ? 'use' : 'uses'} left on your pass`,
          };
        }
      }
      return null;
    },
    { rooms, budgetMs: test.info().timeout },
  );
  if (!guest) throw new Error('no demo customer fits a kiosk walk-in');
  return guest;
}

async function findByName(page: Page, guest: Guest) {
  const field = page.getByRole('searchbox', { name: START });
  await expect(field).toBeFocused();
  // Two characters are not enough to show anyone.
  await field.fill(guest.name.slice(0, 2));
  await expect(page.getByRole('group', { name: 'Tap your name' })).toHaveCount(0);
  await field.fill(guest.name);
  const people = page.getByRole('group', { name: 'Tap your name' });
  await expect(people.getByRole('button', { name: guest.publicName })).toBeVisible();
  // Only the public name is on screen: never the surname, e-mail or a list to browse.
  expect(await people.getByRole('button').count()).toBeLessThanOrEqual(5);
  await expect(page.locator('main')).not.toContainText(guest.email);
  return people.getByRole('button', { name: guest.publicName });
}

async function enterPin(page: Page, pin: string) {
  const pad = page.getByRole('group', { name: 'PIN digits' });
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
}

test('staff start kiosk mode from Setup; a guest checks in by name; the kiosk resets; the PIN leaves', async ({
  page,
}) => {
  const dataDir = dataFolder();
  const { host, child } = await startWebHostProcess(dataDir);
  try {
    await page.clock.install();
    await page.goto(host.url);
    await expect(page.locator('main[data-state="ready"]')).toBeVisible();
    const guest = await findGuest(page);

    // Desk side: Setup sets the staff PIN and starts kiosk mode.
    await page.getByRole('button', { name: 'Settings' }).click();
    const card = page.getByRole('region', { name: 'Self-service kiosk' });
    // Start at login is staff's setting, kept by the core (core-kiosk.test.ts: across a restart).
    const login = card.getByRole('checkbox', { name: 'Open Frontdesk when this computer starts' });
    await expect(login).not.toBeChecked();
    await login.check();
    await expect(login).toBeChecked();
    await expect(login).toBeEnabled();
    expect(await page.evaluate(() => window.frontdesk!.kiosk.state())).toMatchObject({
      ok: true,
      value: { startAtLogin: true },
    });
    await card.getByLabel('New staff PIN').fill('12');
    await card.getByLabel('Repeat the PIN').fill('12');
    await card.getByRole('button', { name: 'Set PIN and start kiosk mode' }).click();
    await expect(card.getByRole('alert')).toHaveText('The staff PIN is 4 to 8 digits.');
    await card.getByLabel('New staff PIN').fill(PIN);
    await card.getByLabel('Repeat the PIN').fill(PIN);
    await expectAccessible(page, 'Setup, kiosk card');
    await card.getByRole('button', { name: 'Set PIN and start kiosk mode' }).click();

    // The kiosk: start screen, then the guest by name, one tap, and the result.
    await expect(page.getByRole('heading', { level: 1, name: START })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Settings' })).toHaveCount(0);
    await expectAccessible(page, 'kiosk start screen');
    const me = await findByName(page, guest);
    await expectAccessible(page, 'kiosk matches');
    await me.click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Check in as ${guest.publicName}?` }),
    ).toBeVisible();
    await expectAccessible(page, 'kiosk confirmation');
    await page.getByRole('button', { name: 'Yes, check me in' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `You're checked in, ${guest.publicName}` }),
    ).toBeVisible();
    await expect(page.locator('main')).toContainText(guest.sessionName);
    await expect(page.locator('main')).toContainText(guest.passLine);
    await expectAccessible(page, 'kiosk success');

    // A few seconds later the kiosk is back at its start, on its own.
    await page.clock.fastForward(RESULT_MS);
    await expect(page.getByRole('heading', { level: 1, name: START })).toBeVisible();
    expect(await page.content()).not.toContain(guest.publicName);

    // Staff: a wrong PIN is refused with the tries left; the right one brings the desk back.
    await page.getByRole('button', { name: 'Staff' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Staff: enter the PIN to leave kiosk mode' }),
    ).toBeVisible();
    await enterPin(page, '1111');
    await expect(page.getByRole('alert')).toHaveText('Wrong PIN. 4 tries left before it locks.');
    await expectAccessible(page, 'kiosk staff PIN, wrong PIN');
    // The keyboard works too: type the PIN into the field and press Enter.
    await page.getByLabel('Staff PIN').fill(PIN);
    await page.getByLabel('Staff PIN').press('Enter');
    await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
    await expect(page.locator('main[data-state="ready"]')).toBeVisible();
  } finally {
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('--kiosk: an idle guest is forgotten (DOM, storage and heap); wrong PINs lock; no host is "Out of order"', async ({
  page,
}) => {
  const dataDir = dataFolder();
  try {
    const desk = await startWebHostProcess(dataDir);
    let guest: Guest;
    try {
      await page.goto(desk.host.url);
      const pinSet = await page.evaluate((pin) => window.frontdesk!.kiosk.setPin({ pin }), PIN);
      expect(pinSet).toMatchObject({ ok: true, value: { outcome: 'pinSet' } });
      guest = await findGuest(page);
    } finally {
      await stopProcess(desk.child);
    }

    const kiosk = await startWebHostProcess(dataDir, {}, ['--kiosk']);
    try {
      await page.clock.install();
      await page.goto(kiosk.host.url);
      await expect(page.getByRole('heading', { level: 1, name: START })).toBeVisible();
      const me = await findByName(page, guest);
      await me.click();
      await expect(
        page.getByRole('heading', { level: 1, name: `Check in as ${guest.publicName}?` }),
      ).toBeVisible();

      // Walk away: after the idle time the kiosk starts afresh.
      await page.evaluate(() => ((window as { guestMarker?: number }).guestMarker = 1));
      await page.clock.fastForward(IDLE_MS);
      await expect(page.getByRole('heading', { level: 1, name: START })).toBeVisible();
      await expect(page.getByRole('searchbox', { name: START })).toHaveValue('');
      const after = await page.evaluate(() => ({
        html: document.documentElement.outerHTML,
        storage: JSON.stringify({ ...sessionStorage, ...localStorage }),
        // A new page: nothing set on the old one survives, the store included.
        marker: (window as { guestMarker?: number }).guestMarker ?? null,
      }));
      expect(after.marker).toBeNull();
      for (const trace of [guest.name, guest.email, guest.publicName, guest.id, guest.sessionName]) {
        expect(after.html, trace).not.toContain(trace);
        expect(after.storage, trace).not.toContain(trace);
      }

      // A keyboard-wedge scan of their card (the customer id, one fast burst ending in Enter) goes
      // straight to them; "No" forgets them again.
      await page.getByRole('searchbox', { name: START }).focus();
      await page.evaluate((code) => {
        const input = document.activeElement as HTMLElement;
        for (const key of [...code, 'Enter'])
          input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }, guest.id);
      await expect(
        page.getByRole('heading', { level: 1, name: `Check in as ${guest.publicName}?` }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'No, go back' }).click();
      await expect(page.getByRole('heading', { level: 1, name: START })).toBeVisible();
      expect(await page.content()).not.toContain(guest.publicName);

      // Wrong PINs: the tries count down, then the lock says when it opens.
      await page.getByRole('button', { name: 'Staff' }).click();
      for (const left of [4, 3, 2, 1]) {
        await enterPin(page, '0000');
        await expect(page.getByRole('alert')).toHaveText(
          `Wrong PIN. ${left} ${left === 1 ? 'try' : 'tries'} left before it locks.`,
        );
      }
      await enterPin(page, '0000');
      await expect(page.getByRole('alert')).toContainText('Too many wrong tries.');
      const state = await page.evaluate(() => window.frontdesk!.kiosk.state());
      if (!state.ok || !state.value.retryAt) throw new Error('the PIN should be locked');
      // In the venue's locale and zone, as the kiosk writes times (lib/format.ts).
      const opens = await page.evaluate(async (iso) => {
        const venue = await window.frontdesk!.app.venue();
        if (!venue.ok) throw new Error(venue.error.message);
        const { locale, timeZone } = venue.value;
        return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(
          new Date(iso),
        );
      }, state.value.retryAt);
      await expect(page.getByRole('alert')).toHaveText(
        `Too many wrong tries. The PIN is locked until ${opens}.`,
      );
      await expectAccessible(page, 'kiosk staff PIN, locked');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('heading', { level: 1, name: START })).toBeVisible();
    } finally {
      await stopProcess(kiosk.child);
    }

    // The host is gone: the next look-up cannot be answered, and the kiosk says so calmly. On a
    // busy machine the page may notice first (its bridge loses the socket and a call it makes
    // fails), so the field may already be gone: a guest typing then is what is left to check.
    const outOfOrder = page.getByRole('heading', { level: 1, name: 'Out of order' });
    const field = page.getByRole('searchbox', { name: START });
    await expect(outOfOrder.or(field)).toBeVisible();
    if (await field.isVisible()) await field.fill('anyone', { timeout: 5_000 }).catch(() => undefined);
    await expect(outOfOrder).toBeVisible();
    await expect(page.locator('main')).toContainText(
      'Sorry, this kiosk is not working right now. Please see the desk.',
    );
    await expectAccessible(page, 'kiosk out of order');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** Every control on screen is at least `min` px each way (the suite's own measure). */
async function expectTargetsAtLeast(page: Page, min: number, screen: string) {
  const { measured, small } = await smallTouchTargets(page, min);
  expect(measured, `controls measured on ${screen}`).toBeGreaterThan(0);
  expect(small, `targets under ${min} px on ${screen}`).toEqual([]);
}

test('--kiosk: kiosk targets are large; staff leaving a kiosk window are told to restart for the desk', async ({
  page,
}) => {
  const dataDir = dataFolder();
  try {
    const desk = await startWebHostProcess(dataDir);
    try {
      await page.goto(desk.host.url);
      const pinSet = await page.evaluate((pin) => window.frontdesk!.kiosk.setPin({ pin }), PIN);
      expect(pinSet).toMatchObject({ ok: true, value: { outcome: 'pinSet' } });
    } finally {
      await stopProcess(desk.child);
    }
    const kiosk = await startWebHostProcess(dataDir, {}, ['--kiosk']);
    try {
      await page.goto(kiosk.host.url);
      await expect(page.getByRole('heading', { level: 1, name: START })).toBeVisible();
      await expectTargetsAtLeast(page, 44, 'the start screen');
      await page.getByRole('button', { name: 'Staff' }).click();
      await expect(page.getByRole('group', { name: 'PIN digits' })).toBeVisible();
      // The PIN pad and its actions are kiosk-sized, well over the desk's 44 px.
      await expectTargetsAtLeast(page, 64, 'the staff PIN pad');
      await expectAccessible(page, 'kiosk staff PIN');
      await enterPin(page, PIN);
      await expect(page.getByRole('heading', { level: 1, name: 'Kiosk mode is off' })).toBeVisible();
      await expect(page.locator('main')).toContainText('start Frontdesk again without --kiosk');
      await expectAccessible(page, 'kiosk mode is off');
    } finally {
      await stopProcess(kiosk.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
