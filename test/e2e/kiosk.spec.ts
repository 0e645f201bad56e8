// E2E (Chromium + web host): `npm run start:web -- --kiosk` as staff would run it. The page gets
// only the kiosk's calls, and the staff PIN's lock-out answers in the browser. This drives
// window.frontdesk directly; the kiosk's screens are kiosk-screens.spec.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '@playwright/test';
import { startWebHostProcess, stopProcess } from './fixtures';

const PIN = '5150';

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => window.frontdesk !== undefined);
}

test('--kiosk turns a desk into a kiosk whose page can make only kiosk calls', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-kiosk-'));
  try {
    const desk = await startWebHostProcess(dataDir);
    await open(page, desk.host.url);
    expect(await page.evaluate((pin) => window.frontdesk!.kiosk.setPin({ pin }), PIN)).toMatchObject({
      ok: true,
      value: { outcome: 'pinSet' },
    });
    await stopProcess(desk.child);

    const kiosk = await startWebHostProcess(dataDir, {}, ['--kiosk']);
    try {
      expect(kiosk.host.output()).toContain('Kiosk mode');
      await open(page, kiosk.host.url);
      expect(await page.evaluate(() => window.frontdesk!.kiosk.state())).toEqual({
        ok: true,
        value: { mode: 'kiosk', pinSet: true, retryAt: null, idleSeconds: 45, startAtLogin: false },
      });
      for (const result of await page.evaluate(() =>
        Promise.all([
          window.frontdesk!.cache.counts(),
          window.frontdesk!.customers.search({ query: 'ann' }),
          window.frontdesk!.kiosk.setPin({ pin: '0000', currentPin: '5150' }),
        ]),
      ))
        expect(result).toMatchObject({ ok: false, error: { code: 'DESK_ONLY' } });

      const tries = await page.evaluate(async () => {
        const answers = [];
        for (let i = 0; i < 6; i++) answers.push(await window.frontdesk!.kiosk.exit({ pin: '0000' }));
        return answers;
      });
      expect(tries.map((t) => (t.ok ? t.value.outcome : t.error.code))).toEqual([
        'wrongPin',
        'wrongPin',
        'wrongPin',
        'wrongPin',
        'lockedOut',
        'lockedOut',
      ]);
      expect(await page.evaluate((pin) => window.frontdesk!.kiosk.exit({ pin }), PIN)).toMatchObject({
        ok: true,
        value: { outcome: 'lockedOut', retryAt: expect.any(String) },
      });
    } finally {
      await stopProcess(kiosk.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
