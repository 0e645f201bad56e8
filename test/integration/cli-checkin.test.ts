// Integration (Node): `checkin` and `outbox` from the IT person's CLI, run as `npm run frontdesk`
// runs it, against a Reservie simulator process: in, twice is once, queued while the back end is
// down (answering at once), and sent by `outbox send` once it is back; a refusal on replay is
// listed with its actions and answered with `outbox resolve`.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { tempDir } from '../support/sync-harness';
import { seedCheckIns, simApi, type SimApi } from '../support/reservie-checkin-fixture';
import { simControl } from '../../electron/sim/testing/sim-control';

let sim: SimProcess;
let api: SimApi;
let seeded: Awaited<ReturnType<typeof seedCheckIns>>;
const dataDir = tempDir('frontdesk-cli-checkin-');

beforeAll(async () => {
  sim = await startSimProcess(['--backend', 'reservie', '--scale', '0']);
  api = await simApi(sim.baseUrl);
  seeded = await seedCheckIns(api, 4);
  // The venue's day in UTC, so "today" does not depend on this machine's zone.
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({ backends: {}, checkIn: { timeZone: 'UTC' } }),
  );
}, 60_000);
afterAll(() => sim.stop());

function frontdesk(args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', dataDir],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, out })),
  );
}

const registrations = async () =>
  (await api.get<{ registrations: { customerId: string }[] }>(`/events/${seeded.eventId}/registrations`))
    .registrations;

it('checks in, says already in, queues while down and sends with outbox send', async () => {
  const configured = await frontdesk(['configure', '--backend', 'reservie', '--base-url', sim.baseUrl], {
    FRONTDESK_API_KEY: 'demo-key',
    FRONTDESK_API_SECRET: 'demo-secret',
  });
  expect(configured.code).toBe(0);
  expect((await frontdesk(['sync'])).code).toBe(0);
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
  expect(JSON.parse(offline.out)).toMatchObject({ outcome: 'checked_in', state: 'saved', remainingUses: 9 });

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
}, 120_000);

it('lists what can be done about a refusal, and resolves it with outbox resolve', async () => {
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
}, 120_000);
