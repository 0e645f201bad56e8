// Integration (plain Node, both simulators over real HTTP, real SQLite): walk-up sales through the
// core's contract. Online a sale goes at once and comes back with its confirmation; offline it is
// saved with its dependencies (new customer → pass → registration) and replayed in that order once
// the back ends are back (D5); a reply lost after the server committed is looked up, never sent
// twice (D2); a sold-out order needs attention while the sales behind it still go (D4); a lost or
// damaged cache leaves the queue untouched (D7); sign-out waits for unsent sales.
import { afterEach, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { OutboxEntry, OutboxSendReport } from '../../shared/domain/outbox';
import type { AvailabilityAnswer, DaySummary, SaleReceipt, SeatHold } from '../../shared/domain/sales';
import type { SlotRecord } from '../../electron/core/store/records';
import type { ResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { simControl } from '../../electron/sim/testing/sim-control';
import { salesWorld, startCore, value, type SalesWorld } from '../support/sales-world';
import { syncOnce } from '../support/reservie-checkin-fixture';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function world(people = 2): Promise<SalesWorld> {
  const w = await salesWorld({ people });
  closers.push(() => w.close());
  return w;
}

const controls = (w: SalesWorld) => [simControl(w.reservie.origin), simControl(w.resmark.origin)];
const allDown = (w: SalesWorld) => Promise.all(controls(w).map((c) => c.setFaults({ down: true })));
const allUp = (w: SalesWorld) => Promise.all(controls(w).map((c) => c.clearFaults()));
const tierOf = (slot: SlotRecord) => Object.keys(slot.prices)[0]!;

const sell = (w: SalesWorld, request: Record<string, unknown>) =>
  value<SaleReceipt>(w.core, 'sales:sell', request);
const resmarkSale = (w: SalesWorld, slot: SlotRecord, n: number, referenceId?: string) =>
  sell(w, {
    backend: 'resmark',
    activityId: slot.activityId,
    participants: { [tierOf(slot)]: n },
    firstName: 'Walk',
    lastName: 'Up',
    email: 'walk.up@example.com',
    tender: 'card',
    ...(referenceId ? { referenceId } : {}),
  });

async function ordersFor(rm: ResmarkClient, referenceId: string) {
  const page = await rm.listOrders({ page: 0, referenceId });
  return page.items.filter((o) => o.referenceId === referenceId);
}

/** Sends until nothing waits (each run stops at the first item to retry, to keep the order). */
async function sendUntilDone(w: SalesWorld, maxRuns: number): Promise<number> {
  for (let run = 1; run <= maxRuns; run++) {
    const report = await value<OutboxSendReport>(w.core, 'outbox:send');
    if (report.waiting === 0) return run;
  }
  throw new Error(`still waiting after ${maxRuns} runs`);
}

/** Books every free seat of a slot through the public cart flow (another sales channel). */
async function fillSlot(rm: ResmarkClient, slot: SlotRecord) {
  const participants: Record<string, number> =
    slot.tiersAvailable['*'] !== undefined
      ? { [tierOf(slot)]: slot.tiersAvailable['*'] }
      : { ...slot.tiersAvailable };
  const cart = await rm.createCart();
  await rm.addItem(cart.id, { itemId: slot.activityId, participants });
  await rm.setCustomer(cart.id, { firstName: 'Web', lastName: 'Shop', email: 'web@example.com' });
  await rm.createOrder({ cartId: cart.id, referenceId: `web-${slot.activityId}`, memo: 'web shop' });
}

it('sells on Resmark at once when online: one order under the referenceId, with its confirmation; a repeat is the same sale', async () => {
  const w = await world();
  const slot = w.slots[0]!;
  const receipt = await resmarkSale(w, slot, 2, 'fd-online-0001');
  expect(receipt).toMatchObject({
    referenceId: 'fd-online-0001',
    state: 'sent',
    provisional: false,
    places: 2,
  });
  expect(receipt.confirmation).toMatch(/^\d{7}$/);
  expect(receipt.total?.minor).toBe(Math.round((slot.prices[tierOf(slot)] ?? 0) * 100) * 2);
  const orders = await ordersFor(w.rm, 'fd-online-0001');
  expect(orders).toHaveLength(1);
  expect(orders[0]?.confirmation).toBe(receipt.confirmation);
  expect(receipt.serverIds).toEqual({ order: orders[0]!.id });

  // A retried tap with the same referenceId is the same sale, not a second one.
  expect(await resmarkSale(w, slot, 2, 'fd-online-0001')).toMatchObject({ state: 'sent' });
  expect(await ordersFor(w.rm, 'fd-online-0001')).toHaveLength(1);
}, 120_000);

it('held seats: taken from what is left at once, ordered on that cart (taken once), released on cancel, locked again if the lock ran out', async () => {
  const w = await world();
  const [slot, other] = w.slots as [SlotRecord, SlotRecord];
  const tier = tierOf(slot);
  const seatsOf = async (s: SlotRecord) => {
    const day = s.startTime.slice(0, 10);
    const live = (await w.rm.getInventory(s.productId, day, day)).find((x) => x.activityId === s.activityId)!;
    return Object.values(live.tiersAvailable).reduce((a, b) => a + b, 0);
  };
  const before = await seatsOf(slot);
  const hold = await value<SeatHold>(w.core, 'sales:holdSeats', {
    activityId: slot.activityId,
    participants: { [tier]: 2 },
  });
  expect(hold.expired).toBe(false);
  expect(Date.parse(hold.lockEndsAt) - Date.now()).toBeGreaterThan(25 * 60_000);
  expect(await seatsOf(slot)).toBe(before - 2);
  // The hold is for these participants only.
  const mismatch = await w.core.dispatch('sales:sell', {
    backend: 'resmark',
    activityId: slot.activityId,
    participants: { [tier]: 3 },
    firstName: 'Walk',
    lastName: 'Up',
    tender: 'cash',
    holdId: hold.holdId,
  });
  expect(mismatch).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  const sold = await sell(w, {
    backend: 'resmark',
    activityId: slot.activityId,
    participants: { [tier]: 2 },
    firstName: 'Walk',
    lastName: 'Up',
    tender: 'cash',
    holdId: hold.holdId,
  });
  expect(sold.state).toBe('sent');
  expect(await ordersFor(w.rm, sold.referenceId)).toHaveLength(1);
  expect(await seatsOf(slot)).toBe(before - 2);
  expect(await w.core.dispatch('sales:holdState', { holdId: hold.holdId })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });

  // Cancel: the seats go back at once.
  const otherBefore = await seatsOf(other);
  const second = await value<SeatHold>(w.core, 'sales:holdSeats', {
    activityId: other.activityId,
    participants: { [tierOf(other)]: 1 },
  });
  expect(await seatsOf(other)).toBe(otherBefore - 1);
  await value(w.core, 'sales:releaseSeats', { holdId: second.holdId });
  expect(await seatsOf(other)).toBe(otherBefore);

  // The lock runs out at the server before the order: the send locks the seats again in a new cart.
  const third = await value<SeatHold>(w.core, 'sales:holdSeats', {
    activityId: other.activityId,
    participants: { [tierOf(other)]: 1 },
  });
  await simControl(w.resmark.origin).advanceClock(31 * 60);
  expect(await seatsOf(other)).toBe(otherBefore);
  const late = await sell(w, {
    backend: 'resmark',
    activityId: other.activityId,
    participants: { [tierOf(other)]: 1 },
    firstName: 'Walk',
    lastName: 'Up',
    tender: 'card',
    holdId: third.holdId,
  });
  expect(late.state).toBe('sent');
  expect(await ordersFor(w.rm, late.referenceId)).toHaveLength(1);
  expect(await seatsOf(other)).toBe(otherBefore - 1);
}, 180_000);

it("availability: live when Resmark answers; offline from the saved copy minus this desk's queued sales, marked provisional", async () => {
  const w = await world();
  const slot = w.slots[0]!;
  const query = { productId: slot.productId, date: slot.startTime.slice(0, 10) };
  const seats = (a: AvailabilityAnswer) => {
    const s = a.slots.find((x) => x.activityId === slot.activityId)!;
    return s.seatsLeft ?? s.tiers.reduce((n, t) => n + (t.seatsLeft ?? 0), 0);
  };
  const live = await value<AvailabilityAnswer>(w.core, 'sales:availability', query);
  expect(live).toMatchObject({ source: 'live', provisional: false });
  const tier = live.slots.find((x) => x.activityId === slot.activityId)!.tiers[0]!;
  expect(tier.unit).toMatchObject({
    currency: 'GBP',
    minor: Math.round((slot.prices[tier.tier] ?? 0) * 100),
  });
  expect(tier.unit.formatted).toMatch(/^£\d/);

  await allDown(w);
  await resmarkSale(w, slot, 2);
  const offline = await value<AvailabilityAnswer>(w.core, 'sales:availability', query);
  expect(offline).toMatchObject({ source: 'cache', provisional: true });
  expect(seats(offline)).toBe(seats(live) - 2);
}, 180_000);

it('refuses a new Reservie customer without names before anything is queued', async () => {
  const w = await world();
  const r = await w.core.dispatch('sales:sell', {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'nobody.yet@example.com',
    payment: { kind: 'pay', tender: 'cash' },
  });
  expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  expect(!r.ok && r.error.message).toMatch(/First name is required/);
  expect(await value<OutboxEntry[]>(w.core, 'outbox:list')).toEqual([]);
}, 120_000);

it('offline: a new customer, their pass and registration, and a Resmark order are saved, then replayed in order exactly once (D5)', async () => {
  const w = await world();
  const slot = w.slots[0]!;
  await allDown(w);

  const newcomer = await sell(w, {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'newcomer@example.com',
    firstName: 'New',
    lastName: 'Comer',
    payment: { kind: 'buyPass', passId: w.passId, tender: 'card' },
  });
  expect(newcomer).toMatchObject({ state: 'queued', provisional: true, serverIds: {} });
  const regular = await sell(w, {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'walk1@example.com',
    payment: { kind: 'usePass' },
  });
  expect(regular).toMatchObject({ state: 'queued', tender: 'pass' });
  const tour = await resmarkSale(w, slot, 2);
  expect(tour).toMatchObject({ state: 'queued', provisional: true });

  // Three steps for the newcomer, each waiting for the one before; one for each of the others.
  const queued = await value<OutboxEntry[]>(w.core, 'outbox:list');
  expect(queued.map((i) => i.kind)).toEqual([
    'reservie.customer',
    'reservie.customerPass',
    'reservie.registration',
    'reservie.registration',
    'resmark.order',
  ]);
  expect(queued.every((i) => i.state === 'pending')).toBe(true);
  // Sign-out would lose them: refused, saying why.
  const signOut = await w.core.dispatch('backend:signOut', { backend: 'reservie', wipeCache: false });
  expect(signOut).toMatchObject({ ok: false, error: { code: 'OUTBOX_NOT_EMPTY' } });

  await allUp(w);
  expect(await sendUntilDone(w, 5)).toBeGreaterThanOrEqual(1);

  const customers = (
    await w.api.get<{ customers: { id: string }[] }>('/customers?email=newcomer@example.com')
  ).customers;
  expect(customers).toHaveLength(1);
  const customerId = customers[0]!.id;
  const passes = (
    await w.api.get<{ customerPasses: { id: string; passId: string }[] }>(
      `/customer-passes?customerId=${customerId}`,
    )
  ).customerPasses;
  expect(passes.map((p) => p.passId)).toEqual([w.passId]);
  const regs = (
    await w.api.get<{ registrations: { customerId: string; customerPassId: string | null }[] }>(
      `/events/${w.eventId}/registrations?perPage=100`,
    )
  ).registrations;
  expect(regs.filter((r) => r.customerId === customerId)).toEqual([
    expect.objectContaining({ customerId, customerPassId: passes[0]!.id }),
  ]);
  expect(regs.filter((r) => r.customerId === w.customers[0])).toHaveLength(1);
  expect(await ordersFor(w.rm, tour.referenceId)).toHaveLength(1);

  const done = await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: newcomer.referenceId });
  expect(done).toMatchObject({
    state: 'sent',
    serverIds: { customer: customerId, pass: passes[0]!.id, registration: expect.any(String) },
    confirmation: 'confirmed',
  });
  // A retried tap (same referenceId) is the same sale: nothing new is queued or sent.
  const again = await sell(w, {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'newcomer@example.com',
    firstName: 'New',
    lastName: 'Comer',
    payment: { kind: 'buyPass', passId: w.passId, tender: 'card' },
    referenceId: newcomer.referenceId,
  });
  expect(again).toMatchObject({ referenceId: newcomer.referenceId, state: 'sent' });
  expect(await value<OutboxEntry[]>(w.core, 'outbox:list')).toHaveLength(5);
  const day = await value<DaySummary>(w.core, 'sales:today');
  expect(day.unsent).toBe(0);
  expect(day.sales.map((s) => s.referenceId).sort()).toEqual(
    [newcomer.referenceId, regular.referenceId, tour.referenceId].sort(),
  );
  expect(day.totals).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ backend: 'resmark', tender: 'card', sales: 1, places: 2 }),
      expect.objectContaining({ backend: 'reservie', tender: 'pass', sales: 1 }),
      expect.objectContaining({ backend: 'reservie', tender: 'card', sales: 1 }),
    ]),
  );
  expect(day.csv.split('\r\n')[0]).toBe(
    'referenceId,backend,state,tender,places,total,currency,what,createdAt,confirmation',
  );
  const app = await value<{ outboxSize: number }>(w.core, 'app:status');
  expect(app.outboxSize).toBe(0);
}, 180_000);

