// Electron main, integration (plain Node): an IPC storm (S4) against the real core (createCore on a temp data
// folder, demo mode) through the Electron IPC glue (electron/main/ipc.ts) with a fake ipcMain and
// events: wrong senders, wrong types, missing and extra fields, oversized and deeply nested payloads,
// prototype-pollution keys, unknown channels, values no structured clone would carry. Each gets its
// clear code, nothing changes on disk, and the core still answers a valid call afterwards.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract';
import { ERROR_CODES, type Result } from '../../shared/ipc/result';
import { createCore } from '../core/create-core';
import type { Core } from '../core/core-types';
import { createNodeHostDeps } from '../node-host/node-host-deps';
import { registerIpc, type IpcInvokeEventLike, type IpcMainLike } from './ipc';
import { resolveRendererEntry } from './renderer-entry';

const entry = resolveRendererEntry({
  isPackaged: true,
  devUrl: undefined,
  rendererDir: '/opt/fd/out/renderer',
});
const APP = entry.url;

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Like ipcMain: one handler per channel; invoking a channel nobody handles rejects. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = async (channel: string, raw: unknown, event: IpcInvokeEventLike = fromApp()) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return (await handler(event, raw)) as Result<unknown>;
  };
  return { ipc, handlers, invoke };
}

const fromApp = (url = APP): IpcInvokeEventLike => ({ senderFrame: { url, parent: null } });

let core: Core;
let dataDir: string;
let ipc: ReturnType<typeof fakeIpcMain>;
let disk: Map<string, string>;

