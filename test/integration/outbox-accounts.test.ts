// Integration (plain Node): work queued in demo mode stays in demo mode. The core keeps it in its
// own file, and after a real back end is connected none of it is counted, listed or sendable there.
import { afterEach, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startReservieSim } from '../../electron/sim/index';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { outboxAccountOf } from '../../electron/core/connections/outbox-account-of';
import { openOutbox } from '../../electron/core/store/outbox-handle';
import type { BackendCredentials } from '../../shared/domain/backend';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

it('a sale queued in demo mode is never visible to the live account connected afterwards', async () => {
  const sim = await startReservieSim();
  closers.push(() => sim.close());
  const dataDir = tempDir();
  const core = await createCore({ ...createNodeHostDeps(dataDir, { logName: 'test' }), autoSync: false });
  closers.push(() => core.close());
  // The same key as the demo studio's, so only the mode (and URL) tells the two accounts apart.
  const live: BackendCredentials = {
    backend: 'reservie',
    baseUrl: sim.baseUrl,
    apiKey: 'demo-key',
    apiSecret: 'demo-secret',
  };

  // Demo mode queues into its own file, which the core counts while in demo mode.
  expect(existsSync(join(dataDir, 'outbox.db'))).toBe(false);
  const demoOutbox = openOutbox(dataDir, 'demo');
  closers.push(() => demoOutbox.close());
  demoOutbox.store.enqueue({
    kind: 'walkUpSale',
    account: outboxAccountOf(live, 'demo'),
    referenceId: 'demo-sale-1',
    payload: { sessionId: 'demo-session', spaces: 1 },
  });
  expect(await core.dispatch('app:status', undefined)).toMatchObject({
    ok: true,
    value: { mode: 'demo', outboxSize: 1 },
  });

  expect(await core.dispatch('backend:configure', live)).toMatchObject({ ok: true });
  expect(await core.dispatch('app:status', undefined)).toMatchObject({
    ok: true,
    value: { mode: 'live', outboxSize: 0 },
  });
  const liveOutbox = openOutbox(dataDir, 'live');
  closers.push(() => liveOutbox.close());
  expect(liveOutbox.store.listFor(outboxAccountOf(live, 'live'))).toEqual([]);
  expect(liveOutbox.store.pendingCount()).toBe(0);
  // The demo sale is still there, for demo mode only.
  expect(demoOutbox.store.listFor(outboxAccountOf(live, 'demo'))).toHaveLength(1);
});