it('every write loses its reply after the server committed: each step is looked up, not sent again (D2)', async () => {
  const w = await world();
  await allDown(w);
  const sale = await sell(w, {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'lost.replies@example.com',
    firstName: 'Lost',
    lastName: 'Replies',
    payment: { kind: 'buyPass', passId: w.passId, tender: 'cash' },
  });
  const tour = await resmarkSale(w, w.slots[1]!, 1);
  await allUp(w);
  const [reservie, resmark] = controls(w) as [ReturnType<typeof simControl>, ReturnType<typeof simControl>];
  await reservie.setFaults({ dropReplyAfterWriteRate: 1 });
  await resmark.setFaults({ dropReplyAfterWriteRate: 0.3, faultSeed: 7 });

  await sendUntilDone(w, 60);
  const stats = await reservie.stats();
  expect(stats.faults.droppedReplies).toBeGreaterThanOrEqual(3);

  const customers = (
    await w.api.get<{ customers: { id: string }[] }>('/customers?email=lost.replies@example.com')
  ).customers;
  expect(customers).toHaveLength(1);
  const passes = (
    await w.api.get<{ customerPasses: { id: string }[] }>(`/customer-passes?customerId=${customers[0]!.id}`)
  ).customerPasses;
  expect(passes).toHaveLength(1);
  const regs = (
    await w.api.get<{ registrations: { customerId: string }[] }>(
      `/events/${w.eventId}/registrations?perPage=100`,
    )
  ).registrations;
  expect(regs.filter((r) => r.customerId === customers[0]!.id)).toHaveLength(1);
  expect(await ordersFor(w.rm, tour.referenceId)).toHaveLength(1);
  // Each Reservie step went once: its reply was lost, and the lookup found it.
  const items = await value<OutboxEntry[]>(w.core, 'outbox:list');
  expect(items.filter((i) => i.backend === 'reservie').map((i) => [i.state, i.attempts])).toEqual([
    ['sent', 1],
    ['sent', 1],
    ['sent', 1],
  ]);
  expect(await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: sale.referenceId })).toMatchObject({
    state: 'sent',
  });
}, 240_000);

