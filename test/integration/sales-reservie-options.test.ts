// Integration (plain Node, both simulators over real HTTP, real SQLite): `sales:reservieOptions`,
// what the Reservie sale screen asks before selling — the customer by e-mail from the saved copy
// and from Reservie itself (so a customer made elsewhere since the sync is found, not made twice),
// their passes, the pass types, and a full session's waiting list, which the sale can then join.
import { afterEach, expect, it } from 'vitest';
import type { ReservieSaleOptions, SaleReceipt } from '../../shared/domain/sales';
import { simControl } from '../../electron/sim/testing/sim-control';
import { salesWorld, value, type SalesWorld } from '../support/sales-world';
import { syncOnce } from '../support/reservie-checkin-fixture';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function world(): Promise<SalesWorld> {
  const w = await salesWorld({ people: 2 });
  closers.push(() => w.close());
  return w;
}

const options = (w: SalesWorld, sessionId: string, email?: string) =>
  value<ReservieSaleOptions>(w.core, 'sales:reservieOptions', { sessionId, ...(email ? { email } : {}) });

const emailOf = async (w: SalesWorld, id: string) =>
  (await w.api.get<{ email: string }>(`/customers/${id}`)).email;

it('finds a customer in the saved copy with their passes, one made at Reservie since the sync, and nobody for a new e-mail', async () => {
  const w = await world();
  const known = w.customers[0]!;
  const cached = await options(w, w.eventId, (await emailOf(w, known)).toUpperCase());
  expect(cached.customer).toMatchObject({ id: known, foundIn: 'cache' });
  expect(cached.checkedLive).toBe(true);
  expect(cached.passes.map((p) => p.id)).toContain(w.passes.get(known));
  expect(cached.passTypes.map((p) => p.id)).toContain(w.passId);
  expect(cached.session).toMatchObject({ id: w.eventId, full: false, waitingList: false });

  // Made by the web shop after this desk synced: only Reservie knows them.
  const made = await w.api.send<{ id: string }>('POST', '/customers', {
    firstName: 'Web',
    lastName: 'Shopper',
    email: 'web.shopper@example.com',
  });
  const live = await options(w, w.eventId, 'web.shopper@example.com');
  expect(live.customer).toMatchObject({ id: made.id, firstName: 'Web', foundIn: 'reservie' });
  expect(live.passes).toEqual([]);

  const nobody = await options(w, w.eventId, 'not.yet@example.com');
  expect(nobody).toMatchObject({ customer: null, checkedLive: true });
}, 120_000);

it('offline: answers from the saved copy and says Reservie was not asked', async () => {
  const w = await world();
  const known = w.customers[1]!;
  const email = await emailOf(w, known);
  await simControl(w.reservie.origin).setFaults({ down: true });
  const cached = await options(w, w.eventId, email);
  expect(cached).toMatchObject({
    customer: { id: known, foundIn: 'cache' },
    checkedLive: false,
    session: { id: w.eventId, waitingList: null },
  });
  expect(cached.passes.map((p) => p.id)).toContain(w.passes.get(known));
  expect(await options(w, w.eventId, 'not.yet@example.com')).toMatchObject({
    customer: null,
    checkedLive: false,
  });
}, 120_000);

it('a full session says it has a waiting list; joining it registers the walk-up as waitlisted', async () => {
  const w = await world();
  const full = await w.api.send<{ id: string }>('POST', '/events', {
    name: 'Tiny Class',
    description: 'Yoga',
    startsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    durationMinutes: 60,
    capacity: 1,
    waitingListEnabled: true,
    price: 1500,
    currency: 'GBP',
  });
  await w.api.send('POST', `/events/${full.id}/registrations`, {
    customerId: w.customers[1],
    spaces: 1,
    paymentMethod: 'cash',
  });
  await syncOnce(w.core);
  const r = await options(w, full.id);
  expect(r.session).toMatchObject({ id: full.id, full: true, waitingList: true, spacesAvailable: 0 });

  const sale = await value<SaleReceipt>(w.core, 'sales:sell', {
    backend: 'reservie',
    sessionId: full.id,
    email: 'wait.listed@example.com',
    firstName: 'Wait',
    lastName: 'Listed',
    payment: { kind: 'pay', tender: 'cash' },
    joinWaitingList: true,
  });
  await value(w.core, 'outbox:send');
  const after = await value<SaleReceipt>(w.core, 'sales:receipt', { referenceId: sale.referenceId });
  expect(after).toMatchObject({ state: 'sent', confirmation: 'waitlisted' });
  const regs = await w.api.get<{ registrations: { customerId: string; status: string }[] }>(
    `/events/${full.id}/registrations`,
  );
  const mine = regs.registrations.filter((x) => x.customerId === after.serverIds.customer);
  expect(mine.map((x) => x.status)).toEqual(['waitlisted']);
}, 120_000);
