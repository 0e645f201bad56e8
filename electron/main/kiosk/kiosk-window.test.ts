// Electron main (plain Node): the kiosk glue on a fake webContents, menu and power-save blocker,
// with the hang grace period on a fake clock and timer.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../core/ports';
import { applyStartAtLogin, attachKioskMode, KIOSK_WINDOW_OPTIONS, type KioskDeps } from './kiosk-window';

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

function setup(over: Partial<KioskDeps> = {}) {
  const calls: string[] = [];
  const contents = Object.assign(new EventEmitter(), {
    closeDevTools: () => void calls.push('closeDevTools'),
    reload: () => void calls.push('reload'),
    forcefullyCrashRenderer: () => {
      calls.push('forcefullyCrashRenderer');
      // As Electron does: our own crash is reported like any other.
      contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    },
    loadFile: async (path: string, options?: { hash?: string }) =>
      void calls.push(`loadFile ${path}#${options?.hash ?? ''}`),
  });
  let clock = 0;
  const timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  const started = new Set<number>();
  const deps: KioskDeps = {
    menu: { setApplicationMenu: (menu) => void calls.push(`setApplicationMenu ${String(menu)}`) },
    powerSaveBlocker: {
      start: (type) => (calls.push(`powerSaveBlocker.start ${type}`), started.add(7), 7),
      stop: (id) => (calls.push(`powerSaveBlocker.stop ${id}`), started.delete(id)),
      isStarted: (id) => started.has(id),
    },
    platform: 'win32',
    outOfOrderPage: '/app/resources/out-of-order.html',
    logger: silent,
    ...over,
    now: () => clock,
    setTimer: (run, ms) => {
      const timer = { at: clock + ms, run, cancelled: false };
      timers.push(timer);
      return () => void (timer.cancelled = true);
    },
  };
  /** Moves the fake clock on, running the timers that come due. */
  const advance = (ms: number) => {
    clock += ms;
    for (const t of timers.filter((t) => !t.cancelled && t.at <= clock)) {
      t.cancelled = true;
      t.run();
    }
  };
  const session = attachKioskMode({ webContents: contents as never }, deps);
  const emit = (name: string, ...args: unknown[]) => contents.emit(name, ...args);
  return { calls, contents, session, advance, emit, timers };
}

function keyEvent(key: string, mods: { control?: boolean; shift?: boolean } = {}) {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  const input = {
    type: 'keyDown',
    key,
    code: `Key${key.toUpperCase()}`,
    control: false,
    meta: false,
    alt: false,
    shift: false,
    ...mods,
  };
  return { event, input };
}

describe('KIOSK_WINDOW_OPTIONS', () => {
  it('asks for a full-screen kiosk window', () => {
    expect(KIOSK_WINDOW_OPTIONS).toMatchObject({ kiosk: true, fullscreen: true, resizable: false });
  });
});

describe('attachKioskMode', () => {
  it('removes the menu, keeps the display awake and closes devtools that open', () => {
    const { calls, emit } = setup();
    expect(calls).toEqual(['setApplicationMenu null', 'powerSaveBlocker.start prevent-display-sleep']);
    emit('devtools-opened');
    expect(calls.at(-1)).toBe('closeDevTools');
  });

  it('swallows escape shortcuts and the context menu, and lets typing through', () => {
    const { emit } = setup();
    const reload = keyEvent('r', { control: true });
    emit('before-input-event', reload.event, reload.input);
    expect(reload.event.prevented).toBe(true);
    const letter = keyEvent('r');
    emit('before-input-event', letter.event, letter.input);
    expect(letter.event.prevented).toBe(false);
    const menu = keyEvent('');
    emit('context-menu', menu.event, {});
    expect(menu.event.prevented).toBe(true);
  });

  it('reloads a crashed renderer three times, then loads the out-of-order page in the venue language', async () => {
    const { calls, emit, advance } = setup({ language: async () => 'de' });
    for (let i = 0; i < 4; i++) {
      emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
      advance(60_000);
    }
    emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await vi.waitFor(() => expect(calls).toContain('loadFile /app/resources/out-of-order.html#de'));
    expect(calls.slice(2)).toEqual([
      'reload',
      'reload',
      'reload',
      'loadFile /app/resources/out-of-order.html#de',
    ]);
  });

  it('shows the out-of-order page in English when the venue language cannot be read', async () => {
    const { calls, emit, advance } = setup({ language: () => Promise.reject(new Error('core closed')) });
    for (let i = 0; i < 4; i++) {
      emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
      advance(60_000);
    }
    await vi.waitFor(() => expect(calls).toContain('loadFile /app/resources/out-of-order.html#en'));
  });

  it('force-reloads a renderer still hung after 10 s, once, and not one that answered', () => {
    const { calls, emit, advance } = setup();
    emit('unresponsive');
    advance(9_999);
    expect(calls.slice(2)).toEqual([]);
    advance(1);
    // The crash we caused is not counted as a second one: exactly one reload.
    expect(calls.slice(2)).toEqual(['forcefullyCrashRenderer', 'reload']);

    emit('unresponsive');
    advance(5_000);
    emit('responsive');
    advance(60_000);
    expect(calls.slice(2)).toEqual(['forcefullyCrashRenderer', 'reload']);
  });

  it('lets the display sleep again and drops a pending hang check when stopped', () => {
    const { calls, emit, session, timers } = setup();
    emit('unresponsive');
    session.stop();
    expect(calls.at(-1)).toBe('powerSaveBlocker.stop 7');
    expect(timers.every((t) => t.cancelled)).toBe(true);
    session.stop();
    expect(calls.filter((c) => c.startsWith('powerSaveBlocker.stop'))).toHaveLength(1);
  });
});

describe('applyStartAtLogin', () => {
  it('starts at login in the saved mode, or not at all', () => {
    const app = { setLoginItemSettings: vi.fn() };
    applyStartAtLogin(app, true);
    applyStartAtLogin(app, false);
    expect(app.setLoginItemSettings.mock.calls).toEqual([
      [{ openAtLogin: true, args: [] }],
      [{ openAtLogin: false, args: [] }],
    ]);
  });
});
