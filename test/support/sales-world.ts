// Test support (Node): both simulators (in process, real HTTP on loopback) and a core connected to
// both and synced: a Reservie session with a pass type and customers holding passes, and Resmark's
// seeded catalogue. Tests sell through the core's contract and check the simulators' own records.
import { createCore } from '../../electron/core/create-core';
import type { Core } from '../../electron/core/core-types';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { startReservieSim, startResmarkSim, type RunningSim } from '../../electron/sim/index';
import { createResmarkClient, type ResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import type { SlotRecord } from '../../electron/core/store/records';
import { tempDir } from './sync-harness';
import { seedCheckIns, simApi, syncOnce, type SimApi } from './reservie-checkin-fixture';

export interface SalesWorld {
  reservie: RunningSim;
  resmark: RunningSim;
  api: SimApi;
  /** The test's own Resmark client (not the core's): to read what the simulator holds. */
  rm: ResmarkClient;
  core: Core;
  dataDir: string;
  eventId: string;
  passId: string;
  customers: string[];
  passes: Map<string, string>;
  /** Future slots in the core's cache with free seats, by product. */
  slots: SlotRecord[];
  close(): Promise<void>;
}

export async function startCore(dataDir: string, autoSend: boolean): Promise<Core> {
  const deps = createNodeHostDeps(dataDir, { logName: 'test' });
  deps.settings.set('checkIn', { timeZone: 'UTC' });
  return createCore({ ...deps, autoSync: false, autoSend });
}

export async function salesWorld(opts: { people?: number; autoSend?: boolean } = {}): Promise<SalesWorld> {
  const reservie = await startReservieSim({ scale: 0 });
  const resmark = await startResmarkSim({});
  const api = await simApi(reservie.baseUrl);
  const seeded = await seedCheckIns(api, opts.people ?? 2);
  const passes = await api.get<{ passes: { id: string }[] }>('/passes');
  const passId = passes.passes[0]!.id;
  const dataDir = tempDir('frontdesk-sales-');
  const core = await startCore(dataDir, opts.autoSend ?? false);
  for (const creds of [
    { backend: 'reservie', baseUrl: reservie.baseUrl, apiKey: 'demo-key', apiSecret: 'demo-secret' },
    {
      backend: 'resmark',
      baseUrl: resmark.baseUrl,
      username: resmark.credentials.username ?? '',
      apiKey: resmark.credentials.apikey ?? '',
    },
  ]) {
    const r = await core.dispatch('backend:configure', creds);
    if (!r.ok) throw new Error(`configure failed: ${JSON.stringify(r)}`);
  }
  await syncOnce(core);
  const rm = createResmarkClient({
    baseUrl: resmark.baseUrl,
    username: resmark.credentials.username ?? '',
    apiKey: resmark.credentials.apikey ?? '',
    budget: createRequestBudget({ requests: 200, perMs: 1000 }),
  });
  const product = (await rm.listProducts({ page: 0 })).items.find((p) => !p.dateless);
  if (!product) throw new Error('no dated product');
  const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const slots = (await rm.getInventory(product.id, from, to)).filter(
    (s) => Object.values(s.tiersAvailable).reduce((a, b) => a + b, 0) >= 4,
  );
  return {
    reservie,
    resmark,
    api,
    rm,
    core,
    dataDir,
    eventId: seeded.eventId,
    passId,
    customers: seeded.customers,
    passes: seeded.passes,
    slots,
    close: async () => {
      await core.close();
      await reservie.close();
      await resmark.close();
    },
  };
}

export async function value<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}
