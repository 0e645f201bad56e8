// Contract tests (plain Node, real HTTP): the pass catalogue and customer passes (§7): the seed
// shape, filters, assignment with expiry from the validity, and status following uses and the
// virtual clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import {
  api,
  control,
  NO_LIMIT,
  reservieToken,
  TEST_START,
  type Api,
  type V1Error,
} from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';
import type { Customer, Pass } from './types';

interface CpJson {
  id: string;
  customerId: string;
  passId: string;
  remainingUses: number;
  startDate: string;
  expiryDate: string;
  status: string;
}
interface CpList {
  customerPasses: CpJson[];
  total: number;
}

let sim: RunningSim;
let v1: Api;
beforeAll(async () => {
  sim = await startReservieSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  v1 = api(sim.baseUrl, await reservieToken(sim));
});
afterAll(() => sim.close());

describe('passes catalogue', () => {
  it('lists pass types in the [A] shape', async () => {
    const res = await v1.get<{ passes: Pass[]; total: number }>('/passes');
    expect(res.body.total).toBeGreaterThanOrEqual(3);
    expect(Object.keys(res.body.passes[0] ?? {}).sort()).toEqual(
      ['createdAt', 'credits', 'id', 'name', 'price', 'validityPeriod', 'validityUnit'].sort(),
    );
    expect(res.body.passes[0]?.id).toMatch(/^pass_\d+$/);
  });

  it('creates (201), reads and updates a pass type; refuses a missing field', async () => {
    const created = await v1.post<Pass>('/passes', {
      name: '3-Class Taster',
      credits: 3,
      price: 3000,
      validityPeriod: 2,
      validityUnit: 'weeks',
    });
    expect(created.status).toBe(201);
    expect((await v1.get<Pass>(`/passes/${created.body.id}`)).body).toEqual(created.body);
    const updated = await v1.put<Pass>(`/passes/${created.body.id}`, { price: 2800 });
    expect(updated.body).toMatchObject({ price: 2800, credits: 3 });
    const bad = await v1.post<V1Error>('/passes', {
      name: 'No credits',
      validityPeriod: 1,
      validityUnit: 'months',
    });
    expect(bad.body.error).toMatchObject({ code: 'validation_error', details: { field: 'credits' } });
    expect((await v1.get('/passes/pass_0')).status).toBe(404);
  });
});

