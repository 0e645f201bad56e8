// E2E (Chromium + web host): the Setup form — focus lands where typing starts and moves to a
// refusal, the secret survives a failed attempt, the address rule is spelled out, and a hidden
// credentials warning stays hidden after a reload.
import { connectToSims, expect, reservieCredentials, test } from './fixtures';
import { startSimProcess, type SimProcess } from '../support/sim-process';

let sim: SimProcess;
test.beforeEach(async () => {
  sim = await startSimProcess(['--backend', 'reservie']);
});
test.afterEach(async () => {
  await sim.stop();
});

test('opening Setup focuses the first field; a refused key moves focus to the message', async ({ app }) => {
  await app.getByRole('button', { name: 'Connect your booking system' }).click();
  await expect(app.getByLabel('API key', { exact: true })).toBeFocused();
  await expect(app.getByLabel('API key', { exact: true })).toHaveAttribute('maxlength', '512');

  await app.getByRole('radio', { name: /Custom/ }).check();
  const address = app.getByLabel('Server address');
  await expect(address).toHaveAttribute('maxlength', '2048');
  await expect(
    app.getByText(/must start with https:\/\/.*http:\/\/ is accepted only for this computer/),
  ).toBeVisible();
  await address.fill(sim.baseUrl);
  await app.getByLabel('API key', { exact: true }).fill('demo-key');
  await app.getByLabel('API secret').fill('not-the-secret');
  await app.getByRole('button', { name: 'Verify and save' }).click();
  const alert = app.getByRole('alert');
  await expect(alert).toContainText(/check your API key/i);
  // The core's own words wait behind "Details" (closed details are not rendered, so not in innerText).
  expect(await alert.innerText()).not.toMatch(/back end/i);
  await expect(app.locator('.credentials__error-focus')).toBeFocused();
});

test('Settings focuses the first field too; the secret stays after a network failure', async ({ app }) => {
  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(app.getByLabel('API key', { exact: true })).toBeFocused();

  await app.getByRole('radio', { name: /Custom/ }).check();
  // Port 1 on loopback: nothing listens, so the attempt fails as a network failure.
  await app.getByLabel('Server address').fill('http://127.0.0.1:1/api/v1');
  await app.getByLabel('API key', { exact: true }).fill('demo-key');
  await app.getByLabel('API secret').fill('demo-secret');
  await app.getByRole('button', { name: 'Verify and save' }).click();
  await expect(app.getByRole('alert')).toContainText("Couldn't reach 127.0.0.1:1");
  await expect(app.getByLabel('API secret')).toHaveValue('demo-secret');

  // Plain http to another computer is refused before anything is sent.
  await app.getByLabel('Server address').fill('http://go.reservie.net/api/v1');
  await app.getByRole('button', { name: 'Verify and save' }).click();
  await expect(app.getByText('Use https:// for this address.', { exact: false })).toBeVisible();
});

test('a hidden credentials warning stays hidden after a reload, and Setup still shows it', async ({
  app,
}) => {
  await connectToSims(app, { credentials: [reservieCredentials(sim)] });
  // The header and the confirmation speak the desk's language, not the account id.
  await expect(app.getByRole('banner')).not.toContainText(/API key ending/);
  const warning = app.getByText("Sign-in details on this computer aren't fully protected.");
  await expect(warning).toBeVisible({ timeout: 30_000 });
  await app.getByRole('button', { name: 'Hide this warning' }).click();
  await expect(warning).toBeHidden();

  await app.reload();
  await expect(app.locator('main[data-state="ready"]')).toBeVisible();
  await expect(app.getByRole('list', { name: 'Connections' })).toBeVisible();
  await expect(warning).toBeHidden();

  await app.getByRole('button', { name: 'Settings' }).click();
  await expect(warning).toBeVisible();
});
