// Playwright _electron smoke (Node driving real Electron): the built app opens its window, the page has
// window.frontdesk and no Node, a call round-trips, and navigation away from the app is refused.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { Api } from '../../shared/ipc/contract';
import { findElectronBinary, SKIP_MESSAGE } from './electron-binary';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MAIN = 'out/main/index.js';

test.skip(!findElectronBinary(), SKIP_MESSAGE);

let app: ElectronApplication;
let dataDir: string;

test.beforeEach(async () => {
  expect(existsSync(join(ROOT, MAIN)), `${MAIN} is missing: run \`npm run build\` first`).toBe(true);
  dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-electron-'));
  app = await electron.launch({
    args: [MAIN, '--data-dir', dataDir],
    cwd: ROOT,
    // The built page, not a dev server, whatever the developer's shell has set.
    env: { ...process.env, ELECTRON_RENDERER_URL: '' },
  });
});

test.afterEach(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('opens one window with window.frontdesk and without Node', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const probe = await page.evaluate(() => {
    const g = globalThis as { frontdesk?: Record<string, unknown> };
    return {
      bridge: typeof g.frontdesk,
      require: typeof require,
      process: typeof (globalThis as { process?: unknown }).process,
      keys: Object.keys(g.frontdesk ?? {}).sort(),
    };
  });
  expect(probe).toMatchObject({ bridge: 'object', require: 'undefined', process: 'undefined' });
  // S5: named functions grouped by domain plus on(); nothing generic like invoke or ipcRenderer.
  expect(probe.keys).toContain('on');
  expect(probe.keys).not.toContain('invoke');
  expect(probe.keys).not.toContain('ipcRenderer');
});

test('opens exactly one window, and a call round-trips as a Result', async () => {
  const page = await app.firstWindow();
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  const status = await page.evaluate(() =>
    (globalThis as unknown as { frontdesk: Api }).frontdesk.app.status(),
  );
  expect(status.ok).toBe(true);
});

test('refuses to navigate the window away from the app', async () => {
  const page = await app.firstWindow();
  const before = page.url();
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await expect.poll(() => page.url()).toBe(before);
});

test('serves the page from app://frontdesk/ with the CSP header, and nothing outside out/renderer', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  expect(page.url()).toBe('app://frontdesk/index.html');
  const probe = await page.evaluate(async () => {
    const own = await fetch('/index.html');
    const escape = await fetch('/..%2fmain%2findex.js');
    return { status: own.status, csp: own.headers.get('content-security-policy'), escape: escape.status };
  });
  expect(probe).toEqual({ status: 200, csp: expect.stringContaining("script-src 'self'"), escape: 404 });
});
