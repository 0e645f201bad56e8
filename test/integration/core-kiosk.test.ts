// Integration (plain Node): the core's kiosk domain on a real core and a temp data folder: the
// staff PIN, the lock-out on a fake clock, the mode surviving a restart and shutting out every
// desk-only call, and the PIN's hash never leaving the core.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import type { Core } from '../../electron/core/core-types';
import { CHANNELS, contract } from '../../shared/ipc/contract';
import type { UiMode } from '../../shared/ipc/channels';
import { tempDir } from '../support/sync-harness';

const MINUTE = 60_000;
const PIN = '90817263';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A clock only the test moves. */
function fakeClock(start = Date.UTC(2026, 11, 1, 9, 0, 0)) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), at: () => t };
}

interface Run {
  core: Core;
  dataDir: string;
  /** Every result and event that crossed the contract, as JSON. */
  seen: string[];
  call(channel: string, input?: unknown): Promise<unknown>;
}

async function start(
  dataDir = tempDir(),
  clock = fakeClock(),
  launchMode?: UiMode,
  seen: string[] = [],
): Promise<Run> {
  const deps = createNodeHostDeps(dataDir, { logName: 'test' });
  const core = await createCore({ ...deps, clock, autoSync: false, launchMode });
  closers.push(() => core.close());
  core.onEvent((event, payload) => seen.push(JSON.stringify({ event, payload })));
  const call = async (channel: string, input?: unknown) => {
    const result = await core.dispatch(channel, input);
    seen.push(JSON.stringify(result));
    return result;
  };
  return { core, dataDir, seen, call };
}

const value = (v: unknown) => ({ ok: true, value: v });
const failure = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) });
const iso = (ms: number) => new Date(ms).toISOString();

