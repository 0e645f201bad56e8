// Integration (plain Node): connecting a back end, and signing out of the last one, each start
// exactly one sync run. Two asks (the mode change's and the handler's) used to queue a second whole
// run right behind the first, doubling the first minute's requests against Reservie's
// 100-a-minute limit: at a venue near the budget the bar stayed up for most of a minute.
import { afterEach, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import type { Core } from '../../electron/core/core-types';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { startReservieSim } from '../../electron/sim/index';
import type { Result } from '../../shared/ipc/result';
import type { SyncState } from '../../shared/domain/sync';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** Resolves with the next sync:finished the core pushes. */
const nextRunEnd = (core: Core) =>
  new Promise<void>((resolve) => {
    const off = core.onEvent((event) => {
      if (event !== 'sync:finished') return;
      off();
      resolve();
    });
  });

/**
 * Whether another run has started once the one that just ended is done: a kick that came during a
 * run starts the next one on the following turn (setImmediate), which this turn comes after.
 */
async function runningAfterTheEnd(core: Core): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  const state = (await core.dispatch('sync:state', undefined)) as Result<SyncState>;
  if (!state.ok) throw new Error(state.error.message);
  return state.value.running;
}

it('connecting from demo mode syncs once; signing out of the last back end syncs demo once', async () => {
  const sim = await startReservieSim({ scale: 40 });
  closers.push(() => sim.close());
  // The scheduler on, as the apps run it: demo mode's start-up sync begins at once.
  const core = await createCore(createNodeHostDeps(tempDir(), { logName: 'test' }));
  closers.push(() => core.close());
  const live = { backend: 'reservie', baseUrl: sim.baseUrl, apiKey: 'demo-key', apiSecret: 'demo-secret' };

  // The demo run is cancelled and its end announced before configure returns; the next end is the live run's.
  expect(await core.dispatch('backend:configure', live)).toMatchObject({ ok: true, value: { mode: 'live' } });
  expect(await core.dispatch('sync:state', undefined)).toMatchObject({ ok: true, value: { running: true } });
  await nextRunEnd(core);
  expect(await runningAfterTheEnd(core)).toBe(false);
  expect(await core.dispatch('cache:counts', undefined)).toMatchObject({
    ok: true,
    value: { customers: 40 },
  });

  const signedOut = await core.dispatch('backend:signOut', { backend: 'reservie', wipeCache: false });
  expect(signedOut).toMatchObject({ ok: true, value: { mode: 'demo' } });
  expect(await core.dispatch('sync:state', undefined)).toMatchObject({ ok: true, value: { running: true } });
  await nextRunEnd(core);
  expect(await runningAfterTheEnd(core)).toBe(false);
});
