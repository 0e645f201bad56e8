// Electron main (tested in plain Node): IPC wiring — sender check, BAD_INPUT via the real dispatcher,
// event forwarding, and a fuzz run that must never throw (S4).
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { ERROR_CODES, type Result } from '../../shared/ipc/result';
import type { Core, CoreEventListener } from '../core/core-types';
import { createDispatcher, type Handlers } from '../core/ipc/dispatch';
import type { Logger } from '../core/ports';
import { forwardEvents, registerIpc, type IpcInvokeEventLike, type IpcMainLike } from './ipc';
import { isAppUrl } from './security';

const APP = 'http://localhost:5173/';
const appUrl = (url: string) => isAppUrl(url, APP);
const HOSTILE_SENDERS = [
  '',
  'http://localhost:5174/',
  'http://127.0.0.1:5173/',
  'https://localhost:5173/',
  'http://localhost:5173.evil.com/',
  'http://evil.com@localhost:5173/',
  'file:///etc/passwd',
  'about:blank',
  'data:text/html,<script>1</script>',
  'blob:http://localhost:5173/0b8c7d36',
  'javascript:alert(1)',
  'devtools://devtools/bundled/inspector.html',
];

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Mimics ipcMain: one handler per channel, and `invoke` rejects for channels nobody handles. */
function fakeIpc() {
  const handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = async (channel: string, sender: string | null, raw?: unknown, parent: unknown = null) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const senderFrame = sender === null ? null : { url: sender, parent };
    return (await handler({ senderFrame }, raw)) as Result<unknown>;
  };
  return { ipc, handlers, invoke };
}

/** A Core whose dispatch is the core's real dispatcher over stub handlers. */
function realishCore() {
  const handler = vi.fn(async () => ({ stub: true }));
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, handler])) as unknown as Handlers;
  const dispatch = vi.fn(createDispatcher(handlers, silent));
  const core: Core = { dispatch, onEvent: () => () => {}, close: async () => {} };
  return { core, dispatch, handler };
}

