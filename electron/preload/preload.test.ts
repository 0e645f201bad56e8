// Electron preload (tested in plain Node against a fake `electron`): it exposes exactly one named
// function per contract call plus on() (S5), each sends only its own channel, and a broken bridge (a
// rejected invoke) answers with the same sentence the renderer uses for it, not a second wording.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_NAMES } from '../../shared/ipc/channels';
import { CORE_UNREACHABLE, type Result } from '../../shared/ipc/result';
import { call } from '../../renderer/src/lib/call';

const exposed = vi.hoisted(() => ({
  name: '',
  api: null as null | Record<string, Record<string, unknown>>,
  invoked: [] as unknown[][],
  listening: [] as string[],
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: Record<string, Record<string, unknown>>) => {
      exposed.name = name;
      exposed.api = api;
    },
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      exposed.invoked.push(args);
      return Promise.reject(new Error('Error invoking remote method: the main process went away'));
    },
    on: (event: string) => void exposed.listening.push(event),
    removeListener: () => {},
  },
}));

describe('preload', () => {
  it('answers a rejected invoke with CORE_UNREACHABLE, as the renderer does', async () => {
    await import('./index');
    const status = exposed.api?.app?.status as () => Promise<Result<unknown>>;
    expect(await status()).toEqual({ ok: false, error: CORE_UNREACHABLE });
    expect(await call(() => Promise.reject(new Error('bridge gone')))).toEqual({
      ok: false,
      error: CORE_UNREACHABLE,
    });
  });

  it('exposes window.frontdesk as one named function per call plus on(), and nothing generic (S5)', async () => {
    await import('./index');
    expect(exposed.name).toBe('frontdesk');
    const api = exposed.api!;
    const names = Object.entries(api).flatMap(([domain, value]) =>
      typeof value === 'function' ? [domain] : Object.keys(value).map((verb) => `${domain}:${verb}`),
    );
    expect(names.sort()).toEqual([...CHANNELS, 'on'].sort());
    for (const [domain, value] of Object.entries(api)) {
      if (domain === 'on') continue;
      for (const fn of Object.values(value)) expect(typeof fn).toBe('function');
    }
    for (const generic of ['invoke', 'send', 'ipcRenderer', 'sendSync', 'postMessage']) {
      expect(api).not.toHaveProperty(generic);
    }

    // Each function sends its own channel, with the input alone: the page cannot choose a channel.
    exposed.invoked.length = 0;
    const search = api.customers!.search as (input: unknown) => Promise<unknown>;
    await search({ query: 'smith' });
    expect(exposed.invoked).toEqual([['customers:search', { query: 'smith' }]]);
    const on = api.on as unknown as (event: string, listener: () => void) => () => void;
    on(EVENT_NAMES[0], () => {});
    // Only push events: a page cannot listen on a call's channel or an Electron-internal one.
    for (const event of ['customers:search', 'ELECTRON_BROWSER_WINDOW_ALERT', '']) {
      expect(() => on(event, () => {}), event).toThrow(/unknown event/);
    }
    expect(exposed.listening).toEqual([EVENT_NAMES[0]]);
  });
});
