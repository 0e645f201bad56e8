// E2E support (Chromium page): types a code the way a keyboard-wedge barcode scanner does — every
// key, then Enter, in one burst a few milliseconds apart — through Chromium's own keyboard input
// (the DevTools Input domain page.keyboard uses too). page.keyboard.type awaits each key's round
// trip, which on a loaded machine spaces keys 20–170 ms apart: a person's pace, not a scanner's.
// Here the keys are sent without waiting and carry the scanner's own timestamps, as the OS gives a
// real scanner's keys theirs, so the page sees a burst however busy the machine is.
import type { Page } from '@playwright/test';

/** A USB scanner's pace between keys, well inside the desk's burst limit. */
const SCANNER_GAP_MS = 4;

export async function scanWithWedge(page: Page, code: string, gapMs = SCANNER_GAP_MS): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const start = Date.now() / 1000;
    const keys = [...code].map((ch) => ({ key: ch, text: ch }));
    const sent: Promise<unknown>[] = [];
    [...keys, { key: 'Enter', text: '\r', code: 'Enter', windowsVirtualKeyCode: 13 }].forEach((k, i) => {
      const timestamp = start + (i * gapMs) / 1000;
      sent.push(
        cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...k, unmodifiedText: k.text, timestamp }),
      );
      sent.push(
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: k.key, timestamp: timestamp + 0.001 }),
      );
    });
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
}
