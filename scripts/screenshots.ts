// Dev script (Node): `npm run screenshots [-- --review]` makes the README's pictures from the real
// app. It starts the web host in demo mode on a fresh temporary data folder, drives the real
// renderer in Chromium and writes the PNGs to docs/screenshots/. Demo mode's simulators take no
// faults (their /_sim controls are off), so the syncing and offline pictures connect the desk to
// both back ends as simulator processes (`npm run sim`), then slow them down through /_sim or stop
// them. `--review` also writes every scene at each supported window size to
// test-results/screenshots/ for a look by eye.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AppStatus } from '../shared/domain/backend';
import { simControl } from '../electron/sim/testing/sim-control';
import { CHROMIUM_ARGS, findChromium } from '../test/support/chromium';
import { startSimPair, type SimPair } from '../test/support/sim-pair';
import { placesLeft } from '../test/support/demo-room';
import { startWebHostProcess, stopProcess, type WebHostProcess } from '../test/support/web-host-process';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const README_DIR = join(ROOT, 'docs/screenshots');
const REVIEW_DIR = join(ROOT, 'test-results/screenshots');
/** The README's size, then the other sizes the desk must hold at (down to a 768 px tablet, up to a portrait kiosk). */
const README_SIZE = { width: 1280, height: 800 };
const REVIEW_SIZES = [
  README_SIZE,
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 1080, height: 1920 },
];
/** First syncs of both demo simulators can take a while on a loaded 2-core machine. */
const SYNC_TIMEOUT = 120_000;

interface Scene {
  name: string;
  /** A taller window for the README picture (Setup with its error does not fit in 800 px). */
  readmeHeight?: number;
  /** The README picture's own window size instead (the kiosk is a 1080×1920 portrait screen). */
  readmeSize?: { width: number; height: number };
  /** Connect the desk to simulator processes (with /_sim controls) instead of staying in demo mode. */
  sims?: true;
  /** Drives a freshly opened, synced desk into the state to capture. */
  act: (page: Page, ctx: SceneContext) => Promise<void>;
}

interface SceneContext {
  /** The simulator processes the desk is connected to, for scenes with `sims`. */
  sims: SimPair | null;
}

