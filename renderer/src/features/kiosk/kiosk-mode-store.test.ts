// Unit (Node): the kiosk mode store follows kiosk:state and kiosk:changed, remembers the last mode on
// this device (so an unreachable core still shows the kiosk), and tells a window opened as a kiosk
// (its desk calls refused with DESK_ONLY) from a desk once staff have left kiosk mode.
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import type { KioskState } from '../../../../shared/domain/kiosk';
import type { Result } from '../../../../shared/ipc/result';
import { CORE_UNREACHABLE } from '../../../../shared/ipc/result';
import type { CacheCounts } from '../../../../shared/domain/cache';
import { createFakeApi } from '../../../../test/fakes/fake-api';
import { createKioskModeStore, LAST_MODE_KEY } from './kiosk-mode-store';

const KIOSK: KioskState = {
  mode: 'kiosk',
  pinSet: true,
  retryAt: null,
  idleSeconds: 45,
  startAtLogin: false,
};
const DESK: KioskState = { ...KIOSK, mode: 'desk' };

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

function rig(state: Result<KioskState>, counts: Result<CacheCounts> = createCounts()) {
  const base = createFakeApi();
  const api: Api = {
    ...base,
    kiosk: { ...base.kiosk, state: () => Promise.resolve(state) },
    cache: { counts: () => Promise.resolve(counts) },
  };
  return api;
}

function createCounts(): Result<CacheCounts> {
  const zero = {
    customers: 0,
    events: 0,
    passes: 0,
    customerPasses: 0,
    registrations: 0,
    products: 0,
    availability: 0,
    orders: 0,
  };
  return { ok: true, value: zero };
}

describe('kiosk mode store', () => {
  it("shows the core's mode and remembers it on this device", async () => {
    const storage = memoryStorage();
    const store = createKioskModeStore(rig({ ok: true, value: KIOSK }), storage);
    expect(store.getState().mode).toBe('desk');
    await store.getState().load();
    expect(store.getState()).toMatchObject({
      mode: 'kiosk',
      kiosk: KIOSK,
      error: null,
      kioskOnlyWindow: false,
    });
    expect(storage.items.get(LAST_MODE_KEY)).toBe('kiosk');
  });

  it('a core that cannot be reached keeps the last mode seen, with the error', async () => {
    const storage = memoryStorage({ [LAST_MODE_KEY]: 'kiosk' });
    const store = createKioskModeStore(rig({ ok: false, error: CORE_UNREACHABLE }), storage);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ mode: 'kiosk', kiosk: null, error: CORE_UNREACHABLE });
  });

  it('in desk mode, a window whose desk calls are refused is a kiosk-only window', async () => {
    const refused: Result<CacheCounts> = { ok: false, error: { code: 'DESK_ONLY', message: 'desk only' } };
    const kioskWindow = createKioskModeStore(rig({ ok: true, value: DESK }, refused), memoryStorage());
    await kioskWindow.getState().load();
    expect(kioskWindow.getState()).toMatchObject({ mode: 'desk', kioskOnlyWindow: true });

    const desk = createKioskModeStore(rig({ ok: true, value: DESK }), memoryStorage());
    await desk.getState().load();
    expect(desk.getState()).toMatchObject({ mode: 'desk', kioskOnlyWindow: false });
  });
});
