// Integration (Node): `sell` from the IT person's CLI, run as `npm run frontdesk` runs it, against
// simulator processes: both forms, --json and the receipt, "queued" while the back end is down,
// --yes needed against a live back end, and a `kill -9` of the CLI while it sends an order that
// the server then makes: the restarted sender looks it up and sends nothing twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { tempDir } from '../support/sync-harness';
import { seedCheckIns, simApi, type SimApi } from '../support/reservie-checkin-fixture';
import { simControl } from '../../electron/sim/testing/sim-control';
import { createResmarkClient, type ResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import type { SlotRecord } from '../../electron/core/store/records';
import { CLI_TEST_TIMEOUT } from '../support/cli-timeout';

let reservie: SimProcess;
let resmark: SimProcess;
let api: SimApi;
let rm: ResmarkClient;
let seeded: Awaited<ReturnType<typeof seedCheckIns>>;
let passId: string;
let slots: SlotRecord[];
const dataDir = tempDir('frontdesk-cli-sell-');
const RESMARK_USER = 'demo@frontdesk.test';
const RESMARK_KEY = 'demo-api-key';

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', dataDir],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; out: string; err: string }>(
    (resolve) => child.once('exit', (code, signal) => resolve({ code, signal, out, err })),
  );
  return { child, done };
}
const frontdesk = (args: string[], env: Record<string, string> = {}) => start(args, env).done;

beforeAll(async () => {
  reservie = await startSimProcess(['--backend', 'reservie', '--scale', '0']);
  resmark = await startSimProcess(['--backend', 'resmark']);
  api = await simApi(reservie.baseUrl);
  seeded = await seedCheckIns(api, 2);
  passId = (await api.get<{ passes: { id: string }[] }>('/passes')).passes[0]!.id;
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({ backends: {}, checkIn: { timeZone: 'UTC' } }),
  );
  rm = createResmarkClient({
    baseUrl: resmark.baseUrl,
    username: RESMARK_USER,
    apiKey: RESMARK_KEY,
    budget: createRequestBudget({ requests: 200, perMs: 1000 }),
  });
  const product = (await rm.listProducts({ page: 0 })).items.find((p) => !p.dateless)!;
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  slots = (await rm.getInventory(product.id, day, day)).filter(
    (s) => Object.values(s.tiersAvailable).reduce((a, b) => a + b, 0) >= 4,
  );

  const r1 = await frontdesk(['configure', '--backend', 'reservie', '--base-url', reservie.baseUrl], {
    FRONTDESK_API_KEY: 'demo-key',
    FRONTDESK_API_SECRET: 'demo-secret',
  });
  const r2 = await frontdesk(['configure', '--backend', 'resmark', '--base-url', resmark.baseUrl], {
    FRONTDESK_USERNAME: RESMARK_USER,
    FRONTDESK_API_KEY: RESMARK_KEY,
  });
  expect([r1.code, r2.code]).toEqual([0, 0]);
  expect((await frontdesk(['sync'])).code).toBe(0);
}, CLI_TEST_TIMEOUT);
afterAll(async () => {
  await reservie.stop();
  await resmark.stop();
});

const tierOf = (slot: SlotRecord) => Object.keys(slot.prices)[0]!;
const resmarkArgs = (slot: SlotRecord, n: number) => [
  'sell',
  '--backend',
  'resmark',
  '--slot',
  slot.activityId,
  '--participants',
  `${tierOf(slot)}=${n}`,
  '--email',
  'it.person@example.com',
  '--first-name',
  'IT',
  '--last-name',
  'Person',
  '--tender',
  'cash',
];
const ordersFor = async (referenceId: string) =>
  (await rm.listOrders({ page: 0, referenceId })).items.filter((o) => o.referenceId === referenceId);

