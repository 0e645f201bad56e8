// Contract tests (plain Node, real HTTP): carts (§7.4): seat locks for 30 minutes per item on the
// virtual clock, renew, remove (by position or activityId) and delete releasing seats, and a
// run-out lock dropping only its own item from a cart that survives but cannot be ordered (§8.5 [A]).
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
import { newCart, readyCart, seatsOf, slotOf, type CartJson } from './test-support';

let sim: RunningSim;
let rm: Api;
beforeEach(async () => {
  sim = await startResmarkSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  rm = api(sim.baseUrl, await resmarkToken(sim));
});
afterEach(() => sim.close());

const DAY = '2026-03-12';
const KAYAK = 'Harbour Kayak Tour';

describe('carts', () => {
  it('creates an empty cart in the documented shape', async () => {
    const res = await rm.post<Envelope<CartJson>>('/cart');
    expect(res.status).toBe(200);
    expect(res.body.errorMessage).toBeNull();
    expect(res.body.data).toMatchObject({
      customer: {},
      items: [],
      total: 0,
      createdBy: expect.any(String),
      createdByEmail: 'demo@frontdesk.test',
    });
    expect(res.body.data.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    for (const key of ['entityId', 'createdDate']) expect(res.body.data).toHaveProperty(key);
  });

  it('locks seats when inventory is added (counts may be strings) and prices the item', async () => {
    const slot = await slotOf(rm, KAYAK, DAY);
    const before = await seatsOf(rm, KAYAK, DAY);
    const cart = await newCart(rm);
    const res = await rm.post<Envelope<CartJson>>(`/cart/${cart.id}/item`, {
      itemId: slot.activityId,
      participants: { Adult: '2', Child: 1 },
    });
    expect(res.status).toBe(200);
    const [item] = res.body.data.items;
    expect(item).toMatchObject({
      activityId: slot.activityId,
      participants: { Adult: 2, Child: 1 },
      total: 120,
    });
    expect(item).toHaveProperty('participantList');
    expect(res.body.data.total).toBe(120);
    expect(Date.parse(item?.lockExpiresDate ?? '') - (await control(sim).now())).toBeLessThanOrEqual(
      30 * 60_000,
    );
    expect(await seatsOf(rm, KAYAK, DAY)).toBe(before - 3);
  });

  it('refuses more participants than seats with 409, and unknown tiers or items', async () => {
    const slot = await slotOf(rm, KAYAK, DAY);
    const cart = await newCart(rm);
    const tooMany = await rm.post<Envelope<null>>(`/cart/${cart.id}/item`, {
      itemId: slot.activityId,
      participants: { Adult: 99 },
    });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body).toEqual({ errorMessage: expect.any(String), data: null });
    const tier = await rm.post(`/cart/${cart.id}/item`, {
      itemId: slot.activityId,
      participants: { Senior: 1 },
    });
    expect(tier.status).toBe(400);
    const none = await rm.post(`/cart/${cart.id}/item`, {
      itemId: slot.activityId,
      participants: { Adult: 0 },
    });
    expect(none.status).toBe(400);
    expect(
      (await rm.post(`/cart/${cart.id}/item`, { itemId: 'nope', participants: { Adult: 1 } })).status,
    ).toBe(404);
    expect(
      (await rm.post('/cart/nope/item', { itemId: slot.activityId, participants: { Adult: 1 } })).status,
    ).toBe(404);
  });

  it('honours per-tier caps', async () => {
    const surf = await slotOf(rm, 'Surf School Taster', DAY, 3);
    const cart = await newCart(rm);
    const child = surf.tiersAvailable.Child ?? 0;
    const res = await rm.post(`/cart/${cart.id}/item`, {
      itemId: surf.activityId,
      participants: { Child: child + 1 },
    });
    expect(res.status).toBe(409);
  });

  it('lists and gets carts; removing an item or deleting the cart gives seats back', async () => {
    const before = await seatsOf(rm, KAYAK, DAY);
    const slot = await slotOf(rm, KAYAK, DAY);
    const a = await readyCart(rm, slot.activityId, { Adult: 2 });
    const b = await readyCart(rm, slot.activityId, { Child: 1 });
    expect(await seatsOf(rm, KAYAK, DAY)).toBe(before - 3);
    const list = await rm.get<Envelope<CartJson[]>>(`/cart?ids=${a.id},${b.id}`);
    expect(list.body.data.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect((await rm.get<Envelope<CartJson[]>>('/cart?limit=1&page=1')).body.data).toHaveLength(1);
    const removed = await rm.del<Envelope<CartJson>>(`/cart/${a.id}/item/0`);
    expect(removed.body.data.items).toEqual([]);
    expect(await seatsOf(rm, KAYAK, DAY)).toBe(before - 1);
    expect((await rm.del(`/cart/${a.id}/item/5`)).status).toBe(404);
    expect((await rm.del(`/cart/${b.id}`)).status).toBe(200);
    expect(await seatsOf(rm, KAYAK, DAY)).toBe(before);
    expect((await rm.get(`/cart/${b.id}`)).status).toBe(404);
  });

  it('sets the customer and applies a discount code', async () => {
    const slot = await slotOf(rm, KAYAK, DAY);
    const cart = await readyCart(rm, slot.activityId, { Adult: 2 });
    expect(
      (await rm.get<Envelope<CartJson & { customer: object }>>(`/cart/${cart.id}`)).body.data.customer,
    ).toMatchObject({
      firstName: 'Ada',
      email: 'ada@example.com',
    });
    const discounted = await rm.put<Envelope<CartJson>>(`/cart/${cart.id}/discount`, { code: 'demo10' });
    expect(discounted.body.data.total).toBe(81);
    expect((await rm.put(`/cart/${cart.id}/discount`, { code: 'FREE' })).status).toBe(400);
  });
});

describe('seat locks on the virtual clock', () => {
  it('renew resets every lock to 30 minutes from now', async () => {
    const slot = await slotOf(rm, KAYAK, DAY);
    const cart = await readyCart(rm, slot.activityId, { Adult: 1 });
    await control(sim).advance(25 * 60);
    const renewed = await rm.put<Envelope<CartJson>>(`/cart/${cart.id}/renew`);
    expect(renewed.status).toBe(200);
    const lock = Date.parse(renewed.body.data.lockExpiresDate ?? '');
    expect(lock - (await control(sim).now())).toBeGreaterThan(29 * 60_000);
    await control(sim).advance(25 * 60);
    expect((await rm.get<Envelope<CartJson>>(`/cart/${cart.id}`)).body.data.items).toHaveLength(1);
  });

  it('a run-out lock returns the seats and empties the cart; renew, order and new items are refused', async () => {
    const before = await seatsOf(rm, KAYAK, DAY);
    const slot = await slotOf(rm, KAYAK, DAY);
    const cart = await readyCart(rm, slot.activityId, { Adult: 2 });
    expect(await seatsOf(rm, KAYAK, DAY)).toBe(before - 2);
    await control(sim).advance(31 * 60);
    expect(await seatsOf(rm, KAYAK, DAY)).toBe(before);
    const after = await rm.get<Envelope<CartJson>>(`/cart/${cart.id}`);
    expect(after.status).toBe(200);
    expect(after.body.data).toMatchObject({ items: [], status: 'expired', total: 0 });
    const renew = await rm.put<Envelope<null>>(`/cart/${cart.id}/renew`);
    expect(renew.status).toBe(409);
    expect(renew.body.errorMessage).toMatch(/expired/);
    const order = await rm.post<Envelope<null>>('/order', { id: cart.id });
    expect(order.status).toBe(409);
    expect(order.body).toEqual({ errorMessage: expect.stringMatching(/lock expired/), data: null });
    const add = await rm.post<Envelope<null>>(`/cart/${cart.id}/item`, {
      itemId: slot.activityId,
      participants: { Adult: 1 },
    });
    expect(add.status).toBe(409);
    expect(add.body.errorMessage).toMatch(/expired/);
    expect(await seatsOf(rm, KAYAK, DAY)).toBe(before);
    // The cart itself survives: its customer can still be changed.
    expect((await rm.put(`/cart/${cart.id}/customer`, { email: 'late@example.com' })).status).toBe(200);
  });

  it('drops only the item whose lock ran out; the rest of the cart stays usable but cannot be ordered', async () => {
    const early = await slotOf(rm, KAYAK, DAY, 0);
    const late = await slotOf(rm, KAYAK, DAY, 1);
    const earlyBefore = await seatsOf(rm, KAYAK, DAY, 0);
    const lateBefore = await seatsOf(rm, KAYAK, DAY, 1);
    const cart = await readyCart(rm, early.activityId, { Adult: 2 });
    await control(sim).advance(20 * 60);
    await rm.post(`/cart/${cart.id}/item`, { itemId: late.activityId, participants: { Adult: 1 } });
    await control(sim).advance(11 * 60); // the first item's lock has run out, the second's has not
    const after = await rm.get<Envelope<CartJson & { customer: object }>>(`/cart/${cart.id}`);
    expect(after.status).toBe(200);
    expect(after.body.data.items.map((i) => i.activityId)).toEqual([late.activityId]);
    expect(after.body.data).toMatchObject({ status: 'expired', total: 45, customer: { firstName: 'Ada' } });
    expect(await seatsOf(rm, KAYAK, DAY, 0)).toBe(earlyBefore);
    expect(await seatsOf(rm, KAYAK, DAY, 1)).toBe(lateBefore - 1);
    // Set customer and renew still work; renew keeps the surviving item past its first 30 minutes.
    expect((await rm.put(`/cart/${cart.id}/customer`, { firstName: 'Ada', lastName: 'Byron' })).status).toBe(
      200,
    );
    expect((await rm.put(`/cart/${cart.id}/renew`)).status).toBe(200);
    await control(sim).advance(25 * 60);
    expect((await rm.get<Envelope<CartJson>>(`/cart/${cart.id}`)).body.data.items).toHaveLength(1);
    const order = await rm.post<Envelope<null>>('/order', { id: cart.id });
    expect(order.status).toBe(409);
    expect(order.body.errorMessage).toMatch(/lock expired/);
    expect(order.body.data).toBeNull();
    // Remove still works and gives the seat back.
    expect((await rm.del(`/cart/${cart.id}/item/0`)).status).toBe(200);
    expect(await seatsOf(rm, KAYAK, DAY, 1)).toBe(lateBefore);
  });
});

describe('removing an item', () => {
  it('takes the position or the activityId (the oldest item with it) and gives its seats back', async () => {
    const a = await slotOf(rm, KAYAK, DAY, 2);
    const b = await slotOf(rm, KAYAK, DAY, 3);
    const cart = await newCart(rm);
    await rm.post(`/cart/${cart.id}/item`, { itemId: a.activityId, participants: { Adult: 1 } });
    await rm.post(`/cart/${cart.id}/item`, { itemId: b.activityId, participants: { Adult: 2 } });
    await rm.post(`/cart/${cart.id}/item`, { itemId: a.activityId, participants: { Child: 1 } });
    const bBefore = await seatsOf(rm, KAYAK, DAY, 3);
    const byId = await rm.del<Envelope<CartJson>>(`/cart/${cart.id}/item/${b.activityId}`);
    expect(byId.status).toBe(200);
    expect(byId.body.data.items.map((i) => i.activityId)).toEqual([a.activityId, a.activityId]);
    expect(await seatsOf(rm, KAYAK, DAY, 3)).toBe(bBefore + 2);
    const first = await rm.del<Envelope<CartJson>>(`/cart/${cart.id}/item/${a.activityId}`);
    expect(first.body.data.items.map((i) => i.participants)).toEqual([{ Child: 1 }]);
    const missing = await rm.del<Envelope<null>>(`/cart/${cart.id}/item/${b.activityId}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ errorMessage: expect.any(String), data: null });
    expect((await rm.del(`/cart/${cart.id}/item/0`)).status).toBe(200);
  });
});

describe('GET /cart paging', () => {
  it('serves a limit above 500 as 500 rather than refusing it', async () => {
    for (let i = 0; i < 520; i += 20) await Promise.all(Array.from({ length: 20 }, () => newCart(rm)));
    const capped = await rm.get<Envelope<CartJson[]>>('/cart?limit=100000');
    expect(capped.status).toBe(200);
    expect(capped.body.data).toHaveLength(500);
    const next = await rm.get<Envelope<CartJson[]>>('/cart?limit=501&page=1');
    expect(next.body.data).toHaveLength(20);
    const bad = await rm.get<Envelope<null>>('/cart?limit=0');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ errorMessage: expect.stringMatching(/limit/), data: null });
  });
});
