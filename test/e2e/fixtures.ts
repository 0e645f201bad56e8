// E2E fixtures (Node): every test gets its own data folder and its own web host process, started
// exactly as `npm run start:web` starts it, and a page opened at the address it printed.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHostProcess, stopProcess, type WebHostProcess } from '../support/web-host-process';
import { reservieCredentials, startSimPair, type SimPair } from '../support/sim-pair';

export { reservieCredentials, startWebHostProcess, stopProcess, type WebHostProcess };

export const test = base.extend<{ host: WebHostProcess; app: Page; sims: SimPair }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-'));
    const { host, child } = await startWebHostProcess(dataDir);
    await use(host);
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.locator('main[data-state="ready"]')).toBeVisible();
    await use(page);
  },
  /** Both back ends as simulator processes with their /_sim controls (demo mode's have none). */
  // eslint-disable-next-line no-empty-pattern
  sims: async ({}, use) => {
    const sims = await startSimPair();
    await use(sims);
    await sims.stop();
  },
});

/**
 * Connects the desk to simulator processes (both of a pair, or only those whose `credentials` are
 * given), as Setup would, one at a time: a run already going when the second is connected does not
 * read it (its plan was fixed at its start; the scheduler runs another after it), so each waits for
 * its chip, with the simulator's address, and for the desk to be fresh.
 */
export async function connectToSims(app: Page, sims: Pick<SimPair, 'credentials'>): Promise<void> {
  const connections = app.getByRole('list', { name: 'Connections' });
  for (const credentials of sims.credentials) {
    const configured = await app.evaluate((c) => window.frontdesk!.backend.configure(c), credentials);
    expect(configured).toMatchObject({ ok: true, value: { mode: 'live' } });
    const product = credentials.backend === 'reservie' ? 'Reservie' : 'Resmark';
    await expect(
      connections.getByRole('listitem', { name: `${product} · ${credentials.baseUrl}` }),
    ).toBeVisible();
    await expect(app.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 60_000 });
    await expect(app.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 60_000 });
  }
  await expect(app.getByText('Demo data', { exact: true })).toBeHidden();
}

export { expect };
