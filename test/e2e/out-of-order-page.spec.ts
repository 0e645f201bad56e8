// The Electron kiosk's last resort, resources/out-of-order.html, as Chromium shows it: the sign in
// the language the host names in the fragment (the venue's), English without one; nothing else on
// screen, nothing fetched, accessible. No web host: the page is a static file on purpose.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';

const page = pathToFileURL(resolve('resources/out-of-order.html')).href;

for (const [fragment, heading, body, hidden] of [
  ['#de', 'Außer Betrieb', 'Bitte wenden Sie sich an den Empfang.', 'Out of order'],
  ['#en', 'Out of order', 'Please see the desk.', 'Außer Betrieb'],
  ['', 'Out of order', 'Please see the desk.', 'Außer Betrieb'],
] as const) {
  test(`the out-of-order page says its sign in ${fragment || 'English, with no language named'}`, async ({
    page: tab,
  }) => {
    const requests: string[] = [];
    tab.on('request', (r) => requests.push(r.url()));
    await tab.goto(page + fragment);
    await expect(tab.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(tab.getByText(body)).toBeVisible();
    await expect(tab.getByRole('heading', { name: hidden })).toBeHidden();
    expect(requests.filter((u) => !u.startsWith(page))).toEqual([]);
    await expectAccessible(tab, `out-of-order page ${fragment || '(no fragment)'}`);
  });
}