/** Every file in the data folder and its bytes (logs left out: refusals are meant to be logged). */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!relative(dataDir, path).startsWith('logs')) files.set(relative(dataDir, path), '');
    }
  };
  walk(dataDir);
  // SQLite files change on reads too (WAL checkpoints); settings and secrets must not change at all.
  for (const name of files.keys()) {
    if (!/\.db(-wal|-shm)?$/.test(name)) files.set(name, readFileSync(join(dataDir, name), 'latin1'));
  }
  return files;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-ipc-fuzz-'));
  core = await createCore({ ...createNodeHostDeps(dataDir, { logName: 'test' }), autoSync: false });
  ipc = fakeIpcMain();
  registerIpc(ipc.ipc, core, entry.isAppUrl);
  // A first valid call brings demo mode up; what is on disk after it is what the storm must leave alone.
  expect(await ipc.invoke('app:status', undefined)).toMatchObject({ ok: true });
  disk = snapshot();
});
afterAll(async () => {
  await core?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function expectCode(result: Result<unknown>, code: string, label: string) {
  expect(result, label).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
  if (!result.ok) {
    // Clear, and short whatever the input: never an echo of a huge payload.
    expect(result.error.message.length, label).toBeLessThan(400);
    expect(result.error.message, label).not.toMatch(/\[object |ZodError|at .*\.ts:/);
  }
}

/** One valid input per channel, to break in known ways. */
const VALID: { [C in Channel]: unknown } = {
  'app:status': undefined,
  'app:doctor': undefined,
  'app:venue': undefined,
  'app:setLanguage': { language: 'de' },
  'backend:configure': {
    backend: 'reservie',
    baseUrl: 'http://127.0.0.1:9/api/v1',
    apiKey: 'k',
    apiSecret: 's',
  },
  'backend:useDemo': undefined,
  'backend:signOut': { backend: 'reservie', wipeCache: false },
  'sync:start': { full: true },
  'sync:cancel': undefined,
  'sync:state': undefined,
  'cache:counts': undefined,
  'customers:search': { query: 'smith' },
  'sessions:list': { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' },
  'checkin:resolve': { text: 'c_1' },
  'checkin:options': { customerId: 'c_1' },
  'checkin:checkIn': { backend: 'reservie', customerId: 'c_1' },
  'checkin:undo': { checkInId: 'desk_1:1' },
  'checkin:today': undefined,
  'checkin:resmarkOrder': { text: 'RM-1234' },
  'checkin:export': { day: '2026-12-01' },
  'checkin:kioskFind': { text: 'ann' },
  'outbox:list': undefined,
  'outbox:send': undefined,
  'outbox:resolve': { itemId: 1, action: 'retry' },
  'sales:availability': { productId: 'p_1', date: '2026-12-01' },
  'sales:sell': {
    backend: 'reservie',
    sessionId: 'evt_1',
    email: 'a@example.com',
    payment: { kind: 'usePass' },
  },
  'sales:receipt': { referenceId: 'fd-000001' },
  'sales:today': undefined,
  'sales:export': { date: '2026-12-01' },
  'sales:holdSeats': { activityId: 'a_1', participants: { Adult: 1 } },
  'sales:holdState': { holdId: 'hold-1' },
  'sales:releaseSeats': { holdId: 'hold-1' },
  'sales:reservieOptions': { sessionId: 'evt_1', email: 'ann@example.com' },
  'sales:products': { activityId: 'a_1' },
  'kiosk:state': undefined,
  'kiosk:setPin': { pin: '1234' },
  'kiosk:enter': undefined,
  'kiosk:exit': { pin: '1234' },
  'kiosk:setStartAtLogin': { enabled: true },
};

describe('IPC storm against the real core (S4)', () => {
  it('the samples are valid, so every broken variant below is broken only in the way it says', () => {
    for (const channel of CHANNELS) {
      expect(contract[channel].input.safeParse(VALID[channel]).success, channel).toBe(true);
    }
  });

  it('refuses every wrong sender with FORBIDDEN, whatever the payload', async () => {
    const senders: [string, IpcInvokeEventLike][] = [
      ['subframe showing the app page', { senderFrame: { url: APP, parent: { url: APP } } }],
      ['other origin', fromApp('https://evil.example/')],
      ['other app:// host', fromApp('app://evil/index.html')],
      ['another app:// page', fromApp('app://frontdesk/assets/index.js')],
      ['file:// page', fromApp('file:///opt/fd/out/renderer/index.html')],
      ['dev server in production', fromApp('http://localhost:5173/')],
      ['credentials in URL', fromApp('app://user:pw@frontdesk/index.html')],
      ['data: page', fromApp('data:text/html,<script>1</script>')],
      ['about:blank', fromApp('about:blank')],
      ['frame gone', { senderFrame: null }],
      [
        'frame torn down',
        {
          get senderFrame(): never {
            throw new Error('Render frame was disposed');
          },
        },
      ],
    ];
    for (const channel of CHANNELS) {
      for (const [label, event] of senders) {
        expectCode(await ipc.invoke(channel, VALID[channel], event), 'FORBIDDEN', `${channel} from ${label}`);
      }
    }
  });

  it('refuses unknown channels: not reachable over IPC at all, and BAD_INPUT from the core', async () => {
    const unknown = [
      '__proto__',
      'constructor',
      'app:statuses',
      'APP:STATUS',
      'app:status ',
      'electron-store-get-data',
      '',
    ];
    for (const channel of unknown) {
      await expect(ipc.invoke(channel, undefined), channel).rejects.toThrow(/No handler/);
      expectCode(await core.dispatch(channel, undefined), 'BAD_INPUT', channel);
    }
    for (const channel of [undefined, null, 42, {}, ['app:status'], Symbol('app:status')]) {
      expectCode(await core.dispatch(channel, undefined), 'BAD_INPUT', String(channel));
    }
  });

  it('refuses wrong types, missing and extra fields with BAD_INPUT', async () => {
    const wrongTypes = [
      null,
      0,
      1,
      -1,
      NaN,
      Infinity,
      true,
      false,
      '',
      'a string',
      [],
      [1, 2],
      {},
      new Date(0),
    ];
    for (const channel of CHANNELS) {
      const valid = VALID[channel];
      const cases: [string, unknown][] = wrongTypes.map((v) => [`whole input ${String(v)}`, v]);
      if (valid !== undefined) {
        const fields = valid as Record<string, unknown>;
        // Every input is strict: an extra field is refused, never silently dropped.
        for (const extra of [{ extra: 1 }, { apiSecret2: 'x' }, { [`${Object.keys(fields)[0]} `]: 1 }]) {
          const label = `${channel}: extra field ${Object.keys(extra)[0]}`;
          expectCode(await ipc.invoke(channel, { ...fields, ...extra }), 'BAD_INPUT', label);
        }
        for (const key of Object.keys(fields)) {
          const { [key]: _dropped, ...missing } = fields;
          cases.push([`missing ${key}`, missing]);
          for (const wrong of [null, 42, true, {}, [], 'x'.repeat(300)]) {
            cases.push([`${key} = ${JSON.stringify(wrong)?.slice(0, 20)}`, { ...fields, [key]: wrong }]);
          }
        }
      }
      for (const [label, raw] of cases) {
        // Some "wrong" values are fine for some fields (an optional field, a 300-character URL…): the
        // contract decides, and whatever it refuses must come back as BAD_INPUT.
        if (contract[channel].input.safeParse(raw).success) continue;
        expectCode(await ipc.invoke(channel, raw), 'BAD_INPUT', `${channel}: ${label}`);
      }
    }
  });

  it('refuses oversized strings and payloads quickly, without echoing them', async () => {
    const huge = 'x'.repeat(16 * 1024 * 1024);
    const cases: [Channel, unknown][] = [
      ['customers:search', { query: huge }],
      ['checkin:resolve', { text: huge }],
      ['kiosk:exit', { pin: huge }],
      ['kiosk:setPin', { pin: '1234', currentPin: huge }],
      ['backend:configure', { ...(VALID['backend:configure'] as object), apiSecret: huge }],
      ['backend:configure', { ...(VALID['backend:configure'] as object), baseUrl: `http://${huge}` }],
      ['app:status', huge],
      ['customers:search', { query: 'a', [huge.slice(0, 200_000)]: 1 }],
      ['customers:search', Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))],
      ['sessions:list', Array.from({ length: 1_000_000 }, () => 0)],
      ['checkin:checkIn', { backend: 'reservie', customerId: 'c', sessionId: huge }],
    ];
    for (const [channel, raw] of cases) {
      expectCode(await ipc.invoke(channel, raw), 'BAD_INPUT', channel);
    }
  });

  it('refuses deeply nested payloads (10,000 levels) without a stack overflow', async () => {
    let object: unknown = 'leaf';
    let array: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) {
      object = { query: object };
      array = [array];
    }
    for (const channel of CHANNELS) {
      for (const raw of [object, array, { ...(VALID[channel] as object), nested: object }]) {
        if (contract[channel].input.safeParse(raw).success) continue;
        expectCode(await ipc.invoke(channel, raw), 'BAD_INPUT', channel);
      }
    }
    expectCode(await ipc.invoke('customers:search', { query: object }), 'BAD_INPUT', 'nested query');
  });

  it('refuses prototype-pollution keys and leaves Object.prototype alone', async () => {
    const payloads = [
      JSON.parse('{"__proto__": {"polluted": "yes"}, "query": "a"}'),
      JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}, "query": "a"}'),
      JSON.parse('{"query": "a", "prototype": {"polluted": "yes"}}'),
      JSON.parse('{"backend": "reservie", "wipeCache": false, "__proto__": {"isAdmin": true}}'),
      JSON.parse('{"pin": "1234", "__proto__": {"currentPin": "1234"}}'),
    ];
    for (const channel of ['customers:search', 'backend:signOut', 'kiosk:setPin', 'kiosk:exit'] as const) {
      for (const raw of payloads) {
        if (contract[channel].input.safeParse(raw).success) continue;
        expectCode(await ipc.invoke(channel, raw), 'BAD_INPUT', `${channel} ${JSON.stringify(raw)}`);
      }
    }
    // A strict schema refuses them all: none of these could ever be valid.
    expectCode(await ipc.invoke('customers:search', payloads[0]), 'BAD_INPUT', '__proto__ key');
    expectCode(await ipc.invoke('kiosk:setPin', payloads[4]), 'BAD_INPUT', '__proto__ currentPin');
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(probe.currentPin).toBeUndefined();
  });

  it('refuses values no structured clone would carry, including ones that throw when read', async () => {
    const circular: Record<string, unknown> = { query: 'a' };
    circular.self = circular;
    const throwingGetter = {
      get query(): string {
        throw new Error('boom');
      },
    };
    const throwingProxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    const values: [string, unknown][] = [
      ['function', () => 1],
      ['symbol', Symbol('x')],
      ['bigint', 10n],
      ['Map', new Map([['query', 'a']])],
      ['Set', new Set(['a'])],
      ['RegExp', /a/],
      ['Error', new Error('x')],
      ['circular', circular],
      ['query is a function', { query: () => 'a' }],
      ['query is a symbol', { query: Symbol('a') }],
      ['query is a bigint', { query: 1n }],
      ['query is a String object', { query: new String('a') }],
      ['throwing getter', throwingGetter],
      ['throwing proxy', throwingProxy],
      ['typed array', new Uint8Array(16)],
    ];
    for (const [label, raw] of values) {
      expectCode(await ipc.invoke('customers:search', raw), 'BAD_INPUT', label);
      expectCode(await ipc.invoke('kiosk:exit', raw), 'BAD_INPUT', label);
    }
  });

  it('answers a seeded random storm with well-formed Results, BAD_INPUT for every refused payload', async () => {
    const rand = mulberry32(0x5eed_1234);
    let refused = 0;
    let forbidden = 0;
    for (let i = 0; i < 3000; i++) {
      const channel = CHANNELS[Math.floor(rand() * CHANNELS.length)]!;
      const raw = randomValue(rand, 0);
      const foreign = rand() < 0.3;
      if (!foreign && contract[channel].input.safeParse(raw).success) continue; // a valid call: not this test's business
      const result = await ipc.invoke(channel, raw, foreign ? fromApp('https://evil.example/') : fromApp());
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
      if (foreign) {
        forbidden++;
        expectCode(result, 'FORBIDDEN', `#${i} ${channel} foreign`);
      } else {
        refused++;
        expectCode(result, 'BAD_INPUT', `#${i} ${channel}`);
      }
    }
    expect(refused).toBeGreaterThan(1500);
    expect(forbidden).toBeGreaterThan(500);
  });

  it('changed nothing on disk, and the core still answers valid calls afterwards', async () => {
    expect(snapshot()).toEqual(disk);
    expect(await ipc.invoke('app:status', undefined)).toMatchObject({ ok: true, value: { mode: 'demo' } });
    expect(await ipc.invoke('kiosk:state', undefined)).toMatchObject({
      ok: true,
      value: { mode: 'desk', pinSet: false },
    });
    expect(await ipc.invoke('customers:search', { query: 'smith' })).toMatchObject({ ok: true });
    expect(await ipc.invoke('sessions:list', VALID['sessions:list'])).toMatchObject({ ok: true });
  });
});

