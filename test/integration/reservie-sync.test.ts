// Integration (plain Node): the Reservie sync against the simulator over real HTTP into a real
// SQLite cache — completeness, token expiry mid-sync, a 429 storm, dropped connections, the cheap
// incremental read, and a wrong key.
import { afterEach, describe, expect, it } from 'vitest';
import { startReservieSim, type RunningSim } from '../../electron/sim/index';
import { createReservieClient } from '../../electron/core/backends/reservie/reservie-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import { reserviePlan } from '../../electron/core/sync/reservie-plan';
import { toAppError } from '../../electron/core/ipc/to-app-error';
import { count, simControl } from '../../electron/sim/testing/sim-control';
import { openTempCache, runSync } from '../support/sync-harness';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

/** A generous limit on both sides, so a test's several syncs never wait out a real minute. */
async function setup(opts: { scale?: number; apiSecret?: string } = {}) {
  const sim = await startReservieSim({ scale: opts.scale, rateLimit: { requests: 1000, perSeconds: 60 } });
  open.push(sim);
  const client = createReservieClient({
    baseUrl: sim.baseUrl,
    apiKey: sim.credentials.apiKey!,
    apiSecret: opts.apiSecret ?? sim.credentials.apiSecret!,
    budget: createRequestBudget({ requests: 1000, perMs: 60_000 }),
    retry: { baseDelayMs: 10, maxDelayMs: 200 },
  });
  const cache = openTempCache();
  open.push(cache);
  return { sim, client, cache, control: simControl(sim.origin) };
}