describe('kiosk domain', () => {
  it("keeps staff's start-at-login across a restart, announces it, and refuses it at the kiosk", async () => {
    const first = await start();
    expect(await first.call('kiosk:state')).toMatchObject(value({ startAtLogin: false }));
    expect(await first.call('kiosk:setStartAtLogin', { enabled: 'yes' })).toEqual(failure('BAD_INPUT'));
    expect(await first.call('kiosk:setStartAtLogin', { enabled: true })).toMatchObject(
      value({ startAtLogin: true }),
    );
    expect(
      first.seen.some((line) => line.includes('"kiosk:changed"') && line.includes('"startAtLogin":true')),
    ).toBe(true);
    await first.core.close();

    const again = await start(first.dataDir);
    expect(await again.call('kiosk:state')).toMatchObject(value({ startAtLogin: true }));
    expect(await again.call('kiosk:setPin', { pin: PIN })).toMatchObject(value({ outcome: 'pinSet' }));
    await again.core.close();
    const kiosk = await start(first.dataDir, fakeClock(), 'kiosk');
    expect(await kiosk.call('kiosk:setStartAtLogin', { enabled: false })).toEqual(failure('DESK_ONLY'));
    expect(await kiosk.call('kiosk:state')).toMatchObject(value({ mode: 'kiosk', startAtLogin: true }));
  });

  it('sets a 4–8 digit PIN, and changes it only with the current one', async () => {
    const { call } = await start();
    expect(await call('kiosk:state')).toEqual(
      value({ mode: 'desk', pinSet: false, retryAt: null, idleSeconds: 45, startAtLogin: false }),
    );
    expect(await call('kiosk:enter')).toEqual(failure('NOT_CONFIGURED'));
    expect(await call('kiosk:setPin', { pin: '12' })).toEqual(failure('BAD_INPUT'));
    expect(await call('kiosk:setPin', { pin: '2468' })).toMatchObject(
      value({ outcome: 'pinSet', state: { pinSet: true } }),
    );
    expect(await call('kiosk:setPin', { pin: PIN })).toEqual(failure('BAD_INPUT'));
    expect(await call('kiosk:setPin', { pin: PIN, currentPin: '1111' })).toEqual(
      value({ outcome: 'wrongPin', triesLeft: 4 }),
    );
    expect(await call('kiosk:setPin', { pin: PIN, currentPin: '2468' })).toMatchObject(
      value({ outcome: 'pinSet' }),
    );
    expect(await call('kiosk:exit', { pin: '2468' })).toEqual(value({ outcome: 'wrongPin', triesLeft: 4 }));
    expect(await call('kiosk:exit', { pin: PIN })).toMatchObject(value({ outcome: 'exited' }));
  });

  it('locks the PIN for 5 minutes after 5 wrong tries, refuses the right one meanwhile, then doubles', async () => {
    const clock = fakeClock();
    const { call, core } = await start(undefined, clock);
    const changes: unknown[] = [];
    core.onEvent((event, payload) => event === 'kiosk:changed' && changes.push(payload));
    await call('kiosk:setPin', { pin: PIN });
    expect(await call('kiosk:enter')).toEqual(
      value({ mode: 'kiosk', pinSet: true, retryAt: null, idleSeconds: 45, startAtLogin: false }),
    );

    for (const left of [4, 3, 2, 1])
      expect(await call('kiosk:exit', { pin: '0000' })).toEqual(
        value({ outcome: 'wrongPin', triesLeft: left }),
      );
    const opens = clock.at() + 5 * MINUTE;
    expect(await call('kiosk:exit', { pin: '0000' })).toEqual(
      value({ outcome: 'lockedOut', retryAt: iso(opens) }),
    );
    expect(await call('kiosk:state')).toEqual(
      value({ mode: 'kiosk', pinSet: true, retryAt: iso(opens), idleSeconds: 45, startAtLogin: false }),
    );

    clock.advance(5 * MINUTE - 1);
    expect(await call('kiosk:exit', { pin: PIN })).toEqual(
      value({ outcome: 'lockedOut', retryAt: iso(opens) }),
    );
    clock.advance(1);
    expect(await call('kiosk:state')).toMatchObject(value({ retryAt: null }));

    // Open again, but the next lock-out lasts twice as long.
    for (let i = 0; i < 4; i++) await call('kiosk:exit', { pin: '1111' });
    const reopens = clock.at() + 10 * MINUTE;
    expect(await call('kiosk:exit', { pin: '1111' })).toEqual(
      value({ outcome: 'lockedOut', retryAt: iso(reopens) }),
    );
    clock.advance(10 * MINUTE - 1);
    expect(await call('kiosk:exit', { pin: PIN })).toMatchObject(value({ outcome: 'lockedOut' }));
    clock.advance(1);
    expect(await call('kiosk:exit', { pin: PIN })).toEqual(
      value({
        outcome: 'exited',
        state: { mode: 'desk', pinSet: true, retryAt: null, idleSeconds: 45, startAtLogin: false },
      }),
    );
    expect(changes.map((c) => (c as { mode: UiMode }).mode)).toEqual([
      'desk',
      'kiosk',
      'kiosk',
      'kiosk',
      'desk',
    ]);
  });

  it('checks tries made in parallel one by one: the right PIN after 5 wrong ones is locked out', async () => {
    const { call } = await start();
    await call('kiosk:setPin', { pin: PIN });
    await call('kiosk:enter');
    // All sent before any is answered, as a script at the kiosk could: each must see the ones before it.
    const tries = [...Array<string>(7).fill('0000'), PIN];
    const results = await Promise.all(tries.map((pin) => call('kiosk:exit', { pin })));
    const outcomes = results.map((r) => (r as { value: { outcome: string } }).value.outcome);
    expect(outcomes).toEqual([...Array<string>(4).fill('wrongPin'), ...Array<string>(4).fill('lockedOut')]);
    expect(await call('kiosk:state')).toMatchObject(value({ mode: 'kiosk' }));
  });

  it('keeps kiosk mode and the lock-out across a restart, refusing every desk-only call', async () => {
    const clock = fakeClock();
    const first = await start(undefined, clock);
    await first.call('kiosk:setPin', { pin: PIN });
    await first.call('kiosk:enter');
    for (let i = 0; i < 5; i++) await first.call('kiosk:exit', { pin: '0000' });
    await first.core.close();

    const again = await start(first.dataDir, clock);
    const opens = iso(clock.at() + 5 * MINUTE);
    expect(await again.call('kiosk:state')).toEqual(
      value({ mode: 'kiosk', pinSet: true, retryAt: opens, idleSeconds: 45, startAtLogin: false }),
    );
    for (const channel of CHANNELS.filter((c) => !contract[c].kiosk)) {
      // Desk-only calls are refused before their input is even read, so any payload will do.
      expect(await again.call(channel, undefined), channel).toEqual(failure('DESK_ONLY'));
    }
    expect(await again.call('app:status')).toMatchObject({ ok: true });
    expect(await again.call('kiosk:exit', { pin: PIN })).toEqual(
      value({ outcome: 'lockedOut', retryAt: opens }),
    );
    clock.advance(5 * MINUTE);
    expect(await again.call('kiosk:exit', { pin: PIN })).toMatchObject(value({ outcome: 'exited' }));
    expect(await again.call('cache:counts')).toMatchObject({ ok: true });
  });

  it('enters kiosk mode at launch (a host’s --kiosk) only when a PIN is set', async () => {
    const dataDir = tempDir();
    await expect(start(dataDir, fakeClock(), 'kiosk')).rejects.toMatchObject({ code: 'NOT_CONFIGURED' });
    const desk = await start(dataDir);
    await desk.call('kiosk:setPin', { pin: PIN });
    await desk.core.close();
    const kiosk = await start(dataDir, fakeClock(), 'kiosk');
    expect(await kiosk.call('kiosk:state')).toMatchObject(value({ mode: 'kiosk' }));
    expect(await kiosk.call('customers:search', { query: 'ann' })).toEqual(failure('DESK_ONLY'));
  });

  it('keeps the PIN, its hash and its salt out of every result, event and log', async () => {
    const run = await start();
    await run.call('kiosk:setPin', { pin: '2468' });
    await run.call('kiosk:setPin', { pin: PIN, currentPin: '2468' });
    await run.call('kiosk:enter');
    await run.call('kiosk:exit', { pin: '1357' });
    await run.call('kiosk:state');
    await run.call('kiosk:exit', { pin: PIN });
    await run.call('app:status');
    await run.core.close();

    const settingsFile = join(run.dataDir, 'settings.json');
    expect(statSync(settingsFile).mode & 0o777).toBe(0o600);
    const { hash, salt } = (
      JSON.parse(readFileSync(settingsFile, 'utf8')) as { kiosk: { pin: Record<string, string> } }
    ).kiosk.pin;
    expect(hash).toMatch(/^[A-Za-z0-9+/]{40,}=*$/);
    const sent = run.seen.join('\n');
    expect(run.seen.length).toBeGreaterThan(8);
    const logs = readdirSync(join(run.dataDir, 'logs')).map((f) =>
      readFileSync(join(run.dataDir, 'logs', f), 'utf8'),
    );
    expect(logs.join('')).toMatch(/kiosk mode left/);
    for (const [where, text] of [['results and events', sent], ...logs.map((l) => ['log', l])]) {
      for (const secret of [hash!, salt!, PIN, '2468', '1357']) expect(text, where).not.toContain(secret);
    }
    expect(readFileSync(settingsFile, 'utf8')).not.toContain(PIN);
  });
});
