// E2E (Chromium + web host): the app boots in demo mode, the contract works end to end, and the
// bridge refuses what it must refuse.
import { test, expect } from './fixtures';

test('the app boots in demo mode and the home screen renders', async ({ app }) => {
  await expect(app).toHaveTitle('Frontdesk');
  await expect(app.getByText('Demo data', { exact: true })).toBeVisible();
  await expect(app.getByRole('searchbox', { name: 'Find a customer' })).toBeVisible();
});

test('a contract round-trip returns typed data from the core', async ({ app }) => {
  const status = await app.evaluate(() => window.frontdesk!.app.status());
  expect(status).toMatchObject({
    ok: true,
    value: { mode: 'demo', backends: [{ backend: 'reservie' }, { backend: 'resmark' }] },
  });
  // Nothing secret ever comes back: the status carries no key, secret or token.
  expect(JSON.stringify(status)).not.toMatch(/demo-secret|demo-api-key|eyJ/);
});

test('a malformed payload gets BAD_INPUT, not a crash', async ({ app }) => {
  const results = await app.evaluate(async () => {
    const api = window.frontdesk! as unknown as Record<
      string,
      Record<string, (i: unknown) => Promise<unknown>>
    >;
    return Promise.all([
      api.customers!.search!({ query: 42 }),
      api.customers!.search!({ query: 'ann', extra: 'field' }),
      api.backend!.configure!({
        backend: 'reservie',
        baseUrl: 'javascript:alert(1)',
        apiKey: 'k',
        apiSecret: 's',
      }),
      api.sessions!.list!(null),
    ]);
  });
  for (const r of results) expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  // …and the app still answers afterwards.
  expect(await app.evaluate(() => window.frontdesk!.cache.counts())).toMatchObject({ ok: true });
});

test('a WebSocket without the launch token is refused', async ({ app, host }) => {
  const outcome = await app.evaluate(
    (origin) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(origin.replace('http', 'ws') + '/__frontdesk/ws');
        ws.onopen = () => resolve('opened');
        ws.onclose = () => resolve('refused');
      }),
    host.origin,
  );
  expect(outcome).toBe('refused');
  const wrong = await app.evaluate(
    (origin) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(origin.replace('http', 'ws') + '/__frontdesk/ws', [
          'frontdesk-token.not-the-token',
        ]);
        ws.onopen = () => resolve('opened');
        ws.onclose = () => resolve('refused');
      }),
    host.origin,
  );
  expect(wrong).toBe('refused');
});

test('a page opened without the launch token gets no data', async ({ page, host }) => {
  await page.goto(host.origin + '/');
  const result = await page.evaluate(() => window.frontdesk!.app.status());
  expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('the strict CSP blocks an injected inline script', async ({ app }) => {
  const ran = await app.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
