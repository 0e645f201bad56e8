// Integration (Node): `checkin` and `outbox` from the IT person's CLI, run as `npm run frontdesk`
// runs it, against a Reservie simulator process: in, twice is once, queued while the back end is
// down (answering at once), and sent by `outbox send` once it is back; a refusal on replay is
// listed with its actions and answered with `outbox resolve`; and the same with the simulator
// process stopped and started again.
import { afterAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { tempDir } from '../support/sync-harness';
import { seedCheckIns, simApi, type SimApi } from '../support/reservie-checkin-fixture';
import { simControl } from '../../electron/sim/testing/sim-control';
import { CLI_TEST_TIMEOUT } from '../support/cli-timeout';

const sims: SimProcess[] = [];
afterAll(async () => {
  await Promise.all(sims.map((s) => s.stop()));
});

function frontdesk(dir: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', dir],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, out })),
  );
}

/**
 * A desk of its own for one test: its own simulator process with four seeded walk-ins, its own
 * data folder, configured and synced. vitest may run the tests in any order (`--sequence.shuffle`),
 * so no test may see what another one queued, checked in or used up.
 */
const stoppedDataDir = tempDir('frontdesk-cli-checkin-stopped-');

async function freshDesk() {
  const sim = await startSimProcess(['--backend', 'reservie', '--scale', '0']);
  sims.push(sim);
  const api = await simApi(sim.baseUrl);
  const seeded = await seedCheckIns(api, 4);
  const dataDir = tempDir('frontdesk-cli-checkin-');
  // The venue's day in UTC, so "today" does not depend on this machine's zone.
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({ backends: {}, checkIn: { timeZone: 'UTC' } }),
  );
  const run = (args: string[], env: Record<string, string> = {}) => frontdesk(dataDir, args, env);
  const configured = await run(['configure', '--backend', 'reservie', '--base-url', sim.baseUrl], {
    FRONTDESK_API_KEY: 'demo-key',
    FRONTDESK_API_SECRET: 'demo-secret',
  });
  expect(configured.code).toBe(0);
  expect((await run(['sync'])).code).toBe(0);
  const registrations = async () =>
    (await api.get<{ registrations: { customerId: string }[] }>(`/events/${seeded.eventId}/registrations`))
      .registrations;
  return { sim, api, seeded, run, registrations };
}

it(
  'checks in, says already in, queues while down and sends with outbox send',
  async () => {
    const { sim, api, seeded, run: frontdesk, registrations } = await freshDesk();
    const [first, second, third] = seeded.customers as [string, string, string];

    const inNow = await frontdesk(['checkin', first, '--session', seeded.eventId, '--json']);
    expect(inNow.code).toBe(0);
    expect(JSON.parse(inNow.out)).toEqual({
      outcome: 'checked_in',
      reason: null,
      session: seeded.eventId,
      customerPassId: seeded.passes.get(first),
      remainingUses: 9,
      state: 'saved',
    });
    const twice = await frontdesk(['checkin', 'walk1@example.com', '--session', seeded.eventId, '--json']);
    expect(twice.code).toBe(0);
    expect(JSON.parse(twice.out)).toMatchObject({ outcome: 'already_checked_in', session: seeded.eventId });

    const control = simControl(sim.origin);
    await control.setFaults({ down: true });
    // By customer-pass id, with the back end down: answered from the offline copy.
    const offline = await frontdesk([
      'checkin',
      seeded.passes.get(second)!,
      '--session',
      seeded.eventId,
      '--json',
    ]);
    expect(offline.code).toBe(0);
    expect(JSON.parse(offline.out)).toMatchObject({
      outcome: 'checked_in',
      state: 'saved',
      remainingUses: 9,
    });

    const listed = await frontdesk(['outbox', '--json']);
    expect(listed.code).toBe(0);
    const items = JSON.parse(listed.out) as { kind: string; state: string; backend: string }[];
    expect(items.map((i) => [i.kind, i.backend, i.state])).toEqual([
      ['reservie.passRegistration', 'reservie', 'pending'],
      ['reservie.passRegistration', 'reservie', 'pending'],
    ]);
    const stuck = await frontdesk(['outbox', 'send']);
    expect(stuck.code).toBe(1);
    expect(stuck.out).toContain('could not be reached');

    await control.clearFaults();
    const sent = await frontdesk(['outbox', 'send']);
    expect(sent.out).toContain('still waiting 0');
    expect(sent.code).toBe(0);
    expect((await registrations()).map((r) => r.customerId).sort()).toEqual([first, second].sort());

    // No pass left to pay with: refused, exit 1, the reason on stdout.
    await api.send('PUT', `/customer-passes/${seeded.passes.get(third)}`, { remainingUses: 0 });
    const refused = await frontdesk(['checkin', third, '--session', seeded.eventId]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/used up/i);
  },
  CLI_TEST_TIMEOUT,
);