it('a sold-out order needs attention with its reason; the sales queued behind it still go (D4)', async () => {
  const w = await world();
  const [soldOut, open] = w.slots as [SlotRecord, SlotRecord];
  // The web shop sells the slot out after this desk's copy was saved.
  await fillSlot(w.rm, soldOut);
  await allDown(w);
  const first = await resmarkSale(w, soldOut, 1);
  const second = await resmarkSale(w, open, 1);
  expect([first.state, second.state]).toEqual(['queued', 'queued']);
  await allUp(w);

  await sendUntilDone(w, 5);
  const a = await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: first.referenceId });
  const b = await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: second.referenceId });
  expect(a.state).toBe('needs_attention');
  expect(a.problem).toMatch(/^Resmark refused it: /);
  expect(b.state).toBe('sent');
  expect(await ordersFor(w.rm, first.referenceId)).toHaveLength(0);
  expect(await ordersFor(w.rm, second.referenceId)).toHaveLength(1);
}, 180_000);

it('a full session: the registration needs attention, the customer made before it stays made, the next sale still goes', async () => {
  const w = await world();
  // A session with one place left by this desk's copy; another desk takes it meanwhile.
  const full = await w.api.send<{ id: string }>('POST', '/events', {
    name: 'Small Group',
    description: 'Yoga',
    startsAt: new Date(Date.now() + 10 * 60_000).toISOString(),
    durationMinutes: 60,
    capacity: 1,
    waitingListEnabled: false,
    price: 1500,
    currency: 'GBP',
  });
  await syncOnce(w.core);
  await w.api.send('POST', `/events/${full.id}/registrations`, {
    customerId: w.customers[1],
    spaces: 1,
    paymentMethod: 'cash',
  });
  await allDown(w);
  const refused = await sell(w, {
    backend: 'reservie',
    sessionId: full.id,
    email: 'late.comer@example.com',
    firstName: 'Late',
    lastName: 'Comer',
    payment: { kind: 'pay', tender: 'cash' },
  });
  const fine = await sell(w, {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'walk1@example.com',
    payment: { kind: 'pay', tender: 'cash' },
  });
  await allUp(w);
  await sendUntilDone(w, 5);
  const a = await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: refused.referenceId });
  expect(a.state).toBe('needs_attention');
  expect(a.problem).toMatch(/full/);
  // The customer was made (it did not depend on the session); only the registration was refused.
  expect(Object.keys(a.serverIds)).toEqual(['customer']);
  expect(await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: fine.referenceId })).toMatchObject({
    state: 'sent',
  });
}, 180_000);