const SCENES: Scene[] = [
  {
    name: 'home-demo-results',
    act: async (page) => {
      await searchFor(page, await demoCustomerWithPasses(page));
    },
  },
  {
    name: 'syncing',
    sims: true,
    act: async (page, { sims }) => {
      // Slow replies keep a full sync on screen long enough to be seen part-way through.
      await simControl(sims!.reservie.origin).setFaults({ latencyMs: 400 });
      await simControl(sims!.resmark.origin).setFaults({ latencyMs: 400 });
      await page.evaluate(() => window.frontdesk!.sync.start({ full: true }));
      await page.getByRole('progressbar', { name: 'Sync progress' }).waitFor();
      await page.waitForFunction(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="Sync progress"]');
        return Number(bar?.getAttribute('aria-valuenow') ?? 0) > 0;
      });
    },
  },
  {
    name: 'setup-error',
    readmeHeight: 1200,
    act: async (page) => {
      const reservieBaseUrl = await demoBaseUrl(page, 'reservie');
      await page.getByRole('button', { name: 'Connect your booking system' }).click();
      await page.getByRole('radio', { name: /Reservie/ }).check();
      await page.getByRole('radio', { name: /Custom/ }).check();
      await page.getByLabel('Server address').fill(reservieBaseUrl);
      await page.getByLabel('API key', { exact: true }).fill('demo-key');
      await page.getByLabel('API secret').fill('not-the-secret');
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'checkin',
    act: async (page) => {
      // A booked customer on a class whose check-in window is open: checked in, nothing spent.
      const { name, email } = await page.evaluate(async () => {
        const api = window.frontdesk!;
        for (const q of ['an', 'ma', 'el', 'ar', 'li']) {
          const r = await api.customers.search({ query: q, limit: 100 });
          if (!r.ok) throw new Error(r.error.message);
          for (const hit of r.value) {
            if (hit.kind !== 'customer' || !hit.email) continue;
            const o = await api.checkin.options({ customerId: hit.id });
            const session = o.ok ? o.value.sessions.find((s) => s.id === o.value.defaultSessionId) : null;
            if (session?.booked && session.open && !session.checkedIn)
              return { name: hit.name, email: hit.email };
          }
        }
        throw new Error('no booked demo customer with an open session');
      });
      // By e-mail, so the one card on screen is theirs.
      await page.getByRole('searchbox', { name: 'Find a customer' }).fill(email);
      const card = page.getByRole('region', { name: 'Search results' }).getByRole('article', { name });
      await card.getByRole('button', { name: 'Open check-in' }).click();
      const panel = card.getByRole('region', { name: 'Check-in' });
      await panel.getByRole('button', { name: 'Check in', exact: true }).click();
      await panel.getByRole('status').filter({ hasText: 'Checked in' }).waitFor();
    },
  },
  {
    name: 'kiosk-start',
    readmeSize: { width: 1080, height: 1920 },
    act: async (page) => {
      // A guest has typed their name: the one match, first name and last initial only.
      const guest = await kioskGuest(page);
      await enterKiosk(page);
      await page.getByRole('searchbox', { name: KIOSK_START }).fill(guest.name);
      await page
        .getByRole('group', { name: 'Tap your name' })
        .getByRole('button', { name: guest.publicName })
        .waitFor();
    },
  },
  {
    name: 'kiosk-result',
    readmeSize: { width: 1080, height: 1920 },
    act: async (page) => {
      const guest = await kioskGuest(page);
      await enterKiosk(page);
      await page.getByRole('searchbox', { name: KIOSK_START }).fill(guest.name);
      await page
        .getByRole('group', { name: 'Tap your name' })
        .getByRole('button', { name: guest.publicName })
        .click();
      await page.getByRole('button', { name: 'Yes, check me in' }).click();
      await page.getByRole('heading', { level: 1, name: `You're checked in, ${guest.publicName}` }).waitFor();
    },
  },
  {
    name: 'offline',
    sims: true,
    act: async (page, { sims }) => {
      const name = await demoCustomerWithPasses(page);
      // Offline for real: both servers are gone.
      await sims!.stop();
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page.locator('[data-connection="offline"]').first().waitFor({ timeout: SYNC_TIMEOUT });
      await page.getByRole('button', { name: 'Sync now' }).waitFor();
      await searchFor(page, name);
    },
  },
];

const KIOSK_START = 'Scan your card, or type your name or e-mail';

/** Sets a staff PIN and enters kiosk mode as Settings would, then waits for the kiosk's start screen. */
async function enterKiosk(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = window.frontdesk!;
    const set = await api.kiosk.setPin({ pin: '2468' });
    if (!set.ok) throw new Error(set.error.message);
    const entered = await api.kiosk.enter();
    if (!entered.ok) throw new Error(entered.error.message);
  });
  await page.getByRole('heading', { level: 1, name: KIOSK_START }).waitFor();
}

/** A demo walk-in the kiosk can check in: a pass, the default session open with room, one match by name. */
async function kioskGuest(page: Page): Promise<{ name: string; publicName: string }> {
  const rooms = await placesLeft(page);
  return page.evaluate(async (rooms) => {
    const api = window.frontdesk!;
    // A walk-in with a pass if the class open now has a place left, else a booked guest (let in
    // whether or not it is full).
    for (const kind of ['walkIn', 'booked'] as const)
      for (const q of ['an', 'ar', 'el', 'ma', 'li', 'on', 'ch', 'ja', 'ro', 'sa']) {
        const r = await api.customers.search({ query: q, limit: 100 });
        if (!r.ok) throw new Error(r.error.message);
        for (const hit of r.value) {
          if (hit.kind !== 'customer') continue;
          const o = await api.checkin.options({ customerId: hit.id });
          if (!o.ok) continue;
          const session = o.value.sessions.find((s) => s.id === o.value.defaultSessionId);
          if (!session || session.checkedIn) continue;
          const fits =
            kind === 'booked'
              ? session.booked
              : !session.booked && o.value.defaultPassId !== null && (rooms[session.id] ?? 0) > 0;
          if (!fits) continue;
          const found = await api.checkin.kioskFind({ text: hit.name });
          if (found.ok && found.value.matches.length === 1 && found.value.matches[0]!.customerId === hit.id)
            return { name: hit.name, publicName: found.value.matches[0]!.displayName };
        }
      }
    throw new Error('no demo customer fits a kiosk walk-in');
  }, rooms);
}