describe('customer passes', () => {
  it('uses the seed shape and filters by customerId, passId and status', async () => {
    const all = await v1.get<CpList>('/customer-passes');
    const first = all.body.customerPasses[0];
    expect(Object.keys(first ?? {}).sort()).toEqual(
      [
        'customerId',
        'expiryDate',
        'id',
        'passId',
        'remainingUses',
        'startDate',
        'status',
        'updatedAt',
      ].sort(),
    );
    expect(first?.id).toMatch(/^cp_\d+$/);
    const mine = await v1.get<CpList>(`/customer-passes?customerId=${first?.customerId}`);
    expect(mine.body.customerPasses.every((cp) => cp.customerId === first?.customerId)).toBe(true);
    expect(mine.body.customerPasses.map((cp) => cp.id)).toContain(first?.id);
    const byPass = await v1.get<CpList>('/customer-passes?passId=pass_4&perPage=100');
    expect(byPass.body.customerPasses.every((cp) => cp.passId === 'pass_4')).toBe(true);
    for (const status of ['active', 'expired', 'exhausted']) {
      const res = await v1.get<CpList>(`/customer-passes?status=${status}&perPage=100`);
      expect(res.body.total).toBeGreaterThan(0);
      expect(res.body.customerPasses.every((cp) => cp.status === status)).toBe(true);
    }
    const bad = await v1.get<V1Error>('/customer-passes?status=lost');
    expect(bad.body.error.details.field).toBe('status');
  });

  it('assigns a pass (201) with expiry from the validity and tracks status by uses and date', async () => {
    const customer = (
      await v1.post<Customer>('/customers', {
        firstName: 'Pass',
        lastName: 'Holder',
        email: 'pass.holder@example.com',
      })
    ).body;
    const assigned = await v1.post<CpJson>('/customer-passes', {
      customerId: customer.id,
      passId: 'pass_4',
      startDate: '2026-02-01',
    });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toMatchObject({
      customerId: customer.id,
      passId: 'pass_4',
      remainingUses: 10,
      startDate: '2026-02-01',
      expiryDate: '2026-05-01',
      status: 'active',
    });
    const id = assigned.body.id;
    const used = await v1.put<CpJson>(`/customer-passes/${id}`, { remainingUses: 9 });
    expect(used.body).toMatchObject({ remainingUses: 9, status: 'active' });
    expect((await v1.put<CpJson>(`/customer-passes/${id}`, { remainingUses: 0 })).body.status).toBe(
      'exhausted',
    );
    await v1.put(`/customer-passes/${id}`, { remainingUses: 3 });

    const ctl = control(sim);
    const before = await ctl.now();
    // Status on another day, read with a token fetched on that day.
    const statusOn = async (iso: string) => {
      await ctl.setClock(iso);
      const res = await api(sim.baseUrl, await reservieToken(sim)).get<CpJson>(`/customer-passes/${id}`);
      return res.body.status;
    };
    try {
      expect(await statusOn('2026-05-01T12:00:00Z')).toBe('active');
      expect(await statusOn('2026-05-02T12:00:00Z')).toBe('expired');
    } finally {
      await ctl.setClock(new Date(before).toISOString());
    }
  });

  it('reckons "today" as the UTC day (v1 times are UTC), not the London day', async () => {
    const customer = (
      await v1.post<Customer>('/customers', {
        firstName: 'Late',
        lastName: 'Night',
        email: 'late.night@example.com',
      })
    ).body;
    const ctl = control(sim);
    const before = await ctl.now();
    // 23:30 UTC in summer is already 00:30 the next day in London.
    const at = async <T>(iso: string, work: (client: Api) => Promise<T>): Promise<T> => {
      await ctl.setClock(iso);
      return work(api(sim.baseUrl, await reservieToken(sim)));
    };
    try {
      const assigned = await at('2026-07-01T23:30:00Z', (c) =>
        c.post<CpJson>('/customer-passes', { customerId: customer.id, passId: 'pass_1' }),
      );
      expect(assigned.body).toMatchObject({ startDate: '2026-07-01', expiryDate: '2026-07-08' });
      const id = assigned.body.id;
      const status = (iso: string) =>
        at(iso, async (c) => (await c.get<CpJson>(`/customer-passes/${id}`)).body.status);
      expect(await status('2026-07-08T23:30:00Z')).toBe('active');
      expect(await status('2026-07-09T00:00:00Z')).toBe('expired');
      const list = await at('2026-07-08T23:30:00Z', (c) =>
        c.get<CpList>(`/customer-passes?customerId=${customer.id}&status=active`),
      );
      expect(list.body.customerPasses.map((cp) => cp.id)).toEqual([id]);
    } finally {
      await ctl.setClock(new Date(before).toISOString());
    }
  });

  it('defaults startDate to today and refuses unknown customers, passes and negative uses', async () => {
    const customer = (
      await v1.post<Customer>('/customers', {
        firstName: 'Intro',
        lastName: 'Week',
        email: 'intro.week@example.com',
      })
    ).body;
    const intro = await v1.post<CpJson>('/customer-passes', { customerId: customer.id, passId: 'pass_1' });
    expect(intro.body).toMatchObject({
      startDate: '2026-03-04',
      expiryDate: '2026-03-11',
      remainingUses: 999,
    });
    const noCustomer = await v1.post<V1Error>('/customer-passes', { customerId: 'cust_0', passId: 'pass_1' });
    expect(noCustomer.body.error.details.field).toBe('customerId');
    const noPass = await v1.post<V1Error>('/customer-passes', { customerId: customer.id, passId: 'pass_0' });
    expect(noPass.body.error.details.field).toBe('passId');
    const missing = await v1.post<V1Error>('/customer-passes', { customerId: customer.id });
    expect(missing.body.error.details.field).toBe('passId');
    const negative = await v1.put<V1Error>(`/customer-passes/${intro.body.id}`, { remainingUses: -1 });
    expect(negative.body.error.details.field).toBe('remainingUses');
    expect((await v1.get('/customer-passes/cp_0')).status).toBe(404);
  });
});
