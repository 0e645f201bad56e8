// Integration (plain Node): the real Reservie sync against a small v1 server whose paging misbehaves
// in ways the simulator's never does — a silent page-size cap, no total, `page` ignored, pages past
// the end clamped, a list suddenly far shorter — and the sync's promise under each: never delete
// what it did not see, never loop forever, and keep syncing the other resources.
import { afterEach, describe, expect, it } from 'vitest';
import { reserviePlan } from '../../electron/core/sync/reservie-plan';
import { openTempCache, runSync } from '../support/sync-harness';
import {
  customerRows,
  eventToday,
  fakeClient,
  registrationRows,
  startFakeReservie,
  type FakeReservie,
} from './fake-reservie';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

/** `rolling: null` for tests that count the tail read's requests alone. */
async function setup(customers: number, opts: Parameters<typeof reserviePlan>[1] = {}) {
  const fake = await startFakeReservie();
  open.push(fake);
  fake.lists.set('customers', customerRows(customers));
  const cache = openTempCache();
  open.push(cache);
  const plans = { reservie: reserviePlan(fakeClient(fake), opts) };
  const sync = (full: boolean) => runSync(cache.store, plans, { full });
  return { fake, cache, sync };
}

/** Drops the customers with these numbers from the server's list. */
function remove(fake: FakeReservie, ...numbers: number[]) {
  const gone = new Set(numbers.map((n) => `cus_${n}`));
  fake.lists.set(
    'customers',
    fake.lists.get('customers')!.filter((c) => !gone.has(c.id)),
  );
}

describe('a short page is not the end of the list (fix 1)', () => {
  it('a server that caps the page size without saying so, with a total: every page is read, nothing swept', async () => {
    const { fake, cache, sync } = await setup(230);
    expect((await sync(true)).failures).toEqual([]);
    fake.setPaging('customers', { capPerPage: 50, echo: false });
    fake.resetRequests();
    const { failures } = await sync(true);
    expect(failures).toEqual([]);
    expect(cache.store.counts().customers).toBe(230);
    expect(fake.requests('customers')).toBe(5); // 50 + 50 + 50 + 50 + 30 = the total: no extra request
  });

  it('the tail read then starts at the page the capped server really holds the new rows on', async () => {
    const { fake, cache, sync } = await setup(230, { rolling: null });
    fake.setPaging('customers', { capPerPage: 50, echo: false });
    await sync(true);
    fake.lists.get('customers')!.push(...customerRows(3, 231));
    fake.resetRequests();
    const { failures } = await sync(false);
    expect(failures).toEqual([]);
    expect(cache.store.counts().customers).toBe(233);
    expect(fake.requests('customers')).toBe(1); // page 5 of 50 holds rows 201-233
  });

  it('without a total or an echoed size, a short page is confirmed by one more (empty) page', async () => {
    const { fake, cache, sync } = await setup(230);
    fake.setPaging('customers', { capPerPage: 50, echo: false, total: false });
    const { failures } = await sync(true);
    expect(failures).toEqual([]);
    expect(cache.store.counts().customers).toBe(230);
    expect(fake.requests('customers')).toBe(6); // five pages of data, one empty page to confirm
  });

  it('an echoed page size ends the list at its first short page, with no extra request', async () => {
    const { fake, cache, sync } = await setup(230);
    fake.setPaging('customers', { capPerPage: 50, echo: true, total: false });
    expect((await sync(true)).failures).toEqual([]);
    expect(cache.store.counts().customers).toBe(230);
    expect(fake.requests('customers')).toBe(5);
  });

  it("a capped register is read whole and today's bookings are not swept", async () => {
    const { fake, cache, sync } = await setup(10);
    fake.lists.set('events', [eventToday('evt_1')]);
    fake.lists.set('events/evt_1/registrations', registrationRows(120));
    await sync(true);
    expect(cache.store.listRegistrations('evt_1')).toHaveLength(120);
    fake.setPaging('events/evt_1/registrations', { capPerPage: 50, echo: false });
    const { failures } = await sync(false);
    expect(failures).toEqual([]);
    expect(cache.store.listRegistrations('evt_1')).toHaveLength(120);
  });

  it('a full pass far shorter than the last one sweeps nothing and says so; the next good pass completes', async () => {
    const { fake, cache, sync } = await setup(230);
    fake.lists.set('customer-passes', [
      { id: 'cp_1', customerId: 'cus_1', passId: 'pass_1', remainingUses: 3 },
    ]);
    await sync(true);
    fake.setPaging('customers', { truncateAt: 40 });
    fake.lists
      .get('customer-passes')!
      .push({ id: 'cp_2', customerId: 'cus_2', passId: 'pass_1', remainingUses: 1 });
    const broken = await sync(true);
    expect(broken.failures).toHaveLength(1);
    expect(broken.failures[0]).toMatch(/^Customers did not sync: .*only 40 records .* had 230/);
    expect(cache.store.counts().customers).toBe(230);
    expect(cache.store.counts().customerPasses).toBe(2); // the other resources still synced
    const failed = broken.events.find((e) => e.resource === 'customers' && e.phase === 'failed');
    expect(failed?.error).toMatch(/Customers did not sync/);

    fake.setPaging('customers', { truncateAt: null });
    remove(fake, 7);
    const healed = await sync(false); // still owed a full pass: the broken one left no idle cursor
    expect(healed.failures).toEqual([]);
    expect(cache.store.counts().customers).toBe(229);
  });
  it('a real mass deletion is confirmed by a second pass that sees the same count, then swept', async () => {
    const { fake, cache, sync } = await setup(230);
    await sync(true);
    fake.lists.set('customers', customerRows(230).slice(0, 40));
    const first = await sync(true);
    expect(first.failures[0]).toMatch(/only 40 records .* had 230/);
    expect(cache.store.counts().customers).toBe(230);
    const second = await sync(true);
    expect(second.failures).toEqual([]);
    expect(cache.store.counts().customers).toBe(40);
  });

  it('a second short pass with a different count is still not trusted', async () => {
    const { fake, cache, sync } = await setup(230);
    await sync(true);
    fake.lists.set('customers', customerRows(230).slice(0, 40));
    await sync(true);
    fake.lists.set('customers', customerRows(230).slice(0, 60));
    const second = await sync(true);
    expect(second.failures[0]).toMatch(/only 60 records .* had 230/);
    expect(cache.store.counts().customers).toBe(230);
  });
});