async function searchFor(page: Page, name: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Find a customer' }).fill(name);
  await page.getByRole('article', { name }).first().waitFor();
}

/** A customer the demo simulator really holds, with passes, found through the contract. */
async function demoCustomerWithPasses(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const r = await window.frontdesk!.customers.search({ query: 'mar' });
    if (!r.ok) throw new Error(r.error.message);
    const hit = r.value.find((h) => h.kind === 'customer' && h.passes.length > 0);
    if (!hit) throw new Error('no demo customer with passes matches "mar"');
    return hit.name;
  });
}

/** Demo mode's address for one back end, as the desk reports it. */
async function demoBaseUrl(page: Page, backend: 'reservie' | 'resmark'): Promise<string> {
  const status = await page.evaluate(() => window.frontdesk!.app.status());
  if (!status.ok) throw new Error(status.error.message);
  const found = (status.value as AppStatus).backends.find((b) => b.backend === backend);
  if (found?.mode !== 'demo' || !found.baseUrl)
    throw new Error(`demo mode reports no address for ${backend}`);
  return found.baseUrl;
}

/**
 * Connects the desk to each simulator process in turn, as Setup would, waiting for its first sync
 * (a run already going would skip the next back end's), then hides the sign-in warning this host
 * shows for live credentials, as staff may, so the picture shows only the state it is about.
 */
async function connectToSims(page: Page, sims: SimPair): Promise<void> {
  const connections = page.getByRole('list', { name: 'Connections' });
  for (const credentials of sims.credentials) {
    const configured = await page.evaluate((c) => window.frontdesk!.backend.configure(c), credentials);
    if (!configured.ok) throw new Error(`connecting ${credentials.backend}: ${configured.error.message}`);
    const product = credentials.backend === 'reservie' ? 'Reservie' : 'Resmark';
    await connections.getByRole('listitem', { name: `${product} · ${credentials.baseUrl}` }).waitFor();
    await page.locator('[data-freshness="fresh"]').waitFor({ timeout: SYNC_TIMEOUT });
    await page.getByRole('button', { name: 'Sync now', disabled: false }).waitFor({ timeout: SYNC_TIMEOUT });
  }
  const hide = page
    .getByRole('list', { name: 'Desk status' })
    .getByRole('button', { name: 'Hide this warning' });
  if ((await hide.count()) > 0) await hide.click();
}

/** Each picture on its own web host and data folder, so none depends on the one before. */
async function shoot(
  browser: Browser,
  scene: Scene,
  size: { width: number; height: number },
  review: boolean,
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-screens-'));
  const { host, child } = await startWebHostProcess(dataDir);
  let sims: SimPair | null = null;
  try {
    const readme = size === README_SIZE;
    const viewport =
      readme && scene.readmeSize
        ? scene.readmeSize
        : readme && scene.readmeHeight
          ? { ...size, height: scene.readmeHeight }
          : size;
    const page = await browser.newPage({ viewport });
    await openSyncedDesk(page, host);
    if (scene.sims) {
      sims = await startSimPair();
      await connectToSims(page, sims);
    }
    await scene.act(page, { sims });
    await page.evaluate(() => document.fonts.ready);
    const files = [
      ...(readme ? [join(README_DIR, `${scene.name}.png`)] : []),
      ...(review ? [join(REVIEW_DIR, `${scene.name}-${size.width}x${size.height}.png`)] : []),
    ];
    for (const file of files) {
      await page.screenshot({ path: file, animations: 'disabled' });
      process.stdout.write(`wrote ${file}\n`);
    }
    await page.close();
  } finally {
    await stopProcess(child);
    await sims?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function openSyncedDesk(page: Page, host: WebHostProcess): Promise<void> {
  await page.goto(host.url);
  await page.locator('main[data-state="ready"]').waitFor();
  await page.locator('[data-freshness="fresh"]').waitFor({ timeout: SYNC_TIMEOUT });
}

async function main() {
  const review = process.argv.includes('--review');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  mkdirSync(README_DIR, { recursive: true });
  if (review) mkdirSync(REVIEW_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    for (const scene of SCENES) {
      if (only.length > 0 && !only.includes(scene.name)) continue;
      for (const size of review ? REVIEW_SIZES : [README_SIZE]) await shoot(browser, scene, size, review);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `screenshots failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
