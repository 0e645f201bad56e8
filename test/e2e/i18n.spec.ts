// E2E (Chromium + web host, demo mode): the venue's language. Staff switch the venue to German in
// Settings; the desk speaks German at once and, after a reload, from its very first frame (no
// English flashes up first); axe is clean in German. On the kiosk a guest picks German for
// themself, and the idle reset brings the venue's language back: the pick is never kept.
//
// Time: Playwright's clock runs the kiosk page's timers, so the idle reset is jumped over
// (clock.fastForward), never waited for in real time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, startWebHostProcess, stopProcess } from './fixtures';
import { expectAccessible } from './axe';
import { demoCustomerWithPasses } from '../support/demo-customer';

const PIN = '3579';
const START_EN = 'Scan your card, or type your name or e-mail';
const START_DE = 'Karte scannen oder Namen bzw. E-Mail eingeben';
/** The kiosk's idle time in the settings below, plus a margin. */
const IDLE_SECONDS = 20;
const IDLE_MS = IDLE_SECONDS * 1000 + 1_000;

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

test('the venue switches to German in Settings: the desk speaks German, from the first frame after a reload', async ({
  app,
}) => {
  test.setTimeout(120_000);
  expect(await htmlLang(app)).toBe('en');
  await expect(app.getByRole('searchbox', { name: 'Find a customer' })).toBeVisible();

  await app.getByRole('button', { name: 'Settings' }).click();
  const card = app.getByRole('region', { name: 'Language' });
  // Each language is named in itself, whatever the screen's language.
  await expect(card.getByRole('radio', { name: 'English' })).toBeChecked();
  await card.getByRole('radio', { name: 'Deutsch' }).check();
  const sprache = app.getByRole('region', { name: 'Sprache' });
  await expect(sprache.getByRole('radio', { name: 'Deutsch' })).toBeChecked();
  await expect(sprache.getByRole('radio', { name: 'English' })).not.toBeChecked();
  expect(await htmlLang(app)).toBe('de');
  expect(await app.evaluate(() => window.frontdesk!.app.venue())).toMatchObject({
    ok: true,
    value: { language: 'de' },
  });
  await expectAccessible(app, 'Setup in German');

  // A new page starts in German: the core kept the choice. Any English search label, even for one
  // frame before the language was known, would be caught by this observer.
  await app.addInitScript(() => {
    const seen = { english: false };
    (window as { i18nSeen?: typeof seen }).i18nSeen = seen;
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Find a customer')) seen.english = true;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await app.reload();
  await expect(app.locator('main[data-state="ready"]')).toBeVisible();
  expect(await htmlLang(app)).toBe('de');
  const search = app.getByRole('searchbox', { name: 'Kunden suchen' });
  await expect(search).toBeVisible();
  const results = app.getByRole('region', { name: 'Suchergebnisse' });
  await expect(results.getByText('Nach Name, E-Mail, Telefon oder Buchungsnummer suchen')).toBeVisible();
  await expectAccessible(app, 'desk home in German');

  // A customer (not a tour booking) with passes, once the demo sync has settled what search finds.
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  // Told apart by e-mail too: the demo data has namesakes.
  const { name, email } = await demoCustomerWithPasses(app);
  await search.fill('mar');
  const found = results.getByRole('list', { name: 'Gefundene Kunden' });
  await expect(found).toBeVisible();
  await expect(results.getByRole('status')).toContainText('für „mar“');
  const customer = found.getByRole('article', { name, exact: true }).filter({ hasText: email });
  await expect(customer.getByRole('list', { name: 'Karten' })).toBeVisible();
  await customer.getByRole('button', { name: 'Check-in öffnen' }).click();
  await expect(customer.getByRole('region', { name: 'Check-in', exact: true })).toBeVisible();
  await expect(customer.getByRole('button', { name: 'Einchecken', exact: true })).toBeVisible();
  await expect(customer.getByRole('group', { name: 'Bezahlt mit' })).toBeVisible();
  await expectAccessible(app, 'check-in in German');
  expect(await app.evaluate(() => (window as { i18nSeen?: { english: boolean } }).i18nSeen)).toEqual({
    english: false,
  });
});

/** A data folder whose kiosk resets after IDLE_SECONDS, with a staff PIN set, and the host started with `--kiosk`. */
async function withKiosk(page: Page, venue: object, run: () => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-i18n-'));
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({ backends: {}, kiosk: { idleSeconds: IDLE_SECONDS }, venue }),
  );
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
      await page.clock.install();
      await page.goto(kiosk.host.url);
      await run();
    } finally {
      await stopProcess(kiosk.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

test('--kiosk: a guest switches to German; the idle reset brings the venue language back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await withKiosk(page, {}, async () => {
    await expect(page.getByRole('heading', { level: 1, name: START_EN })).toBeVisible();
    expect(await htmlLang(page)).toBe('en');
    const languages = page.getByRole('group', { name: 'Language' });
    await expect(languages.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await languages.getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.getByRole('heading', { level: 1, name: START_DE })).toBeVisible();
    expect(await htmlLang(page)).toBe('de');
    const sprache = page.getByRole('group', { name: 'Sprache' });
    await expect(sprache.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Personal' })).toBeVisible();
    await expectAccessible(page, 'kiosk start screen in German');
    // The guest's pick is theirs alone: the venue's language is unchanged.
    expect(await page.evaluate(() => window.frontdesk!.app.venue())).toMatchObject({
      ok: true,
      value: { language: 'en' },
    });

    // The guest walks away: after the idle time the kiosk starts afresh, in the venue's language.
    await page.evaluate(() => ((window as { guestMarker?: number }).guestMarker = 1));
    await page.clock.fastForward(IDLE_MS);
    await expect(page.getByRole('heading', { level: 1, name: START_EN })).toBeVisible();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.evaluate(() => (window as { guestMarker?: number }).guestMarker ?? null)).toBeNull();
    await expect(languages.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(page, 'kiosk start screen after the reset');
  });
});

test('--kiosk at a German venue: it starts in German, and an English guest is reset to German', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await withKiosk(page, { language: 'de' }, async () => {
    await expect(page.getByRole('heading', { level: 1, name: START_DE })).toBeVisible();
    expect(await htmlLang(page)).toBe('de');
    await page.getByRole('group', { name: 'Sprache' }).getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: START_EN })).toBeVisible();
    expect(await htmlLang(page)).toBe('en');
    await page.clock.fastForward(IDLE_MS);
    await expect(page.getByRole('heading', { level: 1, name: START_DE })).toBeVisible();
    expect(await htmlLang(page)).toBe('de');
  });
});
