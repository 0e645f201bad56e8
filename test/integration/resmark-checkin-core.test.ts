// Integration (plain Node, a Resmark simulator over real HTTP, real SQLite files): Resmark check-in
// through the core's dispatch. The desk syncs the simulator's orders, finds one of today's by its
// confirmation number, checks some and then all of its participants in (twice is once), keeps
// working with the simulator stopped (the cache and the ledger are all it needs), counts the
// departure on Today, undoes a whole "Check in N" at once, refuses outside the window, and exports
// the ledger as CSV per day and per departure.
import { afterEach, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import type { Core } from '../../electron/core/core-types';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { startResmarkSim } from '../../electron/sim/index';
import type {
  CheckInOutcome,
  LedgerExport,
  ResmarkOrderView,
  TodaySession,
  UndoOutcome,
} from '../../shared/domain/checkin';
import { syncOnce } from '../support/reservie-checkin-fixture';
import { tempDir } from '../support/sync-harness';
import { RESMARK_VENUE_TIME_ZONE, todaysOrder, venueDay } from '../support/resmark-checkin-fixture';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const TZ = RESMARK_VENUE_TIME_ZONE;

async function value<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function world() {
  const sim = await startResmarkSim();
  let simOpen = true;
  const stopSim = async () => {
    if (simOpen) await sim.close();
    simOpen = false;
  };
  closers.push(stopSim);
  const dataDir = tempDir();
  const deps = createNodeHostDeps(dataDir, { logName: 'test' });
  // A window a day either side: today's seeded departures are open whatever time the suite runs.
  deps.settings.set('checkIn', { timeZone: TZ, resmarkMinutesBefore: 24 * 60, resmarkMinutesAfter: 24 * 60 });
  deps.settings.set('deskName', 'Front desk 2');
  const core = await createCore({ ...deps, autoSync: false, autoSend: false });
  closers.push(() => core.close());
  const configured = await core.dispatch('backend:configure', {
    backend: 'resmark',
    baseUrl: sim.baseUrl,
    username: sim.credentials.username,
    apiKey: sim.credentials.apikey,
  });
  if (!configured.ok) throw new Error(`configure failed: ${JSON.stringify(configured)}`);
  await syncOnce(core);
  const order = await todaysOrder(sim.baseUrl);
  return { core, deps, order, stopSim };
}

it('finds today’s booking, checks in some then all, twice is once, offline too, and undoes', async () => {
  const { core, order, stopSim } = await world();
  const departureId = order.items[0]!.activityId!;

  const view = await value<ResmarkOrderView>(core, 'checkin:resmarkOrder', { text: order.confirmation });
  expect(view).toMatchObject({
    orderId: order.id,
    confirmation: order.confirmation,
    defaultItemIndex: 0,
    items: [{ itemIndex: 0, departureId, open: true, closedMessage: null }],
  });
  const keys = view.items[0]!.participants.map((p) => p.key);
  expect(keys.length).toBeGreaterThanOrEqual(3);
  expect(view.items[0]!.participants.every((p) => p.checkedIn === null)).toBe(true);
  // By name the desk search finds it too (the order's lead guest).
  expect(
    await value<ResmarkOrderView | null>(core, 'checkin:resmarkOrder', { text: 'no-such-booking' }),
  ).toBeNull();

  // The back end is not needed: Resmark has no check-in API, the cached order is the whole story.
  await stopSim();
  const some = await value<CheckInOutcome>(core, 'checkin:checkIn', {
    backend: 'resmark',
    orderId: order.id,
    itemIndex: 0,
    participants: [keys[0]],
  });
  expect(some).toMatchObject({
    outcome: 'checked_in',
    message: '1 checked in',
    session: { id: departureId },
    state: null,
    customerPassId: null,
    participants: [{ participant: keys[0], outcome: 'checked_in' }],
  });

  const all = await value<CheckInOutcome>(core, 'checkin:checkIn', {
    backend: 'resmark',
    orderId: order.id,
    participants: 'all',
  });
  expect(all.outcome).toBe('checked_in');
  expect(all.message).toBe(`${keys.length - 1} checked in, 1 already in`);
  const earlier = all.participants!.find((p) => p.participant === keys[0]);
  expect(earlier).toMatchObject({ outcome: 'already_checked_in', checkInId: some.checkInId });
  expect(earlier!.message).toMatch(/^Already checked in at \d\d:\d\d on Front desk 2$/);

  const again = await value<CheckInOutcome>(core, 'checkin:checkIn', {
    backend: 'resmark',
    orderId: order.id,
    participants: 'all',
  });
  expect(again.outcome).toBe('already_checked_in');
  expect(again.message).toMatch(/^Already checked in at \d\d:\d\d on Front desk 2$/);
  expect(again.participants).toHaveLength(keys.length);

  const today = await value<TodaySession[]>(core, 'checkin:today');
  const departure = today.find((s) => s.backend === 'resmark' && s.id === departureId);
  expect(departure?.checkedIn).toBe(keys.length);
  expect(departure!.booked).toBeGreaterThanOrEqual(keys.length);

  // Undo of "Check in N" takes back all N made together, and only those.
  const undone = await value<UndoOutcome>(core, 'checkin:undo', { checkInId: all.checkInId });
  expect(undone).toEqual({
    undone: true,
    message: `${keys.length - 1} check-ins undone`,
    said: { code: 'undo.count', count: keys.length - 1 },
    note: null,
    noteSaid: null,
  });
  const after = await value<ResmarkOrderView>(core, 'checkin:resmarkOrder', { text: order.id });
  expect(after.items[0]!.participants.map((p) => p.checkedIn !== null)).toEqual(keys.map((_, i) => i === 0));
  const twice = await value<UndoOutcome>(core, 'checkin:undo', { checkInId: all.checkInId });
  expect(twice).toMatchObject({ undone: false, message: 'This check-in is already undone' });
  const counted = await value<TodaySession[]>(core, 'checkin:today');
  expect(counted.find((s) => s.id === departureId)?.checkedIn).toBe(1);

  // The ledger as CSV: the day, and the departure; undone rows are kept and marked.
  const day = await value<LedgerExport>(core, 'checkin:export', { day: venueDay(new Date()) });
  expect(day.rows).toBe(keys.length);
  expect(day.fileName).toBe(`checkins-${venueDay(new Date())}.csv`);
  const lines = day.csv.trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^Date,Time,Desk,Back end,Session/);
  expect(lines.slice(1).every((l) => l.includes(`,resmark,`) && l.includes(`,${order.confirmation},`))).toBe(
    true,
  );
  const perDeparture = await value<LedgerExport>(core, 'checkin:export', {
    sessionId: departureId,
    backend: 'resmark',
  });
  expect(perDeparture.rows).toBe(keys.length);
  expect(perDeparture.csv).toBe(day.csv);
  const elsewhere = await value<LedgerExport>(core, 'checkin:export', { sessionId: 'no-such-departure' });
  expect(elsewhere).toMatchObject({ rows: 0 });
}, 90_000);