it('a refused new customer holds the pass and registration that depend on it, not the sale behind it', async () => {
  const w = await world();
  await allDown(w);
  // The desk's check is deliberately loose; Reservie refuses this address (an underscore in the domain).
  const refused = await sell(w, {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'late.comer@exa_mple.com',
    firstName: 'Late',
    lastName: 'Comer',
    payment: { kind: 'buyPass', passId: w.passId, tender: 'cash' },
  });
  const behind = await sell(w, {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'walk1@example.com',
    payment: { kind: 'usePass' },
  });
  await allUp(w);
  for (let run = 0; run < 2; run++) await value<OutboxSendReport>(w.core, 'outbox:send');

  const items = await value<OutboxEntry[]>(w.core, 'outbox:list');
  expect(items.map((i) => [i.kind, i.state, i.attempts])).toEqual([
    ['reservie.customer', 'needs_attention', 1],
    ['reservie.customerPass', 'pending', 0],
    ['reservie.registration', 'pending', 0],
    ['reservie.registration', 'sent', 1],
  ]);
  expect(items[0]?.lastError).toMatch(/^Reservie refused it: /);
  expect(
    await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: refused.referenceId }),
  ).toMatchObject({
    state: 'needs_attention',
    serverIds: {},
  });
  expect(
    await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: behind.referenceId }),
  ).toMatchObject({
    state: 'sent',
  });

  // From the queue: the refused step offers retry and dismiss; dismissing it while its pass and
  // registration wait for it is refused (they would wait for ever), retrying sends it again.
  expect(items[0]?.actions).toEqual(['retry', 'dismiss']);
  expect(items[0]?.summary).toMatchObject({ what: 'New customer', who: 'Late Comer' });
  const dismiss = await w.core.dispatch('outbox:resolve', {
    itemId: items[0]!.id,
    action: 'dismiss',
    reason: 'typo',
  });
  expect(dismiss).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  await value(w.core, 'outbox:resolve', { itemId: items[0]!.id, action: 'retry' });
  await value<OutboxSendReport>(w.core, 'outbox:send');
  const again = (await value<OutboxEntry[]>(w.core, 'outbox:list'))[0]!;
  expect(again).toMatchObject({ state: 'needs_attention', attempts: 2 });
}, 180_000);

