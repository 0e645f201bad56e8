// Core integration tests (plain Node): the Reservie sale steps against the Reservie simulator
// over real HTTP: find-or-create by e-mail, a pass sold then spent, cash registration, a full
// session and its waiting list, and lost replies (the server acted) followed by a lookup.
import { afterEach, describe, expect, it } from 'vitest';
import { startReservieSim, type RunningSim } from '../../sim';
import { simControl } from '../../sim/testing/sim-control';
import { api, reservieToken, type Api } from '../../sim/testing/sim-http';
import { createRequestBudget } from '../http/request-budget';
import { createReservieClient } from '../backends/reservie/reservie-client';
import type { CustomerRecord } from '../store/records';
import { planReservieSale, type SaleStep, type ServerIds } from './sale-plan';
import {
  reservieCustomer,
  reservieCustomerPass,
  reservieRegistration,
  SessionFullError,
  type ReservieStepDeps,
} from './reservie-sale';
import type { StepResult } from './step-executor';

let sim: RunningSim | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

const TODAY = '2026-03-03';

async function setup() {
  sim = await startReservieSim({ scale: 250, startAt: `${TODAY}T08:00:00Z` });
  const client = createReservieClient({
    baseUrl: sim.baseUrl,
    apiKey: sim.credentials.apiKey ?? '',
    apiSecret: sim.credentials.apiSecret ?? '',
    budget: createRequestBudget({ requests: 1000, perMs: 1000 }),
  });
  const raw = api(sim.baseUrl, await reservieToken(sim));
  return { client, raw, control: simControl(sim.origin) };
}

async function newEvent(raw: Api, capacity: number, waitingListEnabled = false): Promise<string> {
  const res = await raw.post<{ id: string }>('/events', {
    name: 'Walk-up Flow',
    startsAt: '2026-03-04T18:00:00+00:00',
    durationMinutes: 60,
    capacity,
    waitingListEnabled,
    price: 1200,
  });
  if (res.status !== 201) throw new Error(`event not made: ${res.status}`);
  return res.body.id;
}

async function customersWithEmail(raw: Api, email: string): Promise<number> {
  return (await raw.get<{ total: number }>(`/customers?email=${encodeURIComponent(email)}`)).body.total;
}

/** Runs a plan's steps in order, as the outbox sender will (without its queue or retries). */
async function run(steps: readonly SaleStep[], deps: Omit<ReservieStepDeps, 'ids'>) {
  const ids: Record<string, string> = {};
  const results: Record<string, StepResult> = {};
  for (const step of steps) {
    const d = { ...deps, ids: ids as ServerIds };
    const r =
      step.kind === 'reservie.customer'
        ? await reservieCustomer.send(step, d)
        : step.kind === 'reservie.customerPass'
          ? await reservieCustomerPass.send(step, d)
          : step.kind === 'reservie.registration'
            ? await reservieRegistration.send(step, d)
            : null;
    if (!r) throw new Error(`not a Reservie step: ${step.kind}`);
    ids[step.localId] = r.serverId;
    results[step.localId] = r;
  }
  return { ids, results };
}

const ann = { firstName: 'Ann', lastName: 'Walkup', email: 'ann.walkup@example.com' };

