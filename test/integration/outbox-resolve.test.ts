// Integration (plain Node, real simulator over HTTP, real SQLite): a check-in Reservie refuses on
// replay waits for staff, who send it with another pass or as paid by cash or card (exactly one
// registration arrives), or dismiss it with a reason (kept, never deleted). Every action is checked
// against the item and recorded as a fact; the check-in itself stays recorded whatever they choose.
import { afterEach, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-types';
import type { CheckInOptions, CheckInOutcome } from '../../shared/domain/checkin';
import type { OutboxEntry, OutboxResolveResult, OutboxSendReport } from '../../shared/domain/outbox';
import type { AppError } from '../../shared/ipc/result';
import { simControl } from '../../electron/sim/testing/sim-control';
import { checkInWorld, syncOnce, type CheckInWorld } from '../support/reservie-checkin-fixture';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function value<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}
async function failure(core: Core, channel: string, input?: unknown): Promise<AppError> {
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} answered ok: ${JSON.stringify(r.value)}`);
  return r.error;
}

interface Registration {
  id: string;
  customerId: string;
  customerPassId: string | null;
  paymentMethod: string;
  status: string;
}
const registrations = async (w: CheckInWorld) =>
  (await w.api.get<{ registrations: Registration[] }>(`/events/${w.eventId}/registrations?perPage=100`))
    .registrations;
const usesLeft = async (w: CheckInWorld, customerPassId: string) =>
  (await w.api.get<{ remainingUses: number }>(`/customer-passes/${customerPassId}`)).remainingUses;
const list = (w: CheckInWorld) => value<OutboxEntry[]>(w.core, 'outbox:list');
const itemOf = async (w: CheckInWorld, checkInId: string) =>
  (await list(w)).find((i) => i.referenceId === checkInId)!;

/**
 * `people` walk-ins, each with a second pass the desk knows of; while the desk is offline another
 * desk uses up their first pass, they are checked in with it, and Reservie refuses every one.
 */
async function refusedWorld(people: number) {
  const w = await checkInWorld({ people, autoSend: false });
  closers.push(() => w.sim.close());
  closers.push(() => w.core.close());
  const first = w.passes.get(w.customers[0]!)!;
  const passType = (await w.api.get<{ passId: string }>(`/customer-passes/${first}`)).passId;
  const second = new Map<string, string>();
  for (const id of w.customers) {
    const cp = await w.api.send<{ id: string }>('POST', '/customer-passes', {
      customerId: id,
      passId: passType,
    });
    second.set(id, cp.id);
  }
  await syncOnce(w.core);
  for (const id of w.customers)
    await w.api.send('PUT', `/customer-passes/${w.passes.get(id)}`, { remainingUses: 0 });

  const control = simControl(new URL(w.sim.baseUrl).origin);
  await control.setFaults({ down: true });
  const checkIns = new Map<string, string>();
  for (const id of w.customers) {
    const out = await value<CheckInOutcome>(w.core, 'checkin:checkIn', {
      backend: 'reservie',
      customerId: id,
      sessionId: w.eventId,
      customerPassId: w.passes.get(id),
    });
    expect(out).toMatchObject({ outcome: 'checked_in', decidedFrom: 'cache' });
    checkIns.set(id, out.checkInId!);
  }
  await control.clearFaults();
  const report = await value<OutboxSendReport>(w.core, 'outbox:send');
  expect(report).toMatchObject({ sent: 0, needsAttention: people, waiting: 0 });
  return { w, control, second, checkIns };
}

it('another pass: sent again in its own place, the pending use moved, exactly one registration', async () => {
  const { w, control, second, checkIns } = await refusedWorld(1);
  const customer = w.customers[0]!;
  const item = await itemOf(w, checkIns.get(customer)!);
  expect(item).toMatchObject({
    state: 'needs_attention',
    summary: { what: 'Check-in', who: 'Walk1 In', about: 'Morning Flow' },
    customerId: customer,
    actions: ['retry', 'otherPass', 'recordPayment', 'dismiss'],
    resolutions: [],
  });
  expect(item.lastError).toMatch(/^Reservie refused it: /);

  // The refused pass, or one that is not theirs, is refused with the reason; nothing moves.
  const same = await failure(w.core, 'outbox:resolve', {
    itemId: item.id,
    action: 'otherPass',
    customerPassId: w.passes.get(customer),
  });
  expect(same).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/pass Reservie refused/) });
  const notTheirs = await failure(w.core, 'outbox:resolve', {
    itemId: item.id,
    action: 'otherPass',
    customerPassId: 'cp_nobody',
  });
  expect(notTheirs.message).toMatch(/not one of theirs/);
  expect((await itemOf(w, checkIns.get(customer)!)).state).toBe('needs_attention');

  // Offline again, so the move can be seen before it is sent: the second pass shows the use spent.
  await control.setFaults({ down: true });
  const resolved = await value<OutboxResolveResult>(w.core, 'outbox:resolve', {
    itemId: item.id,
    action: 'otherPass',
    customerPassId: second.get(customer),
  });
  expect(resolved.message).toBe('Sending it again with 10-Class Pass');
  expect(resolved.entry).toMatchObject({
    state: 'pending',
    lastError: null,
    actions: [],
    resolutions: [
      { action: 'otherPass', detail: 'with 10-Class Pass', reason: null, errorBefore: item.lastError },
    ],
  });
  expect(resolved.entry.resolutions[0]?.deskName).toBeTruthy();
  const options = await value<CheckInOptions>(w.core, 'checkin:options', { customerId: customer });
  expect(options.passes.find((p) => p.id === second.get(customer))?.remainingUses).toBe(9);

  await control.clearFaults();
  expect(await value<OutboxSendReport>(w.core, 'outbox:send')).toMatchObject({ sent: 1, waiting: 0 });
  const regs = await registrations(w);
  expect(regs).toHaveLength(1);
  expect(regs[0]).toMatchObject({
    customerId: customer,
    paymentMethod: 'pass',
    customerPassId: second.get(customer),
  });
  expect(await usesLeft(w, second.get(customer)!)).toBe(9);
  expect(
    await value<CheckInOutcome>(w.core, 'checkin:checkIn', {
      backend: 'reservie',
      customerId: customer,
      sessionId: w.eventId,
    }),
  ).toMatchObject({ outcome: 'already_checked_in', state: 'confirmed' });

  // A sent item has nothing left to resolve.
  const late = await failure(w.core, 'outbox:resolve', { itemId: item.id, action: 'retry' });
  expect(late).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/sent already/) });
  expect(await value<OutboxSendReport>(w.core, 'outbox:send')).toMatchObject({ sent: 0 });
  expect(await registrations(w)).toHaveLength(1);
}, 90_000);

it('record payment and dismiss: one cash registration, one kept closed with its reason', async () => {
  const { w, checkIns } = await refusedWorld(2);
  const [paying, leaving] = w.customers as [string, string];
  const payItem = await itemOf(w, checkIns.get(paying)!);
  const leaveItem = await itemOf(w, checkIns.get(leaving)!);

  // Bad input changes nothing.
  expect(
    (await failure(w.core, 'outbox:resolve', { itemId: leaveItem.id, action: 'dismiss', reason: '  ' })).code,
  ).toBe('BAD_INPUT');
  expect(
    (await failure(w.core, 'outbox:resolve', { itemId: payItem.id, action: 'recordPayment', tender: 'gold' }))
      .code,
  ).toBe('BAD_INPUT');
  expect((await failure(w.core, 'outbox:resolve', { itemId: 99_999, action: 'retry' })).code).toBe(
    'NOT_FOUND',
  );

  const paid = await value<OutboxResolveResult>(w.core, 'outbox:resolve', {
    itemId: payItem.id,
    action: 'recordPayment',
    tender: 'cash',
  });
  expect(paid).toMatchObject({ message: 'Sending it again as paid by cash', entry: { state: 'pending' } });
  const dismissed = await value<OutboxResolveResult>(w.core, 'outbox:resolve', {
    itemId: leaveItem.id,
    action: 'dismiss',
    reason: 'Paid at the bar; settled in Reservie by the manager',
  });
  expect(dismissed.entry).toMatchObject({
    state: 'dismissed',
    actions: [],
    resolutions: [{ action: 'dismiss', reason: 'Paid at the bar; settled in Reservie by the manager' }],
  });

  expect(await value<OutboxSendReport>(w.core, 'outbox:send')).toMatchObject({ sent: 1, waiting: 0 });
  const regs = await registrations(w);
  expect(regs).toHaveLength(1);
  expect(regs[0]).toMatchObject({ customerId: paying, paymentMethod: 'cash', customerPassId: null });

  // The dismissed item is kept with its reason, is not unsent work, and cannot be dismissed twice.
  const kept = await itemOf(w, checkIns.get(leaving)!);
  expect(kept).toMatchObject({ state: 'dismissed', lastError: leaveItem.lastError });
  expect((await value<{ outboxSize: number }>(w.core, 'app:status')).outboxSize).toBe(0);
  const twice = await failure(w.core, 'outbox:resolve', {
    itemId: leaveItem.id,
    action: 'dismiss',
    reason: 'again',
  });
  expect(twice).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/dismissed already/) });
  // The person was in the room: the check-in stays recorded.
  expect(
    await value<CheckInOutcome>(w.core, 'checkin:checkIn', {
      backend: 'reservie',
      customerId: leaving,
      sessionId: w.eventId,
    }),
  ).toMatchObject({ outcome: 'already_checked_in', state: 'withdrawn' });
}, 90_000);
