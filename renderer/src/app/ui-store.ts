// Renderer: view-only state — which screen is open, the one-line confirmation on top of it, and
// which credentials warning staff chose to hide (kept in localStorage, so a reload respects it).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BackendId } from '../../../shared/domain/backend';

export type View = 'home' | 'setup' | 'queue' | 'sell';

/** What a walk-up sale opens on: a back end, and the session or tour slot picked, if any. */
export interface SellTarget {
  backend: BackendId;
  /** A Reservie session id or a Resmark activity (slot) id; null starts from the choice. */
  sessionId: string | null;
}
export type SetupChoice = BackendId | 'demo';

export interface Flash {
  id: number;
  tone: 'success' | 'info';
  text: string;
}

/** The part of the Web Storage API the store uses; window.localStorage in the app. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const HIDDEN_SECRET_WARNING_KEY = 'frontdesk.hiddenSecretWarning';

export interface UiState {
  view: View;
  /** What Setup opens with selected; null lets Setup pick from the current mode. */
  setupChoice: SetupChoice | null;
  flash: Flash | null;
  /** The sale the Sell screen opened on (null: staff pick the back end there). */
  sellTarget: SellTarget | null;
  /**
   * The credentials warning staff hid on Home, by its text: the same warning stays hidden across
   * reloads, a different one (the protection changed) shows again. Setup always shows it.
   */
  hiddenSecretWarning: string | null;
  openHome(): void;
  openSetup(choice?: SetupChoice): void;
  /** The outbox queue: every change waiting to send, and what needs attention. */
  openQueue(): void;
  /** The walk-up sale screen, on a back end (and a session or slot) when staff started from one. */
  openSell(target?: SellTarget): void;
  showFlash(tone: Flash['tone'], text: string): void;
  dismissFlash(): void;
  hideSecretWarning(warning: string): void;
}

export type UiStore = StoreApi<UiState>;

export function createUiStore(storage: KeyValueStorage | null = browserStorage()): UiStore {
  let nextId = 1;
  return createStore<UiState>()((set) => ({
    view: 'home',
    setupChoice: null,
    flash: null,
    sellTarget: null,
    hiddenSecretWarning: read(storage, HIDDEN_SECRET_WARNING_KEY),
    openHome: () => set({ view: 'home' }),
    openSetup: (choice) => set({ view: 'setup', setupChoice: choice ?? null, flash: null }),
    openQueue: () => set({ view: 'queue' }),
    openSell: (target) => set({ view: 'sell', sellTarget: target ?? null, flash: null }),
    showFlash: (tone, text) => set({ flash: { id: nextId++, tone, text } }),
    dismissFlash: () => set({ flash: null }),
    hideSecretWarning: (warning) => {
      write(storage, HIDDEN_SECRET_WARNING_KEY, warning);
      set({ hiddenSecretWarning: warning });
    },
  }));
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: the choice lasts for this session only
  }
}

function read(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or disabled storage: hiding still works until the next reload.
  }
}
