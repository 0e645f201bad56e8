// Integration (plain Node, real simulator over HTTP, real SQLite): check-ins queued while Reservie
// is down arrive exactly once when it is back; a lost reply after the server committed is found by
// looking it up, not sent again; a refusal waits for staff and does not hold up the next item.
import { afterEach, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-types';
import type { CheckInOutcome } from '../../shared/domain/checkin';
import type { OutboxEntry, OutboxSendReport } from '../../shared/domain/outbox';
import { simControl } from '../../electron/sim/testing/sim-control';
import { checkInWorld, type CheckInWorld } from '../support/reservie-checkin-fixture';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function world(people: number, autoSend: boolean): Promise<CheckInWorld> {
  const w = await checkInWorld({ people, autoSend });
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

interface Registration {
  id: string;
  customerId: string;
  customerPassId: string | null;
  status: string;
}
const registrations = async (w: CheckInWorld) =>
  (await w.api.get<{ registrations: Registration[] }>(`/events/${w.eventId}/registrations?perPage=100`))
    .registrations;
const usesLeft = async (w: CheckInWorld, customerPassId: string) =>
  (await w.api.get<{ remainingUses: number }>(`/customer-passes/${customerPassId}`)).remainingUses;

it('queues three walk-ins while Reservie is down and sends each exactly once when it is back', async () => {
  const w = await world(3, true);
  const control = simControl(new URL(w.sim.baseUrl).origin);
  await control.setFaults({ down: true });

  for (const id of w.customers) {
    const out = await checkIn(w, id);
    expect(out).toMatchObject({
      outcome: 'checked_in',
      state: 'saved',
      decidedFrom: 'cache',
      remainingUses: 9,
    });
    expect(out.customerPassId).toBe(w.passes.get(id));
  }
  // The desk shows the use as spent at once, offline too.
  const options = await value<{ passes: { remainingUses: number }[] }>(w.core, 'checkin:options', {
    customerId: w.customers[0],
  });
  expect(options.passes[0]?.remainingUses).toBe(9);

  await control.clearFaults();
  // The sender notices the back end is back (connectivity probe) and sends without being asked.
  await expect
    .poll(async () => (await value<{ outboxSize: number }>(w.core, 'app:status')).outboxSize, {
      timeout: 30_000,
    })
    .toBe(0);

  const regs = await registrations(w);
  expect(regs.map((r) => r.customerId).sort()).toEqual([...w.customers].sort());
  for (const id of w.customers) expect(await usesLeft(w, w.passes.get(id)!)).toBe(9);
  const again = await checkIn(w, w.customers[0]!);
  expect(again).toMatchObject({ outcome: 'already_checked_in', state: 'confirmed' });
}, 60_000);

it('finds a registration whose reply was lost after the server committed, and does not send it twice', async () => {
  const w = await world(3, false);
  const control = simControl(new URL(w.sim.baseUrl).origin);
  for (const id of w.customers) expect(await checkIn(w, id)).toMatchObject({ outcome: 'checked_in' });

  // A third of the write-backs: the first reply is lost after the server acted.
  await control.setFaults({ dropReplyAfterWriteRate: 1 });
  const first = await value<OutboxSendReport>(w.core, 'outbox:send');
  expect(first).toMatchObject({ sent: 0, waiting: 3 });
  expect(await registrations(w)).toHaveLength(1);
  await control.clearFaults();

  const second = await value<OutboxSendReport>(w.core, 'outbox:send');
  // (A backoff timer may have sent some of them just before: the count is checked at the server.)
  expect(second).toMatchObject({ waiting: 0, unreachable: false });
  const regs = await registrations(w);
  expect(regs).toHaveLength(3);
  expect(new Set(regs.map((r) => r.customerId)).size).toBe(3);
  for (const id of w.customers) expect(await usesLeft(w, w.passes.get(id)!)).toBe(9);
  const items = await value<OutboxEntry[]>(w.core, 'outbox:list');
  expect(items.map((i) => [i.state, i.attempts])).toEqual([
    ['sent', 1],
    ['sent', 1],
    ['sent', 1],
  ]);
}, 60_000);

it('a refusal goes to needs attention with its reason, and the next item still goes', async () => {
  const w = await world(2, false);
  const control = simControl(new URL(w.sim.baseUrl).origin);
  const [spent, fine] = w.customers as [string, string];
  // Another desk used up the pass after this desk's cache was filled; this desk is offline.
  await w.api.send('PUT', `/customer-passes/${w.passes.get(spent)}`, { remainingUses: 0 });
  await control.setFaults({ down: true });
  expect(await checkIn(w, spent)).toMatchObject({ outcome: 'checked_in', decidedFrom: 'cache' });
  expect(await checkIn(w, fine)).toMatchObject({ outcome: 'checked_in', decidedFrom: 'cache' });
  await control.clearFaults();

  const report = await value<OutboxSendReport>(w.core, 'outbox:send');
  expect(report).toMatchObject({ waiting: 0 });
  const regs = await registrations(w);
  expect(regs.map((r) => r.customerId)).toEqual([fine]);
  const items = await value<OutboxEntry[]>(w.core, 'outbox:list');
  expect(items[0]).toMatchObject({ state: 'needs_attention' });
  expect(items[0]?.lastError).toMatch(/^Reservie refused it: /);
  expect(items[1]).toMatchObject({ state: 'sent' });
  // The person is in the room: the check-in stays, marked as needing attention.
  expect(await checkIn(w, spent)).toMatchObject({ outcome: 'already_checked_in', state: 'needs_attention' });
}, 60_000);