/** Deterministic PRNG (mulberry32): a failing case replays from the seed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'query',
  'text',
  'pin',
  'currentPin',
  'backend',
  'wipeCache',
  'full',
  'baseUrl',
  'apiKey',
  'apiSecret',
  'username',
  'customerId',
  'sessionId',
  'checkInId',
  'from',
  'to',
  'limit',
  '__proto__',
  'constructor',
  'prototype',
  '',
];
const STRINGS = [
  '',
  ' ',
  'smith',
  'reservie',
  'resmark',
  'demo',
  '2026-01-01T00:00:00Z',
  'not-a-date',
  'http://127.0.0.1:9/',
  'javascript:alert(1)',
  'x'.repeat(10_000),
  '\u0000',
  '\u202e',
  '🎟',
  "'; DROP TABLE customers; --",
  '../../etc/passwd',
];

function randomValue(rand: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  switch (Math.floor(rand() * (depth > 3 ? 6 : 8))) {
    case 0:
      return undefined;
    case 1:
      return null;
    case 2:
      return pick([0, -1, 1, 1.5, NaN, Infinity, -0, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1]);
    case 3:
      return rand() < 0.5;
    case 4:
      return pick(STRINGS);
    case 5:
      return pick([10n, Symbol('s'), () => 0, new Date(NaN), new Map()]);
    case 6:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      // defineProperty, as a structured clone builds objects: an own "__proto__" key, not a prototype swap.
      for (let i = Math.floor(rand() * 4); i > 0; i--) {
        Object.defineProperty(object, pick(KEYS), {
          value: randomValue(rand, depth + 1),
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return object;
    }
  }
}
