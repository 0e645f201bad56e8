// E2E fixtures (Node): every test gets its own data folder and its own web host process, started
// exactly as `npm run start:web` starts it, and a page opened at the address it printed.
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHostProcess, stopProcess, type WebHostProcess } from '../support/web-host-process';

export { startWebHostProcess, stopProcess, type WebHostProcess };

export const test = base.extend<{ host: WebHostProcess; app: Page }>({
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
});

export { expect };