it('a 429 storm during replay: every wait lasts as long as Retry-After asks, and each sale is sent once (D3)', async () => {
  const w = await world(3);
  await allDown(w);
  // The seeded customers are walk1@ … walk3@example.com.
  for (let i = 1; i <= w.customers.length; i++) {
    const email = `walk${i}@example.com`;
    await sell(w, {
      backend: 'reservie',
      sessionId: w.eventId,
      email,
      payment: { kind: 'pay', tender: 'cash' },
    });
  }
  await allUp(w);
  const reservie = simControl(w.reservie.origin);
  await reservie.resetStats();
  await reservie.setFaults({ rateLimitStorm: { requests: 3, retryAfterSeconds: 2 } });
  const started = performance.now();
  await sendUntilDone(w, 10);
  const elapsed = performance.now() - started;
  // Three 429s in a row, each asking for 2 s: the request budget holds every call that long, so
  // the storm cannot be used up sooner. A lower bound only: a slow machine can only make it longer.
  expect(elapsed).toBeGreaterThanOrEqual(3 * 2_000 - 50);
  const stats = await reservie.stats();
  expect(stats.faults.storm429).toBe(3);
  expect(stats.statuses['429']).toBe(3);
  const regs = (
    await w.api.get<{ registrations: { customerId: string }[] }>(
      `/events/${w.eventId}/registrations?perPage=100`,
    )
  ).registrations;
  expect(regs.map((r) => r.customerId).sort()).toEqual([...w.customers].sort());
  const items = await value<OutboxEntry[]>(w.core, 'outbox:list');
  // A 429 is an answer given without acting: the first sale was tried again (never looked up), sent once.
  expect(items.map((i) => i.state)).toEqual(['sent', 'sent', 'sent']);
  expect(items[0]!.attempts).toBeGreaterThanOrEqual(2);
}, 180_000);

