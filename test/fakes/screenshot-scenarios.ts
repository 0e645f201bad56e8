// Dev script data (Node): the screens and states the screenshot script captures, and how to reach each.
import type { Page } from 'playwright-core';
import type { Scenario } from './screenshot';

const ready = (page: Page) => page.locator('main[data-state="ready"]').waitFor();

async function searchFor(page: Page, query: string, phase: 'ready' | 'error' = 'ready') {
  await ready(page);
  await page.getByRole('searchbox', { name: 'Find a customer' }).fill(query);
  await page.locator(`[aria-label="Search results"][data-phase="${phase}"]`).waitFor();
  await page
    .locator('[aria-label="Today\'s sessions"][data-state="ready"], section[data-state="ready"]')
    .first()
    .waitFor();
}

async function openSetup(page: Page, via: 'Connect your booking system' | 'Settings') {
  await ready(page);
  await page.getByRole('button', { name: via }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const unauthorized = {
  code: 'UNAUTHORIZED' as const,
  message: 'Reservie answered 401: invalid API key or secret.',
};

export const SCENARIOS: Scenario[] = [
  {
    name: 'home-demo-results',
    fake: { mode: 'demo', lastSyncMinutesAgo: 3 },
    act: (page) => searchFor(page, 'ann'),
  },
  {
    name: 'home-demo-empty',
    fake: { mode: 'demo', lastSyncMinutesAgo: 3 },
    act: async (page) => {
      await ready(page);
      await page.locator('section[data-state="ready"]').waitFor();
    },
  },
  {
    name: 'home-no-results',
    fake: { mode: 'live', lastSyncMinutesAgo: 40 },
    act: (page) => searchFor(page, 'zebedee'),
  },
  {
    name: 'home-search-error',
    fake: {
      mode: 'live',
      errors: {
        search: { code: 'DATABASE', message: "This device's saved data can't be read (the disk is full)." },
        sessions: { code: 'DATABASE', message: "This device's saved data can't be read (the disk is full)." },
      },
    },
    act: (page) => searchFor(page, 'anna', 'error').catch(() => undefined),
  },
  {
    name: 'home-empty-cache',
    fake: { mode: 'live', data: 'none', lastSyncMinutesAgo: null },
    act: async (page) => {
      await ready(page);
      await page.locator('section[data-state="ready"]').waitFor();
    },
  },
  {
    name: 'syncing',
    fake: {
      mode: 'demo',
      lastSyncMinutesAgo: 3,
      sync: {
        runningAtStart: true,
        holdAt: {
          backend: 'reservie',
          resource: 'customers',
          done: 4_200,
          total: 10_000,
          ratePerMinute: 9_800,
        },
      },
    },
    act: async (page) => {
      await page.getByText('Customers 4,200 / 10,000 · 9,800/min').waitFor();
      await searchFor(page, 'mia');
    },
  },
  {
    name: 'syncing-indeterminate',
    fake: {
      mode: 'live',
      live: ['resmark'],
      sync: {
        runningAtStart: true,
        holdAt: { backend: 'resmark', resource: 'orders', done: 1_350, total: null, ratePerMinute: 2_900 },
      },
    },
    act: (page) => page.getByText('Bookings 1,350 · 2,900/min').waitFor(),
  },
  {
    name: 'sync-failed',
    fake: {
      mode: 'live',
      lastSyncMinutesAgo: 95,
      sync: {
        runningAtStart: true,
        tickMs: 30,
        failWith: { reservie: 'Reservie kept answering 503 Service Unavailable.' },
      },
    },
    act: (page) => page.getByRole('button', { name: 'Try again' }).waitFor(),
  },
  {
    name: 'offline',
    fake: {
      mode: 'live',
      connection: 'offline',
      lastSyncMinutesAgo: 300,
      outboxSize: 3,
      secretProtection: 'plain-text',
    },
    at: [14, 5],
    act: (page) => searchFor(page, 'RM-482'),
  },
  {
    name: 'stale-live',
    fake: {
      mode: 'live',
      connection: { reservie: 'online', resmark: 'unknown' },
      lastSyncMinutesAgo: 42,
      outboxSize: 1,
    },
    at: [18, 20],
    act: (page) => searchFor(page, 'priya'),
  },
  {
    name: 'setup-error',
    fake: { mode: 'demo', errors: { configure: unauthorized }, verifyMs: 50 },
    act: async (page) => {
      await openSetup(page, 'Connect your booking system');
      await page.getByLabel('API key', { exact: true }).fill('rsv_live_8c1d2e7f3a');
      await page.getByLabel('API secret').fill('not-the-right-secret');
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'setup-offline-custom',
    fake: {
      mode: 'demo',
      errors: { configure: { code: 'OFFLINE', message: 'connect ECONNREFUSED' } },
      verifyMs: 50,
    },
    act: async (page) => {
      await openSetup(page, 'Connect your booking system');
      await page.getByRole('radio', { name: 'Resmark' }).check();
      await page.getByRole('radio', { name: 'Custom' }).check();
      await page.getByLabel('Server address').fill('https://tours.example-venue.com/public/api');
      await page.getByLabel('User e-mail').fill('desk@harbourtours.com');
      await page.getByLabel('API key').fill('rmk_4b1f0c9e');
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'setup-verifying',
    fake: { mode: 'demo', verifyMs: 60_000 },
    act: async (page) => {
      await openSetup(page, 'Connect your booking system');
      await page.getByLabel('API key', { exact: true }).fill('rsv_live_8c1d2e7f3a');
      await page.getByLabel('API secret').fill('s3cret');
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await page.getByText('Checking these credentials').waitFor();
    },
  },
  {
    name: 'setup-validation',
    fake: { mode: 'demo' },
    act: async (page) => {
      await openSetup(page, 'Connect your booking system');
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await page.getByText('Enter the API secret.').waitFor();
    },
  },
  {
    name: 'setup-live',
    fake: { mode: 'live', secretProtection: 'file-key' },
    act: (page) => openSetup(page, 'Settings'),
  },
  {
    name: 'setup-demo-choice',
    fake: { mode: 'demo' },
    act: async (page) => {
      await openSetup(page, 'Connect your booking system');
      await page.getByRole('radio', { name: 'Demo' }).check();
    },
  },
  {
    name: 'sign-out-dialog',
    fake: { mode: 'live' },
    act: async (page) => {
      await openSetup(page, 'Settings');
      await page.getByRole('button', { name: 'Sign out of Reservie' }).click();
      await page.getByRole('dialog', { name: 'Sign out of Reservie?' }).waitFor();
      await page.getByRole('checkbox', { name: /Also delete this device's saved data/ }).check();
    },
  },
  {
    name: 'sign-out-outbox',
    fake: { mode: 'live', outboxSize: 2 },
    act: async (page) => {
      await openSetup(page, 'Settings');
      await page.getByRole('button', { name: 'Sign out of Resmark' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sign out of Resmark?' });
      await dialog.getByRole('button', { name: 'Sign out', exact: true }).click();
      await dialog.getByRole('alert').waitFor();
    },
  },
  {
    name: 'connected-success',
    fake: { mode: 'demo', verifyMs: 50, sync: { tickMs: 400 } },
    act: async (page) => {
      await openSetup(page, 'Connect your booking system');
      await page.getByLabel('API key', { exact: true }).fill('rsv_live_8c1d2e7f3a');
      await page.getByLabel('API secret').fill('s3cret');
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await page.getByText('Connected to Reservie').waitFor();
      await page.getByRole('progressbar', { name: 'Sync progress' }).waitFor();
    },
  },
  {
    name: 'home-loading',
    fake: { mode: 'live', slow: { sessions: 60_000, search: 60_000 } },
    act: async (page) => {
      await ready(page);
      await page.getByRole('searchbox', { name: 'Find a customer' }).fill('anna');
      await page.getByText('Searching…').waitFor();
    },
  },
  {
    name: 'starting',
    fake: { slow: { status: 60_000 } },
    act: (page) => page.getByText('Opening Frontdesk…').waitFor(),
  },
  {
    name: 'start-failed',
    fake: { errors: { status: { code: 'INTERNAL', message: 'Frontdesk could not reach its core.' } } },
    act: (page) => page.locator('main[data-state="error"]').waitFor(),
  },
  {
    name: 'missing-bridge',
    fake: null,
    act: (page) => page.getByRole('heading', { name: 'This page must be opened from Frontdesk' }).waitFor(),
  },
];