describe('a list that never ends is stopped (fix 2)', () => {
  it('a server that ignores `page` fails the resource after one repeated page and sweeps nothing', async () => {
    const { fake, cache, sync } = await setup(230);
    await sync(true);
    remove(fake, 150);
    fake.setPaging('customers', { ignorePage: true, total: false, echo: false });
    fake.resetRequests();
    const { failures } = await sync(true);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^Customers did not sync: .*only records it had already sent/);
    expect(fake.requests('customers')).toBe(2);
    expect(cache.store.counts().customers).toBe(230); // customer 150 may or may not be gone: keep it
  });

  it('a server that clamps past-the-end pages to a full last page fails instead of looping', async () => {
    const { fake, cache, sync } = await setup(210);
    await sync(true);
    remove(fake, ...Array.from({ length: 10 }, (_, i) => 201 + i)); // 200 left: the last page is full
    fake.setPaging('customers', { clampPastEnd: true, total: false, echo: false });
    fake.resetRequests();
    const { failures } = await sync(true);
    expect(failures[0]).toMatch(/only records it had already sent/);
    expect(fake.requests('customers')).toBe(3);
    expect(cache.store.counts().customers).toBe(210);
  });

  it('clamping after a short last page confirms the end, like an empty page', async () => {
    const { fake, cache, sync } = await setup(240);
    await sync(true);
    remove(fake, ...Array.from({ length: 10 }, (_, i) => 231 + i));
    fake.setPaging('customers', { clampPastEnd: true, total: false, echo: false });
    fake.resetRequests();
    const { failures } = await sync(true);
    expect(failures).toEqual([]);
    expect(fake.requests('customers')).toBe(4);
    expect(cache.store.counts().customers).toBe(230);
  });
});

describe('one failing resource does not stop the others (fix 4)', () => {
  it('a list the account cannot read fails alone; the steps after it still run', async () => {
    const { fake, cache, sync } = await setup(30);
    fake.lists.set('events', [eventToday('evt_1')]);
    fake.lists.set('events/evt_1/registrations', registrationRows(5));
    fake.setPaging('customer-passes', { failWith: 404 });
    const { failures, events, reports } = await sync(true);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^Customer passes did not sync: /);
    expect(cache.store.counts().customers).toBe(30);
    expect(cache.store.listRegistrations('evt_1')).toHaveLength(5); // the step after it ran
    expect(events.some((e) => e.resource === 'customerPasses' && e.phase === 'failed')).toBe(true);
    expect(events.some((e) => e.resource === 'registrations' && e.phase === 'done')).toBe(true);
    expect(reports[0]?.failed.map((f) => f.resource)).toEqual(['customerPasses']);
  });

  it('registrations are skipped when the sessions they hang on failed, and the message names both', async () => {
    const { fake, cache, sync } = await setup(30);
    fake.lists.set('events/evt_1/registrations', registrationRows(5));
    fake.setPaging('events', { failWith: 404 });
    fake.setPaging('passes', { failWith: 404 });
    const { failures } = await sync(true);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^Pass types, Sessions and Registrations did not sync\./);
    expect(failures[0]).toMatch(/Registrations: Not read, because Sessions did not sync\./);
    expect(fake.requests('events/evt_1/registrations')).toBe(0);
    expect(cache.store.counts().customers).toBe(30);
  });

  it('a refused sign-in still stops the run at once', async () => {
    const { fake, cache, sync } = await setup(30);
    fake.setPaging('customers', { failWith: 401 });
    const { failures } = await sync(true);
    expect(failures).toHaveLength(1);
    expect(failures[0]).not.toMatch(/did not sync/);
    expect(fake.requests('customer-passes')).toBe(0);
    expect(cache.store.counts().customerPasses).toBe(0);
  });
});
