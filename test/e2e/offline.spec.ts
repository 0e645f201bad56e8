// E2E (Chromium + web host): when the back end goes down the desk says it is offline, keeps
// serving search from this device's cache, and switches back by itself when the server returns.
import { connectToSims, expect, reservieCredentials, test } from './fixtures';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { simControl } from '../../electron/sim/testing/sim-control';

let sim: SimProcess;
test.beforeEach(async () => {
  sim = await startSimProcess(['--backend', 'reservie']);
});
test.afterEach(async () => {
  await sim.stop();
});

/** Offline, the core probes the server with backoff up to a minute apart (connectivity.ts). */
const NEXT_PROBE_MS = 60_000 + 5_000 /* the probe's own timeout */ + 5_000;

test('offline is shown, the cache still answers, and online returns on its own', async ({ app }) => {
  // However long the steps below take, the server's return is seen by the next probe.
  test.setTimeout(60_000 + NEXT_PROBE_MS);
  await connectToSims(app, { credentials: [reservieCredentials(sim)] });
  const chip = app.locator('[data-backend="reservie"]');
  await expect(chip).toHaveAttribute('data-connection', 'online');

  await simControl(sim.origin).setFaults({ down: true });
  await app.getByRole('button', { name: 'Sync now' }).click();
  await expect(chip).toHaveAttribute('data-connection', 'offline', { timeout: 30_000 });
  await expect(app.getByText("Offline — working from this device's saved data")).toBeVisible();

  // Search is served from the local cache while the server is down.
  const name = await app.evaluate(async () => {
    const r = await window.frontdesk!.customers.search({ query: 'mar' });
    return r.ok ? r.value[0]!.name : r.error.message;
  });
  await app.getByRole('searchbox', { name: 'Find a customer' }).fill(name);
  await expect(app.getByRole('article', { name }).first()).toBeVisible();

  await simControl(sim.origin).clearFaults();
  await expect(chip).toHaveAttribute('data-connection', 'online', { timeout: NEXT_PROBE_MS });
  await expect(app.getByText("Offline — working from this device's saved data")).toBeHidden();
});
