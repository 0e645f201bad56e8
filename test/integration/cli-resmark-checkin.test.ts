// Integration (Node): `checkin <confirmation number>` and `checkin export` from the IT person's CLI,
// run as `npm run frontdesk` runs it, against a Resmark simulator process: everyone on today's
// booking in (the JSON shape of the issue), twice is once, the same with the simulator stopped
// (Resmark has no check-in API: the ledger is the record), a departure that is not on the booking,
// and the ledger as CSV for the day and for the departure.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { tempDir } from '../support/sync-harness';
import {
  RESMARK_DEMO_CREDENTIALS,
  RESMARK_VENUE_TIME_ZONE,
  todaysOrder,
  venueDay,
} from '../support/resmark-checkin-fixture';
import type { OrderRecord } from '../../electron/core/store/records';
import { CLI_TEST_TIMEOUT } from '../support/cli-timeout';

let sim: SimProcess;
let order: OrderRecord;
const dataDir = tempDir('frontdesk-cli-resmark-checkin-');

beforeAll(async () => {
  sim = await startSimProcess(['--backend', 'resmark']);
  order = await todaysOrder(sim.baseUrl, 2);
  // A window a day either side, so today's seeded departure is open whenever the suite runs.
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({
      backends: {},
      deskName: 'Front desk 2',
      checkIn: {
        timeZone: RESMARK_VENUE_TIME_ZONE,
        resmarkMinutesBefore: 24 * 60,
        resmarkMinutesAfter: 24 * 60,
      },
    }),
  );
}, CLI_TEST_TIMEOUT);
afterAll(() => sim.stop());

function frontdesk(args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', dataDir],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, out, err })),
  );
}

it(
  'checks a booking in by confirmation number, twice is once, offline too, and exports CSV',
  async () => {
    const configured = await frontdesk(['configure', '--backend', 'resmark', '--base-url', sim.baseUrl], {
      FRONTDESK_USERNAME: RESMARK_DEMO_CREDENTIALS.username,
      FRONTDESK_API_KEY: RESMARK_DEMO_CREDENTIALS.apiKey,
    });
    expect(configured.code).toBe(0);
    expect((await frontdesk(['sync'])).code).toBe(0);
    const departure = order.items[0]!.activityId!;
    const seats = Object.values(order.items[0]!.participants).reduce((a, b) => a + b, 0);

    const inNow = await frontdesk(['checkin', order.confirmation, '--json']);
    expect(inNow.code).toBe(0);
    expect(JSON.parse(inNow.out)).toEqual({
      outcome: 'checked_in',
      reason: null,
      session: departure,
      customerPassId: null,
      remainingUses: null,
      state: null,
    });

    // The simulator is not needed: the cached order and the ledger are all there is.
    await sim.stop();
    const twice = await frontdesk(['checkin', order.confirmation, '--session', departure]);
    expect(twice.code).toBe(0);
    expect(twice.out).toMatch(/^Already checked in at \d\d:\d\d on Front desk 2 \(/);
    expect(twice.out.match(/Already checked in at/g)).toHaveLength(seats + 1);

    const wrong = await frontdesk([
      'checkin',
      order.confirmation,
      '--session',
      'no-such-departure',
      '--json',
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain(`has no departure no-such-departure today (today's: ${departure})`);

    const unknown = await frontdesk(['checkin', 'ZZ-NOT-A-BOOKING']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('booking confirmation number "ZZ-NOT-A-BOOKING"');

    const day = venueDay(new Date());
    const printed = await frontdesk(['checkin', 'export', '--date', day]);
    expect(printed.code).toBe(0);
    const lines = printed.out.trimEnd().split('\r\n');
    expect(lines).toHaveLength(seats + 1);
    expect(lines[0]).toBe(
      'Date,Time,Desk,Back end,Session,Session starts,Name,Customer or booking,Paid by,Pass,Write-back,Undone at,Note,Check-in id',
    );
    for (const line of lines.slice(1)) {
      expect(line).toContain(`,Front desk 2,resmark,`);
      expect(line).toContain(`,${order.confirmation},Order,,Recorded here only,`);
    }

    const file = join(dataDir, 'departure.csv');
    const written = await frontdesk(['checkin', 'export', '--session', departure, '--out', file]);
    expect(written.code).toBe(0);
    expect(written.err).toContain(`${seats} check-ins written to ${file}`);
    expect(readFileSync(file, 'utf8')).toBe(printed.out);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const bad = await frontdesk(['checkin', 'export', '--date', '1 Dec']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('BAD_INPUT');
    const nothing = await frontdesk(['checkin', 'export']);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toContain('Say what to export');
  },
  CLI_TEST_TIMEOUT,
);