it(
  'lists what can be done about a refusal, and resolves it with outbox resolve',
  async () => {
    const { sim, api, seeded, run: frontdesk } = await freshDesk();
    const fourth = seeded.customers[3]!;
    // Another desk uses the pass up while this one is offline (its saved copy still says 10 uses).
    await api.send('PUT', `/customer-passes/${seeded.passes.get(fourth)}`, { remainingUses: 0 });
    const control = simControl(sim.origin);
    await control.setFaults({ down: true });
    const offline = await frontdesk(['checkin', fourth, '--session', seeded.eventId, '--json']);
    expect(JSON.parse(offline.out)).toMatchObject({ outcome: 'checked_in', state: 'saved' });
    await control.clearFaults();
    const replay = await frontdesk(['outbox', 'send']);
    expect(replay.out).toContain('needs attention 1');
    expect(replay.code).toBe(0);

    const items = JSON.parse((await frontdesk(['outbox', '--json'])).out) as {
      id: number;
      state: string;
      actions: string[];
    }[];
    const stuck = items.find((i) => i.state === 'needs_attention')!;
    expect(stuck.actions).toEqual(['retry', 'otherPass', 'recordPayment', 'dismiss']);
    const text = await frontdesk(['outbox']);
    expect(text.out).toContain(`#${stuck.id} Check-in · Walk4 In · Morning Flow`);
    expect(text.out).toContain('can: retry, otherPass, recordPayment, dismiss');

    const bad = await frontdesk(['outbox', 'resolve', String(stuck.id), '--pay', 'gold']);
    expect(bad.code).toBe(2);
    const paid = await frontdesk(['outbox', 'resolve', String(stuck.id), '--pay', 'card']);
    expect(paid.out).toContain('Sending it again as paid by card');
    expect(paid.code).toBe(0);
    expect((await frontdesk(['outbox', 'send'])).out).toContain('Sent 1');
    const regs = await api.get<{ registrations: { customerId: string; paymentMethod: string }[] }>(
      `/events/${seeded.eventId}/registrations`,
    );
    expect(regs.registrations.filter((r) => r.customerId === fourth)).toEqual([
      expect.objectContaining({ paymentMethod: 'card' }),
    ]);
    const late = await frontdesk(['outbox', 'resolve', String(stuck.id), '--dismiss', 'too late']);
    expect(late.code).toBe(1);
    expect(late.out).toMatch(/sent already/);
  },
  CLI_TEST_TIMEOUT,
);

interface SimCustomerPass {
  id: string;
  customerId: string;
  remainingUses: number;
  startDate: string | null;
}

/**
 * From the simulator's demo seed: a session today with places left, and a customer not on it whose
 * pass is active and started, with their e-mail (what the IT person would type).
 */
