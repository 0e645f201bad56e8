// Contract tests (plain Node, real HTTP): orders (§7.5): the order shape, one order per cart, an
// optional customer kept whole, orderId keeping referenceId and billing, referenceId look-up,
// id/confirmation look-up, day-granular created/modified filters that work on the same day, sort
// order and paging, and the seeded orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { newCart, placeOrder, readyCart, slotOf, type OrderJson } from './test-support';

let sim: RunningSim;
let rm: Api;
beforeAll(async () => {
  sim = await startResmarkSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  rm = api(sim.baseUrl, await resmarkToken(sim));
});
afterAll(() => sim.close());

const DAY = '2026-03-11';
const orders = async (query: string) => (await rm.get<Envelope<OrderJson[]>>(`/order?${query}`)).body.data;

describe('POST /order', () => {
  it('turns a cart into a paid order with the documented and agreed fields', async () => {
    const slot = await slotOf(rm, 'Seal Spotting Boat Trip', DAY, 2);
    const cart = await readyCart(rm, slot.activityId, { Adult: 2, Child: 1 });
    const res = await rm.post<Envelope<OrderJson & Record<string, unknown>>>('/order', {
      id: cart.id,
      referenceId: 'desk-0001',
      billing: { memo: 'walk-up cash' },
      disableConfirmationEmail: true,
    });
    expect(res.status).toBe(200);
    const order = res.body.data;
    expect(order.id).toMatch(/^[0-9a-f]{24}$/);
    expect(String(order.confirmation)).toMatch(/^\d{7}$/);
    expect(order).toMatchObject({
      referenceId: 'desk-0001',
      billing: { memo: 'walk-up cash' },
      total: 74,
      amountPaid: 74,
      createdByEmail: 'demo@frontdesk.test',
      customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '07700 900001' },
    });
    expect(order.modifiedDate).toBe(order.createdDate);
    expect(order.items[0]).toMatchObject({
      activityId: slot.activityId,
      product: { name: 'Seal Spotting Boat Trip', productNumber: expect.any(Number) },
      date: { startTime: slot.startTime, endTime: expect.any(String) },
      participants: { Adult: 2, Child: 1 },
      total: 74,
    });
    const cartAfter = await rm.get<Envelope<{ status: string; orderId: string }>>(`/cart/${cart.id}`);
    expect(cartAfter.body.data).toMatchObject({ status: 'ordered', orderId: order.id });
  });

  it('makes at most one order from a cart: a second POST is a 409', async () => {
    const slot = await slotOf(rm, 'Seal Spotting Boat Trip', DAY, 3);
    const cart = await readyCart(rm, slot.activityId, { Adult: 1 });
    const first = await placeOrder(rm, cart.id);
    const again = await rm.post<Envelope<null>>('/order', { id: cart.id });
    expect(again.status).toBe(409);
    expect(again.body.errorMessage).toContain(first.id);
    expect(await orders(`ids=${first.id}`)).toHaveLength(1);
  });

  it('needs inventory but no customer: an order without one has null customer fields', async () => {
    const empty = await newCart(rm);
    expect((await rm.post<Envelope<null>>('/order', { id: empty.id })).status).toBe(400);
    const slot = await slotOf(rm, 'Seal Spotting Boat Trip', DAY, 4);
    const anonymous = await newCart(rm);
    await rm.post(`/cart/${anonymous.id}/item`, { itemId: slot.activityId, participants: { Adult: 1 } });
    const order = await rm.post<Envelope<OrderJson>>('/order', { id: anonymous.id });
    expect(order.status).toBe(200);
    expect(order.body.errorMessage).toBeNull();
    expect(order.body.data.customer).toEqual({ firstName: null, lastName: null, email: null, phone: null });
    expect((await rm.post('/order', {})).status).toBe(400);
    expect((await rm.post('/order', { id: 'no-such-cart' })).status).toBe(404);
  });

  it('keeps every customer field set on the cart, custom questions too', async () => {
    const slot = await slotOf(rm, 'Seal Spotting Boat Trip', DAY, 5);
    const cart = await newCart(rm);
    await rm.post(`/cart/${cart.id}/item`, { itemId: slot.activityId, participants: { Adult: 1 } });
    const customer = {
      email: 'grace@example.com',
      firstName: ' Grace ',
      lastName: 'Hopper',
      title: 'Rear Admiral',
      phone: '07700 900002',
      organization: 'US Navy',
      birthDate: '1906-12-09',
      gender: 'FEMALE',
      streetAddress: '1 Harbour Road',
      city: 'Falmouth',
      state: 'Cornwall',
      postalCode: 'TR11 1AA',
      country: 'GB',
      'Arrival Flight Number': 'BA1234',
    };
    await rm.put(`/cart/${cart.id}/customer`, customer);
    const order = await placeOrder(rm, cart.id);
    expect(order.customer).toEqual({ ...customer, firstName: 'Grace' });
    expect((await rm.get<Envelope<OrderJson>>(`/order/${order.id}`)).body.data.customer).toEqual(
      order.customer,
    );
  });

  it('adds a cart to an existing order with orderId, marking it modified', async () => {
    const slot = await slotOf(rm, 'Mine Heritage Tour', DAY, 1);
    const first = await placeOrder(rm, (await readyCart(rm, slot.activityId, { Adult: 1 })).id);
    await control(sim).advance(120);
    const more = await readyCart(rm, slot.activityId, { Child: 2 });
    const merged = await placeOrder(rm, more.id, { orderId: String(first.confirmation) });
    expect(merged.id).toBe(first.id);
    expect(merged.items).toHaveLength(2);
    expect(merged.total).toBe(first.total + 18);
    expect(Date.parse(merged.modifiedDate)).toBeGreaterThan(Date.parse(merged.createdDate));
  });

  it('keeps the referenceId and billing sent with orderId, and finds the order by either referenceId', async () => {
    const slot = await slotOf(rm, 'Mine Heritage Tour', DAY, 2);
    const first = await placeOrder(rm, (await readyCart(rm, slot.activityId, { Adult: 1 })).id, {
      referenceId: 'desk-first',
      billing: { memo: 'card at desk' },
    });
    const more = await readyCart(rm, slot.activityId, { Child: 1 });
    const merged = await placeOrder(rm, more.id, {
      orderId: first.id,
      referenceId: 'desk-second',
      billing: { memo: 'walk-up cash' },
    });
    expect(merged).toMatchObject({ referenceId: 'desk-first', billing: { memo: 'card at desk' } });
    expect(merged.payments).toEqual([
      {
        date: expect.any(String),
        amount: first.total,
        referenceId: 'desk-first',
        billing: { memo: 'card at desk' },
      },
      { date: expect.any(String), amount: 9, referenceId: 'desk-second', billing: { memo: 'walk-up cash' } },
    ]);
    expect((await orders('referenceId=desk-second')).map((o) => o.id)).toEqual([first.id]);
    expect((await orders('referenceId=desk-first')).map((o) => o.id)).toEqual([first.id]);
  });

  it('gives an order first made without a referenceId the one sent when a cart joins it', async () => {
    const slot = await slotOf(rm, 'Mine Heritage Tour', DAY, 3);
    const first = await placeOrder(rm, (await readyCart(rm, slot.activityId, { Adult: 1 })).id);
    expect(first.referenceId).toBeNull();
    const merged = await placeOrder(rm, (await readyCart(rm, slot.activityId, { Adult: 1 })).id, {
      orderId: first.id,
      referenceId: 'kiosk-late',
    });
    expect(merged.referenceId).toBe('kiosk-late');
    expect((await orders('referenceId=kiosk-late')).map((o) => o.id)).toEqual([first.id]);
  });
});

