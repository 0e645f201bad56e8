// Integration (plain Node): the core pushes sync:finished once when a whole run has ended, after
// its last progress event, so no window has to poll sync:state to learn it.
import { afterEach, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { startReservieSim } from '../../electron/sim/index';
import type { EventName } from '../../shared/ipc/channels';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

it('announces the end of a sync with sync:finished, not running any more', async () => {
  // A small venue, so the run is short on a loaded machine.
  const sim = await startReservieSim({ scale: 40 });
  closers.push(() => sim.close());
  const core = await createCore({ ...createNodeHostDeps(tempDir(), { logName: 'test' }), autoSync: false });
  closers.push(() => core.close());
  const live = { backend: 'reservie', baseUrl: sim.baseUrl, apiKey: 'demo-key', apiSecret: 'demo-secret' };
  expect(await core.dispatch('backend:configure', live)).toMatchObject({ ok: true });
  const seen: { event: EventName; payload: unknown }[] = [];
  let finished!: (payload: unknown) => void;
  const ended = new Promise<unknown>((resolve) => (finished = resolve));
  core.onEvent((event, payload) => {
    seen.push({ event, payload });
    if (event === 'sync:finished') finished(payload);
  });

  expect(await core.dispatch('sync:start', {})).toMatchObject({ ok: true, value: { running: true } });
  const payload = await ended;

  expect(payload).toMatchObject({ state: { running: false } });
  const names = seen.map((e) => e.event);
  expect(names.filter((n) => n === 'sync:finished')).toHaveLength(1);
  expect(names.lastIndexOf('sync:progress')).toBeLessThan(names.indexOf('sync:finished'));
});
