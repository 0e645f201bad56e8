// Integration (plain Node): sign-out through the core — refused while the outbox holds unsent
// work (saying why), and when allowed it wipes the secrets and, if asked, the cached data.
import { afterEach, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startReservieSim } from '../../electron/sim/index';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/core/host/node-host-deps';
import { openOutboxDb } from '../../electron/core/store/open-database';
import { createOutboxStore } from '../../electron/core/store/outbox-store';
import { createFileKeyVault } from '../../electron/core/vault/file-key-vault';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

it('is refused with OUTBOX_NOT_EMPTY while work is unsent, then wipes secrets and cache', async () => {
  const sim = await startReservieSim();
  closers.push(() => sim.close());
  const dataDir = tempDir();
  const core = await createCore({ ...createNodeHostDeps(dataDir, { logName: 'test' }), autoSync: false });
  closers.push(() => core.close());
  const configured = await core.dispatch('backend:configure', {
    backend: 'reservie',
    baseUrl: sim.baseUrl,
    apiKey: 'demo-key',
    apiSecret: 'demo-secret',
  });
  expect(configured.ok).toBe(true);

  // Unsent work, as a walk-up sale queued offline would leave it (a second connection, like a second window).
  const outboxDb = openOutboxDb(join(dataDir, 'outbox.db'));
  const outbox = createOutboxStore(outboxDb);
  const item = outbox.enqueue({
    kind: 'order',
    backend: 'reservie',
    referenceId: 'ref-1',
    payload: { demo: true },
  });
  const refused = await core.dispatch('backend:signOut', { backend: 'reservie', wipeCache: true });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'OUTBOX_NOT_EMPTY', message: expect.stringMatching(/waiting to be sent/) },
  });
  expect(createFileKeyVault(dataDir).get('reservie.apiSecret')).toBe('demo-secret');

  outboxDb.prepare('DELETE FROM outbox_items WHERE id = ?').run(item.id);
  outboxDb.close();
  const signedOut = await core.dispatch('backend:signOut', { backend: 'reservie', wipeCache: true });
  expect(signedOut).toMatchObject({ ok: true, value: { mode: 'demo' } });
  expect(createFileKeyVault(dataDir).get('reservie.apiSecret')).toBeUndefined();
  expect(existsSync(join(dataDir, 'cache.db'))).toBe(false);
});
