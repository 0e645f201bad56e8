// Integration (plain Node): sign-out through the core — refused while that back end's outbox holds
// unsent work (saying why), not for the other back end's; when allowed it wipes the secrets and,
// if asked, the cached data.
import { afterEach, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startReservieSim, startResmarkSim } from '../../electron/sim/index';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { outboxAccountOf } from '../../electron/core/connections/outbox-account-of';
import { openOutbox } from '../../electron/core/store/outbox-handle';
import { createFileKeyVault } from '../../electron/core/vault/file-key-vault';
import type { BackendCredentials } from '../../shared/domain/backend';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

it('is refused only for the back end with unsent work, then wipes secrets and cache', async () => {
  const [reservieSim, resmarkSim] = await Promise.all([startReservieSim(), startResmarkSim()]);
  closers.push(
    () => reservieSim.close(),
    () => resmarkSim.close(),
  );
  const dataDir = tempDir();
  const core = await createCore({ ...createNodeHostDeps(dataDir, { logName: 'test' }), autoSync: false });
  closers.push(() => core.close());
  const reservie: BackendCredentials = {
    backend: 'reservie',
    baseUrl: reservieSim.baseUrl,
    apiKey: 'demo-key',
    apiSecret: 'demo-secret',
  };
  const resmark: BackendCredentials = {
    backend: 'resmark',
    baseUrl: resmarkSim.baseUrl,
    username: resmarkSim.credentials.username!,
    apiKey: resmarkSim.credentials.apikey!,
  };
  for (const credentials of [reservie, resmark]) {
    expect(await core.dispatch('backend:configure', credentials)).toMatchObject({ ok: true });
  }

  // Unsent work for Resmark, as a sale queued offline would leave it (a second connection, like a second window).
  const outbox = openOutbox(dataDir, 'live');
  const item = outbox.store.enqueue({
    kind: 'order',
    account: outboxAccountOf(resmark, 'live'),
    referenceId: 'ref-1',
    payload: { tour: 1 },
  });
  const refused = await core.dispatch('backend:signOut', { backend: 'resmark', wipeCache: false });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'OUTBOX_NOT_EMPTY', message: expect.stringMatching(/waiting to be sent/) },
  });
  expect(createFileKeyVault(dataDir).get('resmark.apiKey')).toBe(resmark.apiKey);

  // Reservie has nothing queued: its sign-out goes ahead although Resmark's work waits.
  const reservieOut = await core.dispatch('backend:signOut', { backend: 'reservie', wipeCache: false });
  expect(reservieOut).toMatchObject({ ok: true, value: { mode: 'live', outboxSize: 1 } });
  expect(createFileKeyVault(dataDir).get('reservie.apiSecret')).toBeUndefined();

  outbox.db.prepare('DELETE FROM outbox_items WHERE id = ?').run(item.id);
  outbox.close();
  const signedOut = await core.dispatch('backend:signOut', { backend: 'resmark', wipeCache: true });
  expect(signedOut).toMatchObject({ ok: true, value: { mode: 'demo' } });
  expect(createFileKeyVault(dataDir).get('resmark.apiKey')).toBeUndefined();
  expect(existsSync(join(dataDir, 'cache.db'))).toBe(false);
});