describe('Reservie sale steps', () => {
  it('new customer -> pass sold at the desk -> pass-paid registration, one use spent', async () => {
    const { client, raw } = await setup();
    const eventId = await newEvent(raw, 10);
    const passId = (await client.listPasses({ page: 1, perPage: 100 })).items.find(
      (p) => p.credits !== null && p.credits > 1 && p.credits < 999,
    )?.id;
    if (!passId) throw new Error('no limited pass in the demo data');
    const plan = planReservieSale({
      referenceId: 'fd-r1',
      sessionId: eventId,
      customer: { create: ann },
      payment: { kind: 'buyPass', passId, startDate: TODAY, tender: 'card' },
    });
    const { ids, results } = await run(plan.steps, { client });
    expect(results.registration?.detail).toBe('confirmed');
    const cp = (
      await raw.get<{ customerId: string; remainingUses: number; passId: string }>(
        `/customer-passes/${ids.pass}`,
      )
    ).body;
    const credits = (await client.listPasses({ page: 1, perPage: 100 })).items.find(
      (p) => p.id === passId,
    )?.credits;
    expect(cp).toMatchObject({ customerId: ids.customer, passId, remainingUses: (credits ?? 0) - 1 });
    const reg = (await client.listRegistrations(eventId, { page: 1, perPage: 100 })).items;
    expect(reg).toEqual([
      expect.objectContaining({
        id: ids.registration,
        customerId: ids.customer,
        customerPassId: ids.pass,
        paymentMethod: 'pass',
      }),
    ]);
  });

  it('finds the customer by e-mail (cache first, then the API) and never creates a duplicate', async () => {
    const { client, raw, control } = await setup();
    const existing = (await client.listCustomers({ page: 1, perPage: 50 })).items.find((c) => c.email);
    if (!existing?.email) throw new Error('no seeded customer with an e-mail');
    const step = planReservieSale({
      referenceId: 'fd-r2',
      sessionId: 'evt',
      customer: { create: { firstName: 'Other', lastName: 'Name', email: existing.email.toUpperCase() } },
      payment: { kind: 'pay', tender: 'cash' },
    }).steps[0];
    if (step?.kind !== 'reservie.customer') throw new Error('expected a customer step');
    await control.resetStats();
    const fromCache = await reservieCustomer.send(step, {
      client,
      ids: {},
      cachedCustomerByEmail: (e): CustomerRecord | null =>
        e.toLowerCase() === existing.email?.toLowerCase() ? existing : null,
    });
    expect(fromCache).toEqual({ serverId: existing.id, detail: 'existing' });
    expect((await control.stats()).requests).toBe(0);
    expect(await reservieCustomer.send(step, { client, ids: {} })).toEqual({
      serverId: existing.id,
      detail: 'existing',
    });
    expect(await control.count('POST /api/v1/customers')).toBe(0);
    expect(await customersWithEmail(raw, existing.email)).toBe(1);
  });

  it('a 409 duplicate_customer (made meanwhile elsewhere) is looked up and used', async () => {
    const { client, raw } = await setup();
    const step = planReservieSale({
      referenceId: 'fd-r3',
      sessionId: 'evt',
      customer: { create: ann },
      payment: { kind: 'pay', tender: 'cash' },
    }).steps[0];
    if (step?.kind !== 'reservie.customer') throw new Error('expected a customer step');
    // The API lookup misses (not made yet), then another desk makes them before our create.
    let calls = 0;
    const racing = {
      ...client,
      findCustomersByEmail: async (email: string) => {
        calls += 1;
        if (calls === 1) {
          await raw.post('/customers', { ...ann, firstName: 'Desk2' });
          return [];
        }
        return client.findCustomersByEmail(email);
      },
    };
    const r = await reservieCustomer.send(step, { client: racing, ids: {} });
    expect(r.detail).toBe('existing');
    expect(await customersWithEmail(raw, ann.email)).toBe(1);
    expect((await raw.get<{ firstName: string }>(`/customers/${r.serverId}`)).body.firstName).toBe('Desk2');
  });

  it('lost replies after the server acted: lookup finds each step, so nothing is made twice', async () => {
    const { client, raw, control } = await setup();
    const eventId = await newEvent(raw, 10);
    const passId = (await client.listPasses({ page: 1, perPage: 100 })).items[0]?.id ?? '';
    const plan = planReservieSale({
      referenceId: 'fd-r4',
      sessionId: eventId,
      customer: { create: ann },
      payment: { kind: 'buyPass', passId, startDate: TODAY, tender: 'cash' },
    });
    const ids: Record<string, string> = {};
    for (const step of plan.steps) {
      const deps = { client, ids: ids as ServerIds };
      const exec =
        step.kind === 'reservie.customer'
          ? () => reservieCustomer.send(step, deps)
          : step.kind === 'reservie.customerPass'
            ? () => reservieCustomerPass.send(step, deps)
            : step.kind === 'reservie.registration'
              ? () => reservieRegistration.send(step, deps)
              : null;
      const look =
        step.kind === 'reservie.customer'
          ? () => reservieCustomer.lookup(step, deps)
          : step.kind === 'reservie.customerPass'
            ? () => reservieCustomerPass.lookup(step, deps)
            : step.kind === 'reservie.registration'
              ? () => reservieRegistration.lookup(step, deps)
              : null;
      if (!exec || !look) throw new Error('not a Reservie step');
      expect(await look()).toBeNull(); // not made yet: the lookup must not invent one
      await control.setFaults({ dropReplyAfterWriteRate: 1 });
      await expect(exec()).rejects.toMatchObject({ code: 'OFFLINE' });
      await control.clearFaults();
      const found = await look();
      if (!found) throw new Error(`${step.localId} was made but the lookup missed it`);
      ids[step.localId] = found.serverId;
    }
    expect(await customersWithEmail(raw, ann.email)).toBe(1);
    const passes = (await client.listCustomerPasses({ page: 1, perPage: 100, customerId: ids.customer }))
      .items;
    expect(passes.map((p) => p.id)).toEqual([ids.pass]);
    const regs = (await client.listRegistrations(eventId, { page: 1, perPage: 100 })).items;
    expect(regs.map((r) => [r.id, r.customerPassId])).toEqual([[ids.registration, ids.pass]]);
  });

  it('cash registration; a full session offers its waiting list, and joining it is waitlisted', async () => {
    const { client, raw } = await setup();
    const withList = await newEvent(raw, 1, true);
    const noList = await newEvent(raw, 1, false);
    const other = { firstName: 'Bo', lastName: 'Second', email: 'bo.second@example.com' };
    const sale = (sessionId: string, email: typeof ann, joinWaitingList = false) =>
      planReservieSale({
        referenceId: `fd-${sessionId}-${email.firstName}`,
        sessionId,
        customer: { create: email },
        payment: { kind: 'pay', tender: 'cash' },
        joinWaitingList,
      }).steps;
    const first = await run(sale(withList, ann), { client });
    expect(first.results.registration?.detail).toBe('confirmed');
    await run(sale(noList, ann), { client });
    const full = await run(sale(withList, other), { client }).catch((e: unknown) => e);
    expect(full).toBeInstanceOf(SessionFullError);
    expect(full).toMatchObject({
      waitingList: true,
      message: expect.stringContaining('waiting list') as unknown,
    });
    const noRoom = await run(sale(noList, other), { client }).catch((e: unknown) => e);
    expect(noRoom).toMatchObject({
      waitingList: false,
      message: 'This session is full and has no waiting list.',
    });
    const queued = await run(sale(withList, other, true), { client });
    expect(queued.results.registration?.detail).toBe('waitlisted');
    const reg = (await client.listRegistrations(withList, { page: 1, perPage: 100 })).items;
    expect(reg.find((r) => r.customerId === first.ids.customer)).toMatchObject({
      paymentMethod: 'cash',
      status: 'confirmed',
    });
  });
});