async function simTotal(sim: RunningSim, path: string, key: string): Promise<number> {
  const auth = await fetch(`${sim.baseUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey: sim.credentials.apiKey, apiSecret: sim.credentials.apiSecret }),
  });
  const { token } = (await auth.json()) as { token: string };
  const res = await fetch(`${sim.baseUrl}${path}?perPage=1`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as Record<string, unknown>;
  expect(Array.isArray(body[key])).toBe(true);
  return body.total as number;
}

describe('Reservie sync', () => {
  it('a full sync caches exactly what the simulator holds, with the fields intact', async () => {
    const { sim, client, cache } = await setup();
    const { failures, events } = await runSync(
      cache.store,
      { reservie: reserviePlan(client) },
      { full: true },
    );
    expect(failures).toEqual([]);
    const counts = cache.store.counts();
    expect(counts.customers).toBe(await simTotal(sim, '/customers', 'customers'));
    expect(counts.customerPasses).toBe(await simTotal(sim, '/customer-passes', 'customerPasses'));
    expect(counts.passes).toBe(await simTotal(sim, '/passes', 'passes'));
    expect(counts.events).toBe(await simTotal(sim, '/events', 'events'));
    expect(counts.customers).toBeGreaterThanOrEqual(2000);
    // Sampled fields: a customer from the middle of the list is found by e-mail with the same name.
    const page = await client.listCustomers({ page: 7, perPage: 100 });
    const sample = page.items[42]!;
    const [hit] = cache.store.searchCustomers(sample.email!, 5).filter((h) => h.id === sample.id);
    expect(hit).toMatchObject({
      id: sample.id,
      name: `${sample.firstName} ${sample.lastName}`,
      email: sample.email,
    });
    expect(
      events.some((e) => e.resource === 'customers' && e.phase === 'done' && e.done === counts.customers),
    ).toBe(true);
  });

  it('a token that expires mid-sync fails no page (one re-authentication, one retry)', async () => {
    const { client, cache, control } = await setup();
    let advanced = false;
    const { failures } = await runSync(
      cache.store,
      { reservie: reserviePlan(client) },
      { full: true },
      (p) => {
        if (!advanced && p.resource === 'customers' && p.done >= 500) {
          advanced = true;
          void control.advanceClock(3700); // past the 1-hour token lifetime, on the server's clock only
        }
      },
    );
    expect(advanced).toBe(true);
    expect(failures).toEqual([]);
    const stats = await control.stats();
    expect(count(stats, 'POST /api/v1/auth/token')).toBe(2);
    expect(stats.statuses['401']).toBeGreaterThanOrEqual(1);
    expect(cache.store.counts().customers).toBeGreaterThanOrEqual(2000);
  });

  it('waits out a 429 storm and drops no page', async () => {
    const { client, cache, control } = await setup();
    await control.setFaults({ rateLimitStorm: { requests: 4, retryAfterSeconds: 1 } });
    const { failures } = await runSync(cache.store, { reservie: reserviePlan(client) }, { full: true });
    expect(failures).toEqual([]);
    const stats = await control.stats();
    expect(stats.faults.storm429).toBe(4);
    expect(cache.store.counts().customers).toBe(2000);
  });

  it('survives connections reset mid-sync and error pages instead of JSON', async () => {
    const { client, cache, control } = await setup();
    await control.setFaults({ resetRate: 0.15, errorPageRate: 0.1, faultSeed: 11 });
    const { failures } = await runSync(cache.store, { reservie: reserviePlan(client) }, { full: true });
    expect(failures).toEqual([]);
    const stats = await control.stats();
    expect((stats.faults.resets ?? 0) + (stats.faults.errorPages ?? 0)).toBeGreaterThan(0);
    expect(cache.store.counts().customers).toBe(2000);
  });

  it('an incremental sync reads only the new tail of the customer list', async () => {
    const { client, cache, control } = await setup();
    await runSync(cache.store, { reservie: reserviePlan(client) }, { full: true });
    for (let i = 0; i < 3; i++) {
      await client.createCustomer({
        firstName: 'Walk',
        lastName: `In ${i}`,
        email: `walk.in.${i}@example.com`,
      });
    }
    await control.resetStats();
    // The rolling refresh is off here: it re-reads pages of its own (tested in sync-rolling-refresh).
    const { failures } = await runSync(cache.store, { reservie: reserviePlan(client, { rolling: null }) });
    expect(failures).toEqual([]);
    const stats = await control.stats();
    expect(count(stats, 'GET /api/v1/customers')).toBe(1); // the last page holds all three
    expect(cache.store.counts().customers).toBe(2003);
    expect(cache.store.searchCustomers('walk.in.2@example.com')[0]?.name).toBe('Walk In 2');
  });

  it('a full re-read removes customers deleted on the back end, and their search entries', async () => {
    const { sim, client, cache } = await setup();
    await runSync(cache.store, { reservie: reserviePlan(client) }, { full: true });
    const gone = (await client.listCustomers({ page: 3, perPage: 100 })).items[5]!;
    const token = await (
      await fetch(`${sim.baseUrl}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ apiKey: sim.credentials.apiKey, apiSecret: sim.credentials.apiSecret }),
      })
    ).json();
    const res = await fetch(`${sim.baseUrl}/customers/${gone.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${(token as { token: string }).token}` },
    });
    expect(res.ok).toBe(true);
    expect(cache.store.searchCustomers(gone.email!).some((h) => h.id === gone.id)).toBe(true);
    const { failures } = await runSync(cache.store, { reservie: reserviePlan(client) }, { full: true });
    expect(failures).toEqual([]);
    expect(cache.store.counts().customers).toBe(1999);
    expect(cache.store.searchCustomers(gone.email!).some((h) => h.id === gone.id)).toBe(false);
  });

  it('a wrong key gives a clear UNAUTHORIZED after exactly one token request, no loop', async () => {
    const { client, cache, control } = await setup({ apiSecret: 'not-the-secret' });
    const { failures } = await runSync(cache.store, { reservie: reserviePlan(client) }, { full: true });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/API key/);
    expect(count(await control.stats(), 'POST /api/v1/auth/token')).toBe(1);
    await expect(client.authenticate()).rejects.toSatisfy((e) => toAppError(e).code === 'UNAUTHORIZED');
  });
});
