// Contract tests (plain Node, real HTTP): the transaction-date order report (§7.6) with its
// next-day rule on the virtual clock, its required filters, and the /_sim check-in extension.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import {
  api,
  control,
  NO_LIMIT,
  resmarkToken,
  TEST_START,
  type Api,
  type Envelope,
} from '../testing/sim-http';
import { startResmarkSim } from './resmark-sim';
import { placeOrder, readyCart, slotOf, type OrderJson } from './test-support';

interface ReportRecord {
  transactionDate: string;
  transactionType: 'create' | 'modify';
  orderId: string;
  confirmation: number;
}

let sim: RunningSim;
let rm: Api;
beforeEach(async () => {
  sim = await startResmarkSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  rm = api(sim.baseUrl, await resmarkToken(sim));
});
afterEach(() => sim.close());

const report = async (query: string) =>
  (await rm.get<Envelope<ReportRecord[]>>(`/report/order/transactionDate?${query}`)).body.data;

async function orderToday(): Promise<OrderJson> {
  const slot = await slotOf(rm, 'Cornish Food Walking Tour', '2026-03-06', 2);
  return placeOrder(rm, (await readyCart(rm, slot.activityId, { Adult: 1 })).id);
}

describe('GET /report/order/transactionDate', () => {
  it('refuses a query without a range, orderIds or confirmationIds', async () => {
    const res = await rm.get<Envelope<null>>('/report/order/transactionDate');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errorMessage: expect.any(String), data: null });
    expect((await rm.get('/report/order/transactionDate?productNumbers=12345')).status).toBe(400);
  });

  it("shows seeded past days, but today's activity only from tomorrow", async () => {
    const past = await report('from=2026-02-20&to=2026-03-04');
    expect(past.length).toBeGreaterThan(20);
    expect(past.every((r) => r.transactionDate < '2026-03-04')).toBe(true);
    const order = await orderToday();
    expect(await report(`orderIds=${order.id}`)).toEqual([]);
    expect(await report('from=2026-03-04&to=2026-03-04')).toEqual([]);
    await control(sim).advance(24 * 3600);
    rm = api(sim.baseUrl, await resmarkToken(sim));
    const records = await report(`orderIds=${order.id}`);
    expect(records).toEqual([
      expect.objectContaining({
        transactionDate: '2026-03-04',
        transactionType: 'create',
        orderId: order.id,
      }),
    ]);
    expect((await report(`confirmationIds=${order.confirmation}`)).map((r) => r.orderId)).toEqual([order.id]);
  });

  it('keys a modification by the day it happened and filters by product start day', async () => {
    const order = await orderToday();
    await control(sim).advance(24 * 3600);
    rm = api(sim.baseUrl, await resmarkToken(sim)); // tokens last 24 h
    const slot = await slotOf(rm, 'Cornish Food Walking Tour', '2026-03-06', 3);
    await placeOrder(rm, (await readyCart(rm, slot.activityId, { Child: 1 })).id, { orderId: order.id });
    await control(sim).advance(24 * 3600);
    rm = api(sim.baseUrl, await resmarkToken(sim));
    const records = await report(`orderIds=${order.id}`);
    expect(records.map((r) => [r.transactionDate, r.transactionType])).toEqual([
      ['2026-03-04', 'create'],
      ['2026-03-05', 'modify'],
    ]);
    const byStart = await report('fromProductStartDate=2026-03-06&toProductStartDate=2026-03-06');
    expect(byStart.map((r) => r.orderId)).toContain(order.id);
    expect(
      await report(`fromProductStartDate=2026-03-07&toProductStartDate=2026-03-07&orderIds=${order.id}`),
    ).toEqual([]);
  });
});

describe('/_sim check-ins (test extension)', () => {
  it('records check-ins against an order and lists them by day', async () => {
    const order = await orderToday();
    const sim_ = api(`${sim.origin}/_sim`);
    const made = await sim_.post<{ orderId: string; itemIndex: number | null }>(
      `/order/${order.confirmation}/checkin`,
      {
        itemIndex: 0,
      },
    );
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ orderId: order.id, itemIndex: 0 });
    const list = await sim_.get<{ checkins: { orderId: string }[] }>('/checkins?date=2026-03-04');
    expect(list.body.checkins.map((c) => c.orderId)).toEqual([order.id]);
    expect((await sim_.get<{ checkins: unknown[] }>('/checkins?date=2026-03-05')).body.checkins).toEqual([]);
    expect((await sim_.post('/order/nope/checkin', {})).status).toBe(404);
    expect((await sim_.post(`/order/${order.id}/checkin`, { itemIndex: 9 })).status).toBe(400);
  });
});
