// Integration (Node): the IT person's CLI, run as `npm run frontdesk` runs it, against a simulator
// process: configure with secrets from the environment, sync, status --json, doctor.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { tempDir } from '../support/sync-harness';
import { CLI_TEST_TIMEOUT } from '../support/cli-timeout';

let sim: SimProcess;
const dataDir = tempDir('frontdesk-cli-');
beforeAll(async () => {
  sim = await startSimProcess(['--backend', 'reservie']);
}, CLI_TEST_TIMEOUT);
afterAll(() => sim.stop());

function frontdesk(args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', dataDir],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, out })),
  );
}

it(
  'refuses secrets on the command line',
  async () => {
    const r = await frontdesk([
      'configure',
      '--backend',
      'reservie',
      '--base-url',
      sim.baseUrl,
      '--api-key',
      'demo-key',
    ]);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/never taken from the command line/);
  },
  CLI_TEST_TIMEOUT,
);

it(
  'a wrong key exits non-zero with "check the API key"',
  async () => {
    const r = await frontdesk(['configure', '--backend', 'reservie', '--base-url', sim.baseUrl], {
      FRONTDESK_API_KEY: 'demo-key',
      FRONTDESK_API_SECRET: 'wrong',
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/API key/);
  },
  CLI_TEST_TIMEOUT,
);

it(
  'configure, sync, status --json and doctor work end to end',
  async () => {
    const configured = await frontdesk(['configure', '--backend', 'reservie', '--base-url', sim.baseUrl], {
      FRONTDESK_API_KEY: 'demo-key',
      FRONTDESK_API_SECRET: 'demo-secret',
    });
    expect(configured.out).toContain('Saved.');
    expect(configured.code).toBe(0);

    const synced = await frontdesk(['sync', '--full']);
    expect(synced.code).toBe(0);
    expect(synced.out).toContain('Sync complete.');

    const status = await frontdesk(['status', '--json']);
    expect(status.code).toBe(0);
    const report = JSON.parse(status.out) as {
      mode: string;
      counts: { customers: number };
      outbox: number;
      sync: { resource: string; readWholeSince: string | null; oldestRecordAgeMs: number | null }[];
    };
    expect(report).toMatchObject({ mode: 'live', counts: { customers: 2000 }, outbox: 0 });
    // F1: the age of the oldest cached customer, counted from the start of the last whole read.
    const customers = report.sync.find((r) => r.resource === 'customers');
    expect(customers?.readWholeSince).toEqual(expect.any(String));
    expect(customers?.oldestRecordAgeMs).toBeGreaterThanOrEqual(0);

    const doctor = await frontdesk(['doctor']);
    expect(doctor.code).toBe(0);
    expect(doctor.out).toMatch(/OK\s+reservie: credentials/);
    expect(doctor.out).toMatch(/OK\s+Offline cache database/);

    // The secret is in the encrypted vault only: not in settings, logs or anything printed.
    const everything = [configured.out, synced.out, status.out, doctor.out].join('\n');
    expect(everything).not.toContain('demo-secret');
    for (const name of readdirSync(dataDir)) {
      if (name.endsWith('.json'))
        expect(readFileSync(join(dataDir, name), 'utf8')).not.toContain('demo-secret');
    }
  },
  CLI_TEST_TIMEOUT,
);