describe('registerIpc', () => {
  it('registers exactly the contract channels, and removes them again', () => {
    const { ipc, handlers } = fakeIpc();
    const dispose = registerIpc(ipc, realishCore().core, appUrl);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('refuses every call from a foreign sender with FORBIDDEN, before the core sees it', async () => {
    const { ipc, invoke } = fakeIpc();
    const { core, dispatch } = realishCore();
    registerIpc(ipc, core, appUrl);
    for (const sender of [...HOSTILE_SENDERS, null]) {
      const result = await invoke('app:status', sender);
      expect(result, String(sender)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call from a subframe even when it shows the app page', async () => {
    const { ipc, invoke } = fakeIpc();
    const { core, dispatch } = realishCore();
    registerIpc(ipc, core, appUrl);
    const mainFrame = { url: APP, parent: null };
    const result = await invoke('app:status', APP, undefined, mainFrame);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('treats a sender frame that throws on access as foreign', async () => {
    const { ipc, handlers } = fakeIpc();
    const { core, dispatch } = realishCore();
    registerIpc(ipc, core, appUrl);
    const dying = {
      get senderFrame(): { url: string; parent: null } {
        throw new Error('Render frame was disposed');
      },
    };
    await expect(handlers.get('app:status')!(dying, undefined)).resolves.toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes the app page through to the core', async () => {
    const { ipc, invoke } = fakeIpc();
    const { core, handler } = realishCore();
    registerIpc(ipc, core, appUrl);
    await expect(invoke('app:status', `${APP}#/desk`)).resolves.toEqual({ ok: true, value: { stub: true } });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('answers a malformed payload from the app page with BAD_INPUT, without running the handler', async () => {
    const { ipc, invoke } = fakeIpc();
    const { core, handler } = realishCore();
    registerIpc(ipc, core, appUrl);
    const bad: [string, unknown][] = [
      ['app:status', { sneaky: true }],
      ['customers:search', { query: 42 }],
      ['customers:search', 'Smith'],
      ['backend:signOut', { backend: 'reservie', wipeCache: true, extra: 1 }],
      ['backend:configure', { backend: 'nope' }],
    ];
    for (const [channel, raw] of bad) {
      const result = await invoke(channel, APP, raw);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a dispatch that throws (against its promise) into INTERNAL, not a rejected invoke', async () => {
    const { ipc, invoke } = fakeIpc();
    const core: Core = {
      dispatch: () => Promise.reject(new Error('boom')),
      onEvent: () => () => {},
      close: async () => {},
    };
    registerIpc(ipc, core, appUrl, silent);
    await expect(invoke('app:status', APP)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});

describe('registerIpc fuzz (S4)', () => {
  it('never throws and always answers with a well-formed Result', async () => {
    const { ipc, invoke } = fakeIpc();
    const { core, dispatch } = realishCore();
    registerIpc(ipc, core, appUrl);
    const rand = seeded(0x5eed);
    let forbidden = 0;
    for (let i = 0; i < 3000; i++) {
      const channel = CHANNELS[Math.floor(rand() * CHANNELS.length)]!;
      const foreign = rand() < 0.5;
      const sender = foreign ? HOSTILE_SENDERS[Math.floor(rand() * HOSTILE_SENDERS.length)]! : APP;
      const callsBefore = dispatch.mock.calls.length;
      const result = await invoke(channel, sender, randomValue(rand, 0));
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
      if (foreign) {
        forbidden++;
        expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(dispatch.mock.calls.length).toBe(callsBefore);
      }
    }
    expect(forbidden).toBeGreaterThan(1000);
  });

  it('rejects (like ipcMain) for channels outside the contract, so nothing unknown is reachable', async () => {
    const { ipc, invoke } = fakeIpc();
    registerIpc(ipc, realishCore().core, appUrl);
    for (const channel of ['__proto__', 'constructor', 'app:statuses', 'electron-store-get-data', '']) {
      await expect(invoke(channel, APP)).rejects.toThrow(/No handler/);
    }
  });
});

describe('forwardEvents', () => {
  it('sends core events to the window only while it shows the app page', () => {
    let emit: CoreEventListener = () => {};
    const unsubscribe = vi.fn();
    const core = { onEvent: (listener: CoreEventListener) => ((emit = listener), unsubscribe) };
    const target = { url: APP, destroyed: false, sent: [] as unknown[][] };
    const contents = {
      isDestroyed: () => target.destroyed,
      getURL: () => target.url,
      send: (...args: unknown[]) => void target.sent.push(args),
    };
    const window: { current?: typeof contents } = {};
    const stop = forwardEvents(core, () => window.current, appUrl);
    const payload = { version: '1', mode: 'demo' } as never;

    emit('app:statusChanged', payload); // no window yet: dropped, no throw
    window.current = contents;
    emit('app:statusChanged', payload);
    target.url = 'https://evil.example/';
    emit('app:statusChanged', payload);
    target.url = APP;
    target.destroyed = true;
    emit('app:statusChanged', payload);

    expect(target.sent).toEqual([['app:statusChanged', payload]]);
    expect(stop).toBe(unsubscribe);
  });
});

/** Deterministic PRNG (mulberry32), so a failing fuzz case can be replayed. */
function seeded(seed: number): () => number {
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
  'backend',
  'wipeCache',
  'baseUrl',
  'apiKey',
  'from',
  'to',
  '__proto__',
  'constructor',
  '',
];
const STRINGS = [
  '',
  'Smith',
  'reservie',
  'resmark',
  '2024-01-01T00:00:00Z',
  'x'.repeat(10_000),
  '\u0000',
  '🎟',
];

function randomValue(rand: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  switch (Math.floor(rand() * (depth > 3 ? 6 : 8))) {
    case 0:
      return undefined;
    case 1:
      return null;
    case 2:
      return pick([0, -1, 1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER]);
    case 3:
      return rand() < 0.5;
    case 4:
      return pick(STRINGS);
    case 5:
      return BigInt(Math.floor(rand() * 100));
    case 6:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    default: {
      const obj: Record<string, unknown> = {};
      // defineProperty, as a structured clone would: an own "__proto__" key, not a prototype swap.
      for (let i = Math.floor(rand() * 4); i > 0; i--) {
        const value = randomValue(rand, depth + 1);
        Object.defineProperty(obj, pick(KEYS), {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return obj;
    }
  }
}