it('a 429 asking for 30 s: the queue itself keeps the item back that long (so a restart waits too)', async () => {
  const w = await world();
  await allDown(w);
  await sell(w, {
    backend: 'reservie',
    sessionId: w.eventId,
    email: 'walk1@example.com',
    payment: { kind: 'pay', tender: 'cash' },
  });
  await allUp(w);
  await simControl(w.reservie.origin).setFaults({ rateLimitStorm: { requests: 1, retryAfterSeconds: 30 } });
  const report = await value<OutboxSendReport>(w.core, 'outbox:send');
  expect(report).toMatchObject({ sent: 0, waiting: 1 });
  const db = new Database(join(w.dataDir, 'outbox.db'), { readonly: true });
  try {
    const row = db.prepare('SELECT status, updated_at, next_attempt_at FROM outbox_items').get() as {
      status: string;
      updated_at: string;
      next_attempt_at: string;
    };
    expect(row.status).toBe('pending');
    // Not the 2 s backoff of a first failure: the 30 s the server asked for.
    expect(Date.parse(row.next_attempt_at) - Date.parse(row.updated_at)).toBeGreaterThanOrEqual(30_000);
  } finally {
    db.close();
  }
}, 180_000);

it('the cache deleted or damaged while sales wait: rebuilt, and the queued sales are untouched and still go (D7)', async () => {
  const w = await world();
  await allDown(w);
  const sale = await resmarkSale(w, w.slots[0]!, 1);
  const before = await value<OutboxEntry[]>(w.core, 'outbox:list');
  await w.core.close();
  writeFileSync(join(w.dataDir, 'cache.db'), 'this is not a database');
  rmSync(join(w.dataDir, 'cache.db-wal'), { force: true });
  await allUp(w);

  const core = await startCore(w.dataDir, false);
  closers.push(() => core.close());
  // The queue is as it was; only `slot` (the sale's product and day, read from the cache to offer
  // "another slot") waits for the rebuilt cache's next sync.
  const withoutSlot = (entries: OutboxEntry[]) => entries.map(({ slot: _slot, ...e }) => e);
  const after = await value<OutboxEntry[]>(core, 'outbox:list');
  expect(withoutSlot(after)).toEqual(withoutSlot(before));
  expect(before[0]?.slot).toMatchObject({ activityId: w.slots[0]!.activityId });
  const report = await value<OutboxSendReport>(core, 'outbox:send');
  expect(report).toMatchObject({ waiting: 0 });
  expect(await ordersFor(w.rm, sale.referenceId)).toHaveLength(1);
}, 180_000);
