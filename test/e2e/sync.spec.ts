// E2E (Chromium + web host): a sync started with "Sync now" shows its progress while it runs, can be
// cancelled, and ends with the cache fresh. The back end is a simulator process that holds its
// replies back (a minute of latency) until the test clears its faults, so the run stays on screen
// for as long as the test needs, whatever the machine's speed (against the in-process demo
// simulators an incremental sync can end before the first repaint).
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { simControl } from '../../electron/sim/testing/sim-control';

let sim: SimProcess;
test.beforeEach(async () => {
  sim = await startSimProcess(['--backend', 'reservie']);
});
test.afterEach(async () => {
  await sim.stop();
});

async function connectToSim(app: Page, baseUrl: string) {
  const configured = await app.evaluate(
    (url) =>
      window.frontdesk!.backend.configure({
        backend: 'reservie',
        baseUrl: url,
        apiKey: 'demo-key',
        apiSecret: 'demo-secret',
      }),
    baseUrl,
  );
  expect(configured).toMatchObject({ ok: true, value: { mode: 'live' } });
  // The first full sync of a newly connected back end runs on its own; wait for it to finish.
  await expect(app.getByText('Demo data', { exact: true })).toBeHidden({ timeout: 30_000 });
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 60_000 });
  await expect(app.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 60_000 });
}

/** Holds every reply back (the sync keeps running, retrying any attempt that times out) until clearFaults(). */
const HOLD_REPLIES = { latencyMs: 60_000 };

test('Sync now shows progress while it runs, then the cache is fresh', async ({ app }) => {
  await connectToSim(app, sim.baseUrl);
  await simControl(sim.origin).setFaults(HOLD_REPLIES);

  await app.getByRole('button', { name: 'Sync now' }).click();
  const bar = app.getByRole('progressbar', { name: 'Sync progress' });
  await expect(bar).toBeVisible();
  await expect(app.getByRole('button', { name: 'Cancel' })).toBeVisible();

  await simControl(sim.origin).clearFaults();
  await expect(app.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 60_000 });
  await expect(bar).toBeHidden();
  await expect(app.locator('[data-freshness="fresh"]')).toBeVisible();
});

test('Cancel stops a running sync, and the data already on the device stays searchable', async ({ app }) => {
  await connectToSim(app, sim.baseUrl);
  const before = await app.evaluate(() => window.frontdesk!.cache.counts());
  expect(before).toMatchObject({ ok: true, value: { customers: 2000 } });
  await simControl(sim.origin).setFaults(HOLD_REPLIES);

  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(app.getByRole('progressbar', { name: 'Sync progress' })).toBeVisible();
  await app.getByRole('button', { name: 'Cancel' }).click();

  await expect(app.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 30_000 });
  const state = await app.evaluate(() => window.frontdesk!.sync.state());
  expect(state).toMatchObject({ ok: true, value: { running: false } });
  const after = await app.evaluate(() => window.frontdesk!.cache.counts());
  expect(after).toEqual(before);
});