// One story on one data folder, in order: the sales made by the tests above are what `summary`
// adds up at the end. A shuffled run (`--sequence.shuffle`) would put the summary first.
describe('the CLI at the desk, sale by sale, then the day summary', { shuffle: false }, () => {
  it(
    'sells on both back ends: --yes needed on a live back end, --json in the issue shape, the receipt otherwise',
    async () => {
      const refused = await frontdesk(resmarkArgs(slots[0]!, 1));
      expect(refused.code).toBe(2);
      expect(refused.err).toMatch(/add --yes/);

      const tour = await frontdesk([...resmarkArgs(slots[0]!, 2), '--json', '--yes']);
      expect(tour.code).toBe(0);
      const json = JSON.parse(tour.out) as Record<string, unknown>;
      expect(Object.keys(json).sort()).toEqual(['confirmation', 'referenceId', 'serverIds', 'state']);
      expect(json).toMatchObject({ state: 'sent', confirmation: expect.stringMatching(/^\d{7}$/) });
      const orders = await ordersFor(json.referenceId as string);
      expect(orders).toHaveLength(1);
      expect(json.serverIds).toEqual({ order: orders[0]!.id });

      const newcomer = await frontdesk([
        'sell',
        '--backend',
        'reservie',
        '--session',
        seeded.eventId,
        '--email',
        'cli.newcomer@example.com',
        '--first-name',
        'Cli',
        '--last-name',
        'Newcomer',
        '--buy-pass',
        passId,
        '--yes',
      ]);
      expect(newcomer.code).toBe(0);
      expect(newcomer.out).toMatch(/^RECEIPT fd-/);
      expect(newcomer.out).toMatch(/Confirmation: confirmed/);
      const customers = (
        await api.get<{ customers: { id: string }[] }>('/customers?email=cli.newcomer@example.com')
      ).customers;
      expect(customers).toHaveLength(1);
      expect(newcomer.out).toContain(`customer: ${customers[0]!.id}`);

      // Bad input: a clear error, nothing sold.
      const bad = await frontdesk([
        'sell',
        '--backend',
        'reservie',
        '--session',
        seeded.eventId,
        '--email',
        'x@example.com',
        '--yes',
      ]);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/exactly one of --use-pass, --buy-pass/);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    'queued while the back end is down, with its referenceId (an update refused meanwhile); sent by `outbox send`',
    async () => {
      const control = simControl(reservie.origin);
      await control.setFaults({ down: true });
      const queued = await frontdesk([
        'sell',
        '--backend',
        'reservie',
        '--session',
        seeded.eventId,
        '--email',
        'walk2@example.com',
        '--pay',
        'card',
        '--json',
        '--yes',
      ]);
      expect(queued.code).toBe(0);
      const json = JSON.parse(queued.out) as { referenceId: string; state: string; serverIds: object };
      expect(json).toMatchObject({ state: 'queued', confirmation: null, serverIds: {} });
      const text = await frontdesk([
        'sell',
        '--backend',
        'reservie',
        '--session',
        seeded.eventId,
        '--email',
        'walk1@example.com',
        '--use-pass',
        '--yes',
      ]);
      expect(text.code).toBe(0);
      expect(text.out).toMatch(/^queued fd-[0-9a-f-]+\n/);
      // An update is refused while the two sales wait, saying why.
      const update = await frontdesk(['update-check']);
      expect(update.code).toBe(1);
      expect(update.err).toMatch(/^Not now: \d+ changes are still waiting to be sent/);

      await control.clearFaults();
      const sent = await frontdesk(['outbox', 'send']);
      expect(sent.code).toBe(0);
      const regs = (
        await api.get<{ registrations: { customerId: string }[] }>(
          `/events/${seeded.eventId}/registrations?perPage=100`,
        )
      ).registrations;
      expect(
        regs
          .filter((r) => seeded.customers.includes(r.customerId))
          .map((r) => r.customerId)
          .sort(),
      ).toEqual([...seeded.customers].sort());
    },
    CLI_TEST_TIMEOUT,
  );

  async function waitFor<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
    for (let i = 0; i < 600; i++) {
      const v = await read();
      if (ok(v)) return v;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it(
    'kill -9 while the order is at the server: the restart looks it up and sends nothing twice',
    async () => {
      const control = simControl(resmark.origin);
      await control.setFaults({ down: true });
      const queued = await frontdesk([...resmarkArgs(slots[1]!, 1), '--json', '--yes']);
      const { referenceId } = JSON.parse(queued.out) as { referenceId: string };
      await control.clearFaults();
      await control.resetStats();
      // Every request waits 1.5 s at the server before it is carried out: time to kill the sender
      // once the order request has arrived, and before its reply can come back.
      await control.setFaults({ latencyMs: 1_500 });
      const sending = start(['outbox', 'send']);
      await waitFor(
        'the order request',
        () => control.count('POST /public/api/order'),
        (n) => n >= 1,
      );
      sending.child.kill('SIGKILL');
      const killed = await sending.done;
      expect(killed.signal).toBe('SIGKILL');
      // The server carries the order out anyway, after its delay.
      await waitFor(
        'the order at the server',
        () => ordersFor(referenceId),
        (o) => o.length === 1,
      );
      await control.clearFaults();

      const listed = JSON.parse((await frontdesk(['outbox', '--json'])).out) as {
        referenceId: string;
        state: string;
      }[];
      expect(listed.find((i) => i.referenceId === referenceId)?.state).toBe('sending');
      const resent = await frontdesk(['outbox', 'send']);
      expect(resent.code).toBe(0);
      expect(await ordersFor(referenceId)).toHaveLength(1);
      const after = JSON.parse((await frontdesk(['outbox', '--json'])).out) as {
        referenceId: string;
        state: string;
        attempts: number;
      }[];
      expect(after.find((i) => i.referenceId === referenceId)).toMatchObject({ state: 'sent', attempts: 1 });
      // Only the one order: looked up, not placed again.
      expect(await control.count('POST /public/api/order')).toBe(1);
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    '`summary` adds up the day the CLI sold, `summary --csv` is the same sales one row each; `update-check` allows an update',
    async () => {
      const json = await frontdesk(['summary', '--json']);
      expect(json.code).toBe(0);
      const day = JSON.parse(json.out) as {
        date: string;
        sales: { referenceId: string; tender: string; backend: string }[];
        overall: { sales: number };
        byTender: { tender: string; sales: number }[];
        unsent: number;
      };
      // The sales above: a Resmark cash tour, a Reservie pass sold, a card and a pass walk-up, the killed order.
      expect(day.overall.sales).toBe(day.sales.length);
      expect(day.sales.length).toBeGreaterThanOrEqual(4);
      expect(day.byTender.find((t) => t.tender === 'cash')?.sales).toBe(
        day.sales.filter((s) => s.tender === 'cash').length,
      );
      expect(day.unsent).toBe(0);

      const csv = await frontdesk(['summary', '--csv']);
      expect(csv.code).toBe(0);
      const rows = csv.out.trimEnd().split('\r\n');
      expect(rows[0]).toMatch(/^referenceId,backend,state,tender,/);
      expect(
        rows
          .slice(1)
          .map((r) => r.split(',')[0])
          .sort(),
      ).toEqual(day.sales.map((s) => s.referenceId).sort());

      const text = await frontdesk(['summary', '--date', day.date]);
      expect(text.out).toContain(`Sales on ${day.date}: ${day.sales.length} sales`);
      const empty = JSON.parse((await frontdesk(['summary', '--date', '2001-01-01', '--json'])).out) as {
        overall: { sales: number };
      };
      expect(empty.overall.sales).toBe(0);
      // Everything is sent: the new version may be installed.
      const update = await frontdesk(['update-check']);
      expect([update.code, update.out]).toEqual([
        0,
        'Nothing is waiting to be sent: the new version can be installed.\n',
      ]);
      const bad = await frontdesk(['summary', '--date', 'tomorrow']);
      expect(bad.code).toBe(1);
      expect(bad.err).toMatch(/YYYY-MM-DD/);
    },
    CLI_TEST_TIMEOUT,
  );
});
