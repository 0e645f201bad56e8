// Integration (plain Node, S7): a full run against both simulators as their own processes (real
// HTTP on loopback, real SQLite, the node host's file-key vault) — configure both back ends, sync,
// check a customer in and send it, with a wrong secret, a failed sync and a failed send on the way so
// the log has something to say, sign out — and after each stage every file in the data folder
// (logs, settings, databases and their WAL files, the vault) is searched for the secrets and for
// any bearer token: none is found; the secrets are only in the vault, encrypted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-types';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { createFileKeyVault } from '../../electron/core/vault/file-key-vault';
import type { CheckInOutcome } from '../../shared/domain/checkin';
import type { OutboxEntry } from '../../shared/domain/outbox';
import { simControl } from '../../electron/sim/testing/sim-control';
import { seedCheckIns, simApi } from '../support/reservie-checkin-fixture';
import { startSimProcess, type SimProcess } from '../support/sim-process';
import { tempDir } from '../support/sync-harness';

// The simulators accept only their demo credentials; these are the values the desk is given.
const RESERVIE = { apiKey: 'demo-key', apiSecret: 'demo-secret' };
const RESMARK = { username: 'demo@frontdesk.test', apiKey: 'demo-api-key' };
/** A wrong secret tried first: refused, and no more allowed in the log than the right one. */
const WRONG_SECRET = 'wrong-secret-8d1f0c';
const SECRETS = [RESERVIE.apiKey, RESERVIE.apiSecret, RESMARK.apiKey, WRONG_SECRET];
/** Every token both simulators issue starts with this JWT header ({"alg":"HS256","typ":"JWT"}). */
const JWT_HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/;
const BEARER = /bearer\s+[\w.~+/-]{8,}/i;

const closers: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Searches every file's bytes (latin1 keeps binary SQLite pages searchable for ASCII text). */
function expectNoSecretIn(dataDir: string, stage: string): string[] {
  const files = filesUnder(dataDir);
  for (const file of files) {
    const text = readFileSync(file).toString('latin1');
    const where = `${stage}: ${relative(dataDir, file)}`;
    for (const secret of SECRETS) expect(text.includes(secret), `${where} holds ${secret}`).toBe(false);
    expect(text.includes(JWT_HEADER), `${where} holds a token`).toBe(false);
    // Booleans, not toMatch: a failure names the file instead of dumping a binary database.
    expect(JWT.test(text), `${where} holds a JWT`).toBe(false);
    expect(BEARER.test(text), `${where} holds a bearer header`).toBe(false);
  }
  return files.map((f) => relative(dataDir, f));
}

async function value<T>(core: Core, channel: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function sim(backend: 'reservie' | 'resmark', ...args: string[]): Promise<SimProcess> {
  const process = await startSimProcess(['--backend', backend, ...args]);
  closers.push(() => process.stop());
  return process;
}

it('leaves no secret or token in logs, settings or databases after configure, sync, check-in and sign-out', async () => {
  const [reservie, resmark] = await Promise.all([
    sim('reservie', '--scale', '200', '--rate-limit', '1000/60'),
    sim('resmark'),
  ]);
  const { eventId, customers } = await seedCheckIns(await simApi(reservie.baseUrl), 1);

  const dataDir = tempDir();
  const deps = createNodeHostDeps(dataDir, { logName: 'test' });
  deps.settings.set('checkIn', { timeZone: 'UTC' });
  const core = await createCore({ ...deps, autoSync: false });
  closers.push(() => core.close());

  const wrong = await core.dispatch('backend:configure', {
    backend: 'reservie',
    baseUrl: reservie.baseUrl,
    apiKey: RESERVIE.apiKey,
    apiSecret: WRONG_SECRET,
  });
  expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  await value(core, 'backend:configure', { backend: 'reservie', baseUrl: reservie.baseUrl, ...RESERVIE });
  await value(core, 'backend:configure', { backend: 'resmark', baseUrl: resmark.baseUrl, ...RESMARK });

  const syncEnded = () =>
    expect
      .poll(async () => (await value<{ running: boolean }>(core, 'sync:state')).running, { timeout: 120_000 })
      .toBe(false);
  // First with Resmark failing every request (the failure is logged), then a clean run.
  await simControl(resmark.origin).setFaults({ errorRate: 1 });
  await value(core, 'sync:start', { full: true });
  await syncEnded();
  await simControl(resmark.origin).clearFaults();
  await value(core, 'sync:start', { full: true });
  await syncEnded();
  expect(await value<Record<string, number>>(core, 'cache:counts')).toMatchObject({ customers: 201 });

  // The check-in is saved while Reservie refuses writes (the retry is logged), then sent.
  await simControl(reservie.origin).setFaults({ errorRate: 1 });
  const outcome = await value<CheckInOutcome>(core, 'checkin:checkIn', {
    backend: 'reservie',
    customerId: customers[0],
    sessionId: eventId,
  });
  expect(outcome).toMatchObject({ outcome: 'checked_in', state: 'saved' });
  await value(core, 'outbox:send');
  await simControl(reservie.origin).clearFaults();
  await value(core, 'outbox:send');
  await expect
    .poll(async () => (await value<OutboxEntry[]>(core, 'outbox:list')).map((e) => e.state), {
      timeout: 60_000,
    })
    .toEqual(['sent']);

  // Live, signed in, work sent: the secrets are in the vault, encrypted, and nowhere in plain text.
  const vault = createFileKeyVault(dataDir);
  expect([vault.get('reservie.apiSecret'), vault.get('resmark.apiKey')]).toEqual([
    RESERVIE.apiSecret,
    RESMARK.apiKey,
  ]);
  const live = expectNoSecretIn(dataDir, 'signed in');
  expect(live).toEqual(
    expect.arrayContaining([
      'settings.json',
      'secrets.enc',
      'cache.db',
      'outbox.db',
      join('logs', 'test.log'),
    ]),
  );
  // The log recorded the refusals and failures (so "no secret in it" says something).
  const log = readFileSync(join(dataDir, 'logs', 'test.log'), 'utf8');
  expect(log).toMatch(/outbox item will be retried/);
  expect(log).toMatch(/sync failed/);

  for (const backend of ['reservie', 'resmark'] as const) {
    await value(core, 'backend:signOut', { backend, wipeCache: false });
  }
  expectNoSecretIn(dataDir, 'signed out');
  expect(createFileKeyVault(dataDir).get('reservie.apiSecret')).toBeUndefined();
  expect(createFileKeyVault(dataDir).get('resmark.apiKey')).toBeUndefined();

  // Closing flushes the logs and checkpoints SQLite's WAL into the database files: search once more.
  await core.close();
  expectNoSecretIn(dataDir, 'closed');
}, 240_000);
