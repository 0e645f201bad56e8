// Integration (Node): walk-up sales are sent exactly once across `kill -9`. The real core runs as a
// child process (test/bench/d1-child.ts) on one data folder against both simulators as processes,
// and freezes itself at a chosen line — right after a sale's outbox commit; after the server made
// the order, the customer or the pass and before the outbox recorded it; with a registration marked
// sending but not yet sent; after a registration's reply; with a slot's last places locked in the
// cart of an order — where it is SIGKILLed and started again.
// The kill points are lines the child prints, not sleeps, so every run stops at the same place.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import { simControl } from '../../electron/sim/testing/sim-control';
import { tempDir } from '../support/sync-harness';
import {
  outboxIntegrity,
  startChild,
  startD1World,
  tallyD1,
  writePlan,
  type D1World,
} from '../bench/d1-world';

let world: D1World;
const dataDir = tempDir('frontdesk-d1-kill-');
const planFile = join(tempDir('frontdesk-d1-plan-'), 'plan.json');
const base = ['--data-dir', dataDir, '--plan', planFile, '--no-auto-send'];

beforeAll(async () => {
  world = await startD1World();
  const [first, second, third] = world.slots;
  const regular = world.customers[0]!;
  world.plan.batches.push({
    offline: null,
    sales: [
      {
        backend: 'resmark',
        activityId: first!.activityId,
        participants: { [first!.tier]: 2 },
        firstName: 'Kill',
        lastName: 'One',
        email: 'kill.one@example.com',
        tender: 'cash',
        referenceId: 'd1t-order-one',
      },
      {
        backend: 'reservie',
        sessionId: world.sessions[0]!,
        email: 'kill.newcomer@example.com',
        firstName: 'Kill',
        lastName: 'Newcomer',
        payment: { kind: 'buyPass', passId: world.passId, tender: 'card' },
        referenceId: 'd1t-newcomer',
      },
      {
        backend: 'reservie',
        sessionId: world.sessions[0]!,
        email: regular.email,
        payment: { kind: 'pay', tender: 'cash' },
        referenceId: 'd1t-regular',
      },
      {
        backend: 'resmark',
        activityId: second!.activityId,
        participants: { [second!.tier]: 1 },
        firstName: 'Kill',
        lastName: 'Four',
        email: 'kill.four@example.com',
        tender: 'card',
        referenceId: 'd1t-order-four',
      },
      {
        // Every place the slot has left: a dead attempt's cart must not keep them from the retry.
        backend: 'resmark',
        activityId: third!.activityId,
        participants: { [third!.tier]: third!.available },
        firstName: 'Kill',
        lastName: 'Five',
        email: 'kill.five@example.com',
        tender: 'cash',
        referenceId: 'd1t-last-places',
      },
    ],
  });
  writePlan(world, planFile);
  const setup = startChild(null, [...base, '--setup']);
  expect((await setup.exited).code, setup.stderr()).toBe(0);
  await simControl(world.reservie.origin).resetStats();
  await simControl(world.resmark.origin).resetStats();
}, 180_000);

afterAll(async () => {
  await world?.close();
});

const promised = new Set<string>();

/** Runs the child on the first `upto` sales until it freezes at the line `stopAt`, then kills it there. */
async function killAt(upto: number, stopAt: string, nth = 1): Promise<string> {
  const run = startChild(null, [
    ...base,
    '--upto',
    String(upto),
    '--stop-at',
    stopAt,
    '--stop-nth',
    String(nth),
  ]);
  const stopped = await run.waitFor(/^stopped /);
  run.child.kill('SIGKILL');
  const exit = await run.exited;
  for (const l of run.lines) if (l.startsWith('captured ')) promised.add(l.slice('captured '.length));
  expect(stopped, `it never reached ${stopAt}: ${run.stderr()}`).not.toBeNull();
  expect(exit.signal).toBe('SIGKILL');
  expect(outboxIntegrity(dataDir)).toBe('ok');
  return stopped!;
}

it('loses nothing and sends nothing twice when killed at each risky moment of capture and send', async () => {
  // 1. The order is saved, not yet sent.
  expect(await killAt(1, '^captured d1t-order-one$')).toBe('stopped captured d1t-order-one');
  expect(promised).toEqual(new Set(['d1t-order-one']));
  // 2. Resmark has made the order; the outbox still says "sending".
  expect(await killAt(1, '^replied POST \\S*/order 20\\d$')).toMatch(
    /^stopped replied POST \S*\/order 20\d$/,
  );
  // 3. A new customer (with a pass and a registration depending on them): Reservie made the customer.
  expect(await killAt(2, '^replied POST \\S*/customers 20\\d$')).toMatch(/customers 20\d$/);
  // 4. ... and the pass.
  expect(await killAt(2, '^replied POST \\S*/customer-passes 20\\d$')).toMatch(/customer-passes 20\d$/);
  // 5. The registration is marked sending; the request has not left.
  expect(await killAt(3, '^request POST \\S*/registrations$')).toMatch(/registrations$/);
  // 6. The second registration (a regular's) was made; its reply not recorded.
  expect(await killAt(3, '^replied POST \\S*/registrations 20\\d$', 2)).toMatch(/registrations 20\d$/);
  // 7. The last places of a slot are locked in a cart (the second order's: the first is sale 4's).
  expect(await killAt(5, '^replied POST \\S*/cart/\\S+/item 20\\d$', 2)).toMatch(/item 20\d$/);

  const last = startChild(null, base);
  const exit = await last.exited;
  for (const l of last.lines) if (l.startsWith('captured ')) promised.add(l.slice('captured '.length));
  expect(exit.code, last.stderr()).toBe(0);
  expect(last.lines.find((l) => l.startsWith('done '))).toBe('done {"sent":7}');
  expect(outboxIntegrity(dataDir)).toBe('ok');

  expect(promised.size).toBe(5);
  const tally = await tallyD1(world, promised);
  expect({ lost: tally.lost, duplicated: tally.duplicated }).toEqual({ lost: [], duplicated: [] });
  // Each write reached the back end once: what a kill left unknown was looked up, not sent again.
  const rm = await simControl(world.resmark.origin).stats();
  const rv = await simControl(world.reservie.origin).stats();
  const posts = (byRoute: Record<string, number>, part: string) =>
    Object.entries(byRoute)
      .filter(([route]) => route.startsWith('POST ') && route.endsWith(part))
      .reduce((n, [, c]) => n + c, 0);
  expect(posts(rm.byRoute, '/order')).toBe(3);
  expect(posts(rv.byRoute, '/customers')).toBe(1);
  expect(posts(rv.byRoute, '/customer-passes')).toBe(1);
  expect(posts(rv.byRoute, '/registrations')).toBe(2);
}, 300_000);