describe('GET /order', () => {
  it('looks an order up by id, confirmation and referenceId', async () => {
    const slot = await slotOf(rm, 'Gig Rowing Experience', DAY, 0);
    const order = await placeOrder(rm, (await readyCart(rm, slot.activityId, { All: 2 })).id, {
      referenceId: 'kiosk-42',
    });
    expect((await rm.get<Envelope<OrderJson>>(`/order/${order.id}`)).body.data.id).toBe(order.id);
    expect((await rm.get<Envelope<OrderJson>>(`/order/${order.confirmation}`)).body.data.id).toBe(order.id);
    expect((await orders('referenceId=kiosk-42')).map((o) => o.id)).toEqual([order.id]);
    expect(await orders('referenceId=kiosk-none')).toEqual([]);
    expect((await orders(`confirmationIds=${order.confirmation}`)).map((o) => o.id)).toEqual([order.id]);
    expect((await rm.get<Envelope<null>>('/order/0000000')).status).toBe(404);
  });

  it('filters by created and modified day, inclusive, including today', async () => {
    const slot = await slotOf(rm, 'Ghost Walk of the Old Town', DAY, 5);
    const placed = await placeOrder(rm, (await readyCart(rm, slot.activityId, { Adult: 1 })).id);
    const today = await orders('fromCreatedDate=2026-03-04&toCreatedDate=2026-03-04&limit=500');
    expect(today.length).toBeGreaterThan(0);
    expect(today.every((o) => o.createdDate.startsWith('2026-03-04'))).toBe(true);
    expect(today.map((o) => o.id)).toContain(placed.id);
    const modified = await orders('fromModifiedDate=2026-03-04&limit=500');
    expect(modified.map((o) => o.id)).toEqual(expect.arrayContaining(today.map((o) => o.id)));
    const past = await orders('fromCreatedDate=2026-02-20&toCreatedDate=2026-03-03&limit=500');
    expect(past.length).toBeGreaterThan(20);
    expect(past.every((o) => o.createdDate >= '2026-02-20' && o.createdDate < '2026-03-04')).toBe(true);
    const bad = await rm.get<Envelope<null>>('/order?toModifiedDate=2026-03-04');
    expect(bad.status).toBe(400);
    expect((await rm.get('/order?fromCreatedDate=04/03/2026')).status).toBe(400);
  });

  it('sorts by id ascending (default) or descending and pages from 0', async () => {
    const asc = await orders('limit=500');
    const ids = asc.map((o) => o.id);
    expect(ids).toEqual([...ids].sort());
    expect((await orders('limit=500&sortOrder=desc')).map((o) => o.id)).toEqual([...ids].reverse());
    expect((await orders('limit=10&page=1')).map((o) => o.id)).toEqual(ids.slice(10, 20));
    expect((await orders('limit=10&page=1&sortOrder=desc')).map((o) => o.id)).toEqual(
      [...ids].reverse().slice(10, 20),
    );
    expect((await orders('limit=50')).length).toBe(50);
    expect((await rm.get('/order?sortOrder=up')).status).toBe(400);
  });

  it('comes seeded with orders for today (with participants) and for past days', async () => {
    const all = await orders('limit=500');
    const forToday = all.filter((o) =>
      o.items.some((i) => (i as { date?: { startTime: string } }).date?.startTime.startsWith('2026-03-04')),
    );
    expect(forToday.length).toBeGreaterThanOrEqual(10);
    expect(forToday.every((o) => Object.values(o.items[0]?.participants ?? {}).some((n) => n > 0))).toBe(
      true,
    );
    expect(all.filter((o) => o.createdDate < '2026-03-01').length).toBeGreaterThan(10);
  });
});
