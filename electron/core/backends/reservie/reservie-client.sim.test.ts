// Core integration tests (plain Node): the Reservie client against the Reservie v1 simulator —
// every resource listed and mapped, writes, token expiry mid-run, 429 storms, faults, wrong key.
import { afterEach, describe, expect, it } from 'vitest';
import { startReservieSim, type RunningSim, type SimOptions } from '../../../sim';
import { createRequestBudget } from '../../http/request-budget';
import { simControl, timedFetch } from '../../../sim/testing/sim-control';
import { createReservieClient } from './reservie-client';
import type { Paged, ReserviePageOptions, ReservieClientOptions } from './reservie-types';
import { endsList } from '../../sync/page-walk';
import { fromReservie } from '../../sync/list-pages';

const TOKEN_ROUTE = 'POST /api/v1/auth/token';
let sim: RunningSim | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function setup(simOpts: SimOptions = {}, clientOpts: Partial<ReservieClientOptions> = {}) {
  sim = await startReservieSim({ scale: 250, startAt: '2026-03-03T08:00:00Z', ...simOpts });
  const client = createReservieClient({
    baseUrl: sim.baseUrl,
    apiKey: sim.credentials.apiKey ?? '',
    apiSecret: sim.credentials.apiSecret ?? '',
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
    ...clientOpts,
  });
  return { client, control: simControl(sim.origin) };
}

async function all<T>(
  list: (o: ReserviePageOptions) => Promise<Paged<T>>,
  perPage = 100,
): Promise<{ items: T[]; total: number | null }> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const p = await list({ page, perPage });
    items.push(...p.items);
    // The page walk's own end rule, so this loop stops where the sync would.
    if (endsList(fromReservie(p, perPage), items.length)) return { items, total: p.total };
  }
}

describe('Reservie client against the simulator', () => {
  it('lists every resource and maps it to records', async () => {
    const { client } = await setup();
    const customers = await all(client.listCustomers);
    expect(customers.items).toHaveLength(250);
    expect(customers.total).toBe(250);
    expect(new Set(customers.items.map((c) => c.id)).size).toBe(250);
    const events = await all(client.listEvents);
    expect(events.items.length).toBe(events.total);
    for (const s of events.items) expect(Date.parse(s.endsAt)).toBeGreaterThan(Date.parse(s.startsAt));
    const passes = await all(client.listPasses);
    expect(passes.items.length).toBeGreaterThan(0);
    const held = await all(client.listCustomerPasses);
    expect(held.items.length).toBe(held.total);
    expect(held.items.every((cp) => ['active', 'exhausted', 'expired'].includes(cp.status))).toBe(true);
    const regs = [];
    for (const e of events.items.slice(0, 5))
      regs.push(...(await all((o) => client.listRegistrations(e.id, o))).items);
    expect(regs.length).toBeGreaterThan(0);
    expect(regs.every((r) => events.items.some((e) => e.id === r.sessionId))).toBe(true);
  });

  it('creates and updates a customer, registers with a pass and spends a use', async () => {
    const { client } = await setup();
    const created = await client.createCustomer({
      firstName: 'Walk',
      lastName: 'Up',
      email: 'walk.up@example.com',
    });
    expect(created).toMatchObject({ firstName: 'Walk', phone: null });
    // The simulator answers with the whole record, so nothing is left for a re-read.
    if (created.partial) throw new Error('expected the whole customer back');
    expect(await client.updateCustomer(created.id, { phone: '07700 900000' })).toMatchObject({
      phone: '07700 900000',
    });
    expect((await client.getCustomer(created.id)).email).toBe('walk.up@example.com');

    const pass = (await all(client.listCustomerPasses)).items.find(
      (cp) => cp.status === 'active' && cp.remainingUses > 1,
    )!;
    const event = (await all(client.listEvents)).items.find(
      (e) => e.startsAt > '2026-03-03T09:00:00Z' && (e.spacesAvailable ?? 0) > 0,
    )!;
    const reg = await client.createRegistration(event.id, {
      customerId: pass.customerId,
      paymentMethod: 'pass',
      customerPassId: pass.id,
    });
    expect(reg).toMatchObject({ sessionId: event.id, customerId: pass.customerId, status: 'confirmed' });
    const spent = await client.updateCustomerPass(pass.id, { remainingUses: pass.remainingUses - 1 });
    expect(spent.remainingUses).toBe(pass.remainingUses - 1);
  });

  it('survives the token expiring mid-run without failing a call (T2, T3)', async () => {
    const { client, control } = await setup();
    await client.listPasses({ page: 1, perPage: 10 });
    await control.advanceClock(3700);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.listCustomers({ page: (i % 3) + 1, perPage: 10 })),
    );
    expect(results.every((r) => r.items.length === 10)).toBe(true);
    expect(await control.count(TOKEN_ROUTE)).toBe(2);
    expect((await control.stats()).statuses['401']).toBeGreaterThanOrEqual(1);
  });

  it('waits out a rate-limit storm, sending nothing before Retry-After expires', async () => {
    const { fetchImpl, starts } = timedFetch('/customers');
    const { client, control } = await setup({}, { fetchImpl });
    await client.authenticate();
    await control.setFaults({ rateLimitStorm: { requests: 2, retryAfterSeconds: 1 } });
    expect((await client.listCustomers({ page: 1, perPage: 5 })).items).toHaveLength(5);
    const stats = await control.stats();
    expect(stats.faults.storm429).toBe(2);
    expect(starts).toHaveLength(3);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(990);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(990);
  });

  it('reads every page through 500s, HTML error pages and dropped connections', async () => {
    const { client, control } = await setup();
    await client.authenticate();
    await control.setFaults({ errorRate: 0.15, errorPageRate: 0.15, resetRate: 0.1, faultSeed: 7 });
    const customers = await all(client.listCustomers, 25);
    expect(customers.items).toHaveLength(250);
    const { faults } = await control.stats();
    expect(faults.errors + faults.errorPages + faults.resets).toBeGreaterThan(0);
  });

  it('stays under a time-scaled limit with zero 429s (background lane)', async () => {
    const budget = createRequestBudget({ requests: 10, perMs: 1000 });
    const { client, control } = await setup({ rateLimit: { requests: 10, perSeconds: 1 } }, { budget });
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        client.listPasses({ page: 1, perPage: 5 + i, lane: 'background' }),
      ),
    );
    const stats = await control.stats();
    expect(stats.statuses['429']).toBeUndefined();
    expect(stats.requests).toBe(25);
  });

  it('refuses a wrong key with UNAUTHORIZED after exactly one token request (T4)', async () => {
    const { client, control } = await setup({}, { apiSecret: 'not-the-secret' });
    await expect(client.listCustomers({ page: 1, perPage: 10 })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'The back end refused the API key — check the API key and secret in Settings.',
    });
    expect(await control.count(TOKEN_ROUTE)).toBe(1);
    expect((await control.stats()).requests).toBe(1);
  });
});
