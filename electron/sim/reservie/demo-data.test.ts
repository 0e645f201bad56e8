// Contract tests (plain Node, real HTTP): the Reservie demo data set: size, variety, today's
// registers, determinism from seed and start day, and the 100k-customer benchmark scale.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, NO_LIMIT, reservieToken, TEST_START, type Api } from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';
import type { Customer, Registration } from './types';

interface EventJson {
  id: string;
  name: string;
  startsAt: string;
}

const sims: RunningSim[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function open(opts: Parameters<typeof startReservieSim>[0] = {}): Promise<Api> {
  const sim = await startReservieSim({ startAt: TEST_START, rateLimit: NO_LIMIT, ...opts });
  sims.push(sim);
  return api(sim.baseUrl, await reservieToken(sim));
}

async function allEvents(v1: Api): Promise<EventJson[]> {
  const out: EventJson[] = [];
  for (let page = 1; ; page++) {
    const res = await v1.get<{ events: EventJson[]; total: number }>(`/events?perPage=100&page=${page}`);
    out.push(...res.body.events);
    if (page * 100 >= res.body.total) return out;
  }
}

describe('Reservie demo data', () => {
  it('has 2,000+ varied customers with e-mails and UK phones', async () => {
    const v1 = await open();
    const res = await v1.get<{ customers: Customer[]; total: number }>('/customers?perPage=100');
    expect(res.body.total).toBeGreaterThanOrEqual(2000);
    const { customers } = res.body;
    expect(new Set(customers.map((c) => c.firstName)).size).toBeGreaterThan(40);
    expect(new Set(customers.map((c) => c.lastName)).size).toBeGreaterThan(40);
    expect(customers.filter((c) => c.email).every((c) => /^[a-z0-9._]+@[a-z.]+$/.test(c.email ?? ''))).toBe(
      true,
    );
    const phones = customers.map((c) => c.phone).filter((p): p is string => p !== null);
    expect(phones.length).toBeGreaterThan(70);
    expect(phones.every((p) => /^(\+44 |0)[\d ]{9,12}$/.test(p))).toBe(true);
  });

  it('runs about 40 sessions a week over the past and next four weeks', async () => {
    const events = await allEvents(await open());
    expect(events.length).toBeGreaterThanOrEqual(8 * 38);
    const days = events.map((e) => e.startsAt.slice(0, 10)).sort();
    expect(days[0]).toBe('2026-02-04');
    expect(days.at(-1)).toBe('2026-03-31');
    const names = new Set(events.map((e) => e.name));
    for (const kind of [/yoga|vinyasa/i, /pilates/i, /boulder/i, /climbing intro/i]) {
      expect([...names].some((n) => kind.test(n))).toBe(true);
    }
  });

  it("fills today's sessions with several registrations, some paid by pass", async () => {
    const v1 = await open();
    const today = (await allEvents(v1)).filter((e) => e.startsAt.startsWith('2026-03-04'));
    expect(today.length).toBeGreaterThanOrEqual(5);
    const methods: string[] = [];
    for (const e of today) {
      const res = await v1.get<{ registrations: Registration[] }>(
        `/events/${e.id}/registrations?perPage=100`,
      );
      expect(res.body.registrations.length).toBeGreaterThanOrEqual(3);
      methods.push(...res.body.registrations.map((r) => r.paymentMethod));
    }
    expect(methods).toContain('pass');
    expect(methods.some((m) => m !== 'pass')).toBe(true);
  });

  it('holds 1,500+ customer passes in every status and 3+ pass types', async () => {
    const v1 = await open();
    expect((await v1.get<{ total: number }>('/customer-passes')).body.total).toBeGreaterThanOrEqual(1500);
    expect((await v1.get<{ total: number }>('/passes')).body.total).toBeGreaterThanOrEqual(3);
    for (const status of ['active', 'expired', 'exhausted']) {
      expect(
        (await v1.get<{ total: number }>(`/customer-passes?status=${status}`)).body.total,
      ).toBeGreaterThan(50);
    }
  });

  it('is the same for the same seed and start day, and differs for another seed', async () => {
    const page = async (v1: Api) =>
      (await v1.get<{ customers: Customer[] }>('/customers?page=4')).body.customers;
    const a = await page(await open({ seed: 7 }));
    const b = await page(await open({ seed: 7 }));
    const c = await page(await open({ seed: 8 }));
    expect(a).toEqual(b);
    expect(c.map((x) => x.email)).not.toEqual(a.map((x) => x.email));
  });

  it('scales to 100,000 customers and 75,000 customer passes, paging cheaply to the end', async () => {
    const v1 = await open({ scale: 100_000 });
    const first = await v1.get<{ total: number }>('/customers?perPage=100');
    expect(first.body.total).toBe(100_000);
    const last = await v1.get<{ customers: Customer[] }>('/customers?perPage=100&page=1000');
    expect(last.body.customers).toHaveLength(100);
    expect((await v1.get<{ total: number }>('/customer-passes')).body.total).toBe(75_000);
  });
});