it('refuses outside the window with Resmark’s words, and bad requests change nothing', async () => {
  const { core, deps, order } = await world();
  // No minutes either side: the departure is always either still to come or gone.
  deps.settings.set('checkIn', { timeZone: TZ, resmarkMinutesBefore: 0, resmarkMinutesAfter: 0 });
  const starts = Date.parse(order.items[0]!.startTime!);
  const refused = await value<CheckInOutcome>(core, 'checkin:checkIn', {
    backend: 'resmark',
    orderId: order.id,
    itemIndex: 0,
    participants: 'all',
  });
  expect(refused).toMatchObject({
    outcome: 'refused',
    checkInId: null,
    session: { id: order.items[0]!.activityId },
  });
  if (starts > Date.now()) expect(refused.message).toMatch(/^Too early, opens at \d\d:\d\d$/);
  else expect(refused.message).toMatch(/^Too late, check-in closed at \d\d:\d\d$/);
  const view = await value<ResmarkOrderView>(core, 'checkin:resmarkOrder', { text: order.confirmation });
  expect(view.defaultItemIndex).toBeNull();
  expect(view.items[0]!.closedMessage).toBe(refused.message);

  deps.settings.set('checkIn', { timeZone: TZ, resmarkMinutesBefore: 24 * 60, resmarkMinutesAfter: 24 * 60 });
  const bad = [
    { backend: 'resmark', orderId: order.id, participants: [] },
    { backend: 'resmark', orderId: order.id, participants: ['nobody'] },
    { backend: 'resmark', orderId: order.id, participants: 'all', customerId: 'x' },
  ];
  for (const input of bad) {
    expect(await core.dispatch('checkin:checkIn', input)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  }
  expect(
    await value<CheckInOutcome>(core, 'checkin:checkIn', {
      backend: 'resmark',
      orderId: order.id,
      participants: ['Nobody#9'],
    }),
  ).toMatchObject({ outcome: 'refused', message: 'Nobody#9 is not on this booking' });
  expect(
    await core.dispatch('checkin:checkIn', { backend: 'resmark', orderId: 'nope', participants: 'all' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await core.dispatch('checkin:export', {})).toMatchObject({
    ok: false,
    error: { code: 'BAD_INPUT' },
  });
  expect(await core.dispatch('checkin:export', { day: '1 Dec' })).toMatchObject({
    ok: false,
    error: { code: 'BAD_INPUT' },
  });
  const exported = await value<LedgerExport>(core, 'checkin:export', { day: venueDay(new Date()) });
  expect(exported.rows).toBe(0);
}, 90_000);
