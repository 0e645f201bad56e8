// Test support (Node): a Reservie simulator with a session open for check-in now and customers
// holding passes, made through the simulator's own API (real HTTP), and a core synced to it.
import { createCore } from '../../electron/core/create-core';
import type { Core } from '../../electron/core/core-types';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { startReservieSim, type RunningSim } from '../../electron/sim/index';
import { tempDir } from './sync-harness';
import { simApi, type SimApi } from './sim-api';

export { simApi, type SimApi } from './sim-api';

export interface CheckInWorld {
  sim: RunningSim;
  api: SimApi;
  core: Core;
  dataDir: string;
  eventId: string;
  /** Customer id -> their one customer pass id (10 uses). */
  passes: Map<string, string>;
  customers: string[];
}

/** An empty venue plus one session starting in 5 minutes and `people` customers with a 10-class pass. */
export async function checkInWorld(opts: { people: number; autoSend?: boolean }): Promise<CheckInWorld> {
  const sim = await startReservieSim({ scale: 0 });
  const api = await simApi(sim.baseUrl);
  const { eventId, passes, customers } = await seedCheckIns(api, opts.people);

  const dataDir = tempDir();
  const deps = createNodeHostDeps(dataDir, { logName: 'test' });
  deps.settings.set('checkIn', { timeZone: 'UTC' });
  const core = await createCore({ ...deps, autoSync: false, autoSend: opts.autoSend ?? true });
  const live = { backend: 'reservie', baseUrl: sim.baseUrl, apiKey: 'demo-key', apiSecret: 'demo-secret' };
  const configured = await core.dispatch('backend:configure', live);
  if (!configured.ok) throw new Error(`configure failed: ${JSON.stringify(configured)}`);
  await syncOnce(core);
  return { sim, api, core, dataDir, eventId, passes, customers };
}

/** One 10-class pass type, a session starting in 5 minutes, and `people` customers holding that pass. */
export async function seedCheckIns(api: SimApi, people: number) {
  const pass = await api.send<{ id: string }>('POST', '/passes', {
    name: '10-Class Pass',
    credits: 10,
    price: 5000,
    validityPeriod: 3,
    validityUnit: 'months',
  });
  const start = Date.now() + 5 * 60_000;
  const event = await api.send<{ id: string }>('POST', '/events', {
    name: 'Morning Flow',
    description: 'Yoga',
    startsAt: new Date(start).toISOString(),
    durationMinutes: 60,
    capacity: 20,
    waitingListEnabled: false,
    price: 1200,
    currency: 'GBP',
  });
  const passes = new Map<string, string>();
  const customers: string[] = [];
  for (let i = 1; i <= people; i++) {
    const c = await api.send<{ id: string }>('POST', '/customers', {
      firstName: `Walk${i}`,
      lastName: 'In',
      email: `walk${i}@example.com`,
    });
    const cp = await api.send<{ id: string }>('POST', '/customer-passes', {
      customerId: c.id,
      passId: pass.id,
    });
    passes.set(c.id, cp.id);
    customers.push(c.id);
  }

  return { eventId: event.id, passes, customers };
}

export async function syncOnce(core: Core): Promise<void> {
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const off = core.onEvent((event) => event === 'sync:finished' && done());
  await core.dispatch('sync:start', {});
  await finished;
  off();
}
