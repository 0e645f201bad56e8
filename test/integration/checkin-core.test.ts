// Integration (plain Node, real simulator over HTTP, real SQLite): the check-in calls through the
// core's dispatch: live decision, booked customers spend nothing, undo before and after the send.
import { afterEach, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-types';
import type { CheckInOptions, CheckInOutcome, TodaySession, UndoOutcome } from '../../shared/domain/checkin';
import type { OutboxEntry } from '../../shared/domain/outbox';
import { simControl } from '../../electron/sim/testing/sim-control';
import { checkInWorld, syncOnce, type CheckInWorld } from '../support/reservie-checkin-fixture';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function world(people: number): Promise<CheckInWorld> {
  const w = await checkInWorld({ people, autoSend: false });
  closers.push(() => w.sim.close());
  closers.push(() => w.core.close());
  return w;
}

async function value<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}
const checkIn = (w: CheckInWorld, customerId: string) =>
  value<CheckInOutcome>(w.core, 'checkin:checkIn', { backend: 'reservie', customerId, sessionId: w.eventId });

it('decides on live data when Reservie answers, and spends nothing for a booked customer', async () => {
  const w = await world(2);
  const [walkIn, booked] = w.customers as [string, string];
  await w.api.send('POST', `/events/${w.eventId}/registrations`, {
    customerId: booked,
    paymentMethod: 'card',
  });
  // Spent online since the cache was filled: the live read sees 4 uses, not the cached 10.
  await w.api.send('PUT', `/customer-passes/${w.passes.get(walkIn)}`, { remainingUses: 4 });

  expect(await checkIn(w, walkIn)).toMatchObject({
    outcome: 'checked_in',
    decidedFrom: 'live',
    remainingUses: 3,
    state: 'saved',
  });
  const b = await checkIn(w, booked);
  expect(b).toMatchObject({ outcome: 'checked_in', decidedFrom: 'live', customerPassId: null, state: null });
  expect(b.message).toMatch(/booked/);
  const items = await value<OutboxEntry[]>(w.core, 'outbox:list');
  expect(items).toHaveLength(1);

  const today = await value<TodaySession[]>(w.core, 'checkin:today');
  expect(today.find((s) => s.id === w.eventId)).toMatchObject({ checkedIn: 2 });
}, 60_000);

it('undo before the send withdraws it and gives the use back; after, it leaves a note', async () => {
  const w = await world(2);
  const [early, late] = w.customers as [string, string];
  const control = simControl(new URL(w.sim.baseUrl).origin);
  await control.setFaults({ down: true });
  const a = await checkIn(w, early);
  expect(a).toMatchObject({ outcome: 'checked_in', remainingUses: 9 });

  const undone = await value<UndoOutcome>(w.core, 'checkin:undo', { checkInId: a.checkInId });
  expect(undone).toMatchObject({ undone: true, note: null });
  const options = await value<CheckInOptions>(w.core, 'checkin:options', { customerId: early });
  expect(options.passes[0]?.remainingUses).toBe(10);
  expect(options.sessions[0]?.checkedIn).toBeNull();
  expect((await value<OutboxEntry[]>(w.core, 'outbox:list'))[0]).toMatchObject({ state: 'withdrawn' });

  await control.clearFaults();
  const b = await checkIn(w, late);
  await value(w.core, 'outbox:send');
  const regs = (
    await w.api.get<{ registrations: { customerId: string }[] }>(`/events/${w.eventId}/registrations`)
  ).registrations;
  expect(regs.map((r) => r.customerId)).toEqual([late]);
  const after = await value<UndoOutcome>(w.core, 'checkin:undo', { checkInId: b.checkInId });
  expect(after.undone).toBe(true);
  expect(after.note).toMatch(/cancel it in Reservie/);

  // Bad input changes nothing and says what is wrong.
  const bad = await w.core.dispatch('checkin:undo', { checkInId: 'no such' });
  expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  await syncOnce(w.core);
}, 60_000);

it('undo still withdraws an item whose only attempt never reached Reservie (connection refused)', async () => {
  const w = await checkInWorld({ people: 1, autoSend: true });
  closers.push(() => w.core.close());
  await w.sim.close();
  const a = await checkIn(w, w.customers[0]!);
  expect(a).toMatchObject({ outcome: 'checked_in', decidedFrom: 'cache', state: 'saved' });
  // The sender tries at once and finds nothing listening.
  await expect
    .poll(
      async () => {
        const [item] = await value<OutboxEntry[]>(w.core, 'outbox:list');
        return item && [item.state, item.attempts];
      },
      { timeout: 20_000 },
    )
    .toEqual(['pending', 1]);
  expect(await value<UndoOutcome>(w.core, 'checkin:undo', { checkInId: a.checkInId })).toMatchObject({
    undone: true,
    note: null,
  });
  expect((await value<OutboxEntry[]>(w.core, 'outbox:list'))[0]).toMatchObject({ state: 'withdrawn' });
}, 60_000);
