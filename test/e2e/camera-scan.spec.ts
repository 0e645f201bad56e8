// E2E (Chromium + web host, demo mode): scanning a card's QR code with the camera. Chromium's fake
// camera plays a Y4M video made at test time (test/support/qr-image.ts) of a QR code holding a real
// demo customer's id, found through the contract; "Scan with camera" opens the preview, the code is
// read from the video and that customer opens as a scan does. A second fake camera shows a blank
// picture, so the open preview can be checked with axe and stopped. Without a camera (the suite's
// own Chromium) the button is not there at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectAccessible } from './axe';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { findScanTarget } from '../support/demo-scan-target';
import { qrLuma, writeY4m, type LumaImage } from '../support/qr-image';

const FRAME = { width: 640, height: 480 };

let videoDir = '';
test.beforeAll(() => {
  videoDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-camera-'));
});
test.afterAll(() => rmSync(videoDir, { recursive: true, force: true }));

/** A Chromium whose only camera plays `image` (permission granted unless `allow` is false), at the desk. */
async function deskWithCamera(
  url: string,
  name: string,
  image: LumaImage,
  { allow = true }: { allow?: boolean } = {},
): Promise<{ browser: Browser; page: Page }> {
  const video = join(videoDir, `${name}.y4m`);
  writeY4m(video, image);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
      // Says yes to the camera prompt; without it the prompt is refused, as by a person blocking it.
      ...(allow ? ['--use-fake-ui-for-media-stream'] : []),
    ],
  });
  // A context of its own (not browser.newPage): axe opens a page beside this one in the same context.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('main[data-state="ready"]')).toBeVisible();
  return { browser, page };
}

test('a QR code of a customer id shown to the camera opens that customer', async ({ app, host }) => {
  const person = await findScanTarget(app);
  const { browser, page } = await deskWithCamera(
    host.url,
    'customer',
    qrLuma(person.id, { scale: 8, ...FRAME }),
  );
  try {
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    const scanned = page
      .getByRole('region', { name: 'Search results' })
      .getByRole('article', { name: person.name })
      .filter({ hasText: 'Scanned' });
    await expect(scanned).toBeVisible();
    await expect(scanned.getByRole('region', { name: 'Check-in' })).toBeVisible();
    // The preview closed itself once the code was read.
    await expect(page.getByRole('dialog', { name: 'Scan with camera' })).toHaveCount(0);
    // And the desk's one field has the focus again, ready for the next scan or search.
    await expect(page.getByRole('searchbox', { name: 'Find a customer' })).toBeFocused();
  } finally {
    await browser.close();
  }
});

test('the preview says what it is doing, is accessible, and Stop closes it', async ({ host }) => {
  const blank: LumaImage = { ...FRAME, luma: new Uint8Array(FRAME.width * FRAME.height).fill(235) };
  const { browser, page } = await deskWithCamera(host.url, 'blank', blank);
  try {
    const open = page.getByRole('button', { name: 'Scan with camera' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Scan with camera' });
    await expect(dialog.getByRole('status')).toHaveText('Hold the QR code on the card up to the camera.');
    await expect(dialog.locator('[data-state="scanning"]')).toBeVisible();
    await expectAccessible(page, 'camera scan preview');
    await dialog.getByRole('button', { name: 'Stop' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(open).toBeFocused();
    await expect(page.getByText('Scanned', { exact: true })).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('a blocked camera says so, and how to go on, without a Try again that cannot help', async ({ host }) => {
  const blank: LumaImage = { ...FRAME, luma: new Uint8Array(FRAME.width * FRAME.height).fill(235) };
  const { browser, page } = await deskWithCamera(host.url, 'blocked', blank, { allow: false });
  try {
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scan with camera' });
    await expect(dialog.getByRole('alert')).toContainText('Camera access is blocked.');
    await expect(dialog.locator('[data-state="denied"]')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectAccessible(page, 'camera scan, blocked');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('without a camera there is no Scan with camera button', async ({ app }) => {
  // The suite's Chromium has no camera, fake or real: the page itself lists none.
  const kinds = await app.evaluate(async () =>
    (await navigator.mediaDevices.enumerateDevices()).map((d) => d.kind),
  );
  expect(kinds).not.toContain('videoinput');
  // The desk is in use (a search answered) and still offers no camera.
  await app.getByRole('searchbox', { name: 'Find a customer' }).fill('an');
  await expect(
    app.getByRole('region', { name: 'Search results' }).getByRole('article').first(),
  ).toBeVisible();
  await expect(app.getByRole('button', { name: 'Scan with camera' })).toHaveCount(0);
});