async function walkInFromSeed(seedApi: SimApi) {
  const today = new Date().toISOString().slice(0, 10);
  let session: { id: string } | undefined;
  for (let page = 1; !session; page++) {
    const r = await seedApi.get<{ events: { id: string; startsAt: string; spacesAvailable: number }[] }>(
      `/events?perPage=100&page=${page}`,
    );
    if (r.events.length === 0) throw new Error('no session today with places left in the demo seed');
    session = r.events.find((e) => e.startsAt.startsWith(today) && e.spacesAvailable > 0);
  }
  const booked = new Set(
    (
      await seedApi.get<{ registrations: { customerId: string }[] }>(
        `/events/${session.id}/registrations?perPage=100`,
      )
    ).registrations.map((r) => r.customerId),
  );
  const passes = (
    await seedApi.get<{ customerPasses: SimCustomerPass[] }>('/customer-passes?status=active&perPage=100')
  ).customerPasses;
  // One pass only, so the pass the desk picks is the one read back.
  let pass: SimCustomerPass | undefined;
  for (const p of passes) {
    if (booked.has(p.customerId) || p.remainingUses <= 0 || (p.startDate ?? today) > today) continue;
    const theirs = await seedApi.get<{ customerPasses: SimCustomerPass[] }>(
      `/customer-passes?customerId=${p.customerId}`,
    );
    if (theirs.customerPasses.length === 1) {
      pass = p;
      break;
    }
  }
  if (!pass) throw new Error('no walk-in with a single active pass in the demo seed');
  const customer = await seedApi.get<{ email: string }>(`/customers/${pass.customerId}`);
  return { sessionId: session.id, pass, email: customer.email };
}

it(
  'answers at once with the simulator process stopped, lists the queued item, and sends it once the simulator is back',
  async () => {
    // The demo seed, so that the simulator started again holds the same venue as the stopped one.
    const seeded = await startSimProcess(['--backend', 'reservie']);
    try {
      writeFileSync(
        join(stoppedDataDir, 'settings.json'),
        JSON.stringify({
          backends: {},
          // The whole day open for check-in, whatever time the suite runs.
          checkIn: {
            timeZone: 'UTC',
            reservieOpensMinutesBefore: 24 * 60,
            reservieClosesMinutesAfterEnd: 24 * 60,
          },
        }),
      );
      const run = (args: string[], env: Record<string, string> = {}) => frontdesk(stoppedDataDir, args, env);
      const configured = await run(['configure', '--backend', 'reservie', '--base-url', seeded.baseUrl], {
        FRONTDESK_API_KEY: 'demo-key',
        FRONTDESK_API_SECRET: 'demo-secret',
      });
      expect(configured.code).toBe(0);
      const { sessionId, pass, email } = await walkInFromSeed(await simApi(seeded.baseUrl));
      expect((await run(['sync'])).code).toBe(0);

      await seeded.stop();
      const offline = await run(['checkin', email, '--session', sessionId, '--json']);
      expect(offline.code).toBe(0);
      expect(JSON.parse(offline.out)).toEqual({
        outcome: 'checked_in',
        reason: null,
        session: sessionId,
        customerPassId: pass.id,
        remainingUses: pass.remainingUses - 1,
        state: 'saved',
      });
      const listed = await run(['outbox', '--json']);
      expect(listed.code).toBe(0);
      expect(
        (JSON.parse(listed.out) as { kind: string; backend: string; state: string }[]).map((i) => [
          i.kind,
          i.backend,
          i.state,
        ]),
      ).toEqual([['reservie.passRegistration', 'reservie', 'pending']]);
      const stuck = await run(['outbox', 'send']);
      expect(stuck.code).toBe(1);

      await seeded.start();
      const sent = await run(['outbox', 'send']);
      expect(sent.out).toContain('still waiting 0');
      expect(sent.code).toBe(0);
      const back = await simApi(seeded.baseUrl);
      const on = (
        await back.get<{ registrations: { customerId: string }[] }>(
          `/events/${sessionId}/registrations?perPage=100`,
        )
      ).registrations.filter((r) => r.customerId === pass.customerId);
      expect(on).toHaveLength(1);
      expect((await back.get<{ remainingUses: number }>(`/customer-passes/${pass.id}`)).remainingUses).toBe(
        pass.remainingUses - 1,
      );
      const left = JSON.parse((await run(['outbox', '--json'])).out) as { state: string }[];
      expect(left.filter((i) => i.state === 'pending')).toEqual([]);
    } finally {
      await seeded.stop();
    }
  },
  CLI_TEST_TIMEOUT,
);
