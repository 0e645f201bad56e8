// Renderer: which mode the app is in (desk or self-service kiosk), as `kiosk:state` and the
// `kiosk:changed` push say. The last mode seen is remembered on this device, so a kiosk whose core
// cannot be reached still shows its own "out of order" screen, never the staff's desk.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { KioskExitResult, KioskSetPinResult, KioskState } from '../../../../shared/domain/kiosk';
import type { UiMode } from '../../../../shared/ipc/channels';
import type { AppError, Result } from '../../../../shared/ipc/result';
import { call } from '../../lib/call';
import type { KeyValueStorage } from '../../app/ui-store';

export const LAST_MODE_KEY = 'frontdesk.lastMode';

export interface KioskModeState {
  /** The mode to show: the core's answer, else the last one seen here (desk on a new device). */
  mode: UiMode;
  kiosk: KioskState | null;
  /** Why the core's answer is missing; null once it answered. */
  error: AppError | null;
  /**
   * True when this window may make only the kiosk's calls although the app is back in desk mode
   * (the web host started with `--kiosk`): it cannot be the desk, so it says to restart instead.
   */
  kioskOnlyWindow: boolean;
  load(): Promise<void>;
  /** Applies a `kiosk:changed` push. */
  receive(state: KioskState): Promise<void>;
  /** Staff's PIN, straight to the core (which checks it); the state follows when they are out. */
  exit(pin: string): Promise<Result<KioskExitResult>>;
  /** At the desk: sets the first staff PIN. */
  setPin(pin: string): Promise<Result<KioskSetPinResult>>;
  /** At the desk: turns this device into the kiosk. */
  enter(): Promise<Result<KioskState>>;
  /** At the desk: whether the desktop app opens when this computer's user logs in. */
  setStartAtLogin(enabled: boolean): Promise<Result<KioskState>>;
  /** Loads once and follows `kiosk:changed`; returns the unsubscribe. */
  start(): () => void;
}

export type KioskModeStore = StoreApi<KioskModeState>;

export function createKioskModeStore(
  api: Api,
  storage: KeyValueStorage | null = browserStorage(),
): KioskModeStore {
  let version = 0;
  return createStore<KioskModeState>()((set, get) => {
    const apply = async (state: KioskState, mine: number) => {
      // The contract has no call naming this window's grant: a desk-only call refused with
      // DESK_ONLY while the app is in desk mode means the window itself was opened as a kiosk.
      const probe = state.mode === 'desk' ? await call(() => api.cache.counts()) : null;
      const kioskOnlyWindow = probe !== null && !probe.ok && probe.error.code === 'DESK_ONLY';
      if (mine !== version) return;
      remember(storage, state.mode);
      set({ mode: state.mode, kiosk: state, error: null, kioskOnlyWindow });
    };
    return {
      mode: recall(storage),
      kiosk: null,
      error: null,
      kioskOnlyWindow: false,
      async load() {
        const mine = ++version;
        const result = await call(() => api.kiosk.state());
        if (mine !== version) return;
        if (result.ok) await apply(result.value, mine);
        else set({ error: result.error });
      },
      receive: (state) => apply(state, ++version),
      async exit(pin) {
        const result = await call(() => api.kiosk.exit({ pin }));
        // The push says so too; applying the answer does not wait for it.
        if (result.ok && result.value.outcome === 'exited') await get().receive(result.value.state);
        return result;
      },
      async setPin(pin) {
        const result = await call(() => api.kiosk.setPin({ pin }));
        if (result.ok && result.value.outcome === 'pinSet') await get().receive(result.value.state);
        return result;
      },
      async enter() {
        const result = await call(() => api.kiosk.enter());
        if (result.ok) await get().receive(result.value);
        return result;
      },
      async setStartAtLogin(enabled) {
        const result = await call(() => api.kiosk.setStartAtLogin({ enabled }));
        if (result.ok) await get().receive(result.value);
        return result;
      },
      start() {
        void get().load();
        return api.on('kiosk:changed', (state) => void get().receive(state));
      },
    };
  });
}

function recall(storage: KeyValueStorage | null): UiMode {
  try {
    return storage?.getItem(LAST_MODE_KEY) === 'kiosk' ? 'kiosk' : 'desk';
  } catch {
    return 'desk';
  }
}

function remember(storage: KeyValueStorage | null, mode: UiMode): void {
  try {
    storage?.setItem(LAST_MODE_KEY, mode);
  } catch {
    // Disabled storage: an unreachable core then shows the desk's own error screen.
  }
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
