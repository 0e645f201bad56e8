// Renderer: the high-contrast theme. Staff (or a guest at the kiosk) switch it on or off; until
// then it follows the OS's "more contrast" setting. Kept per device in localStorage, and applied
// as <html data-contrast="high|standard">, which the design tokens read.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KeyValueStorage } from '../../app/ui-store';

export type ContrastChoice = 'high' | 'standard';
export const CONTRAST_KEY = 'frontdesk.contrast';

export interface ContrastState {
  /** What someone chose here; null follows the OS. */
  choice: ContrastChoice | null;
  /** Whether the OS asks for more contrast. */
  osWantsMore: boolean;
  toggle(): void;
  setOsWantsMore(more: boolean): void;
}
export type ContrastStore = StoreApi<ContrastState>;

/** The theme in force: a choice made here wins over the OS. */
export function effectiveContrast(state: Pick<ContrastState, 'choice' | 'osWantsMore'>): ContrastChoice {
  return state.choice ?? (state.osWantsMore ? 'high' : 'standard');
}

export function createContrastStore(storage: KeyValueStorage | null, osWantsMore: boolean): ContrastStore {
  const saved = storage?.getItem(CONTRAST_KEY);
  return createStore<ContrastState>()((set, get) => ({
    choice: saved === 'high' || saved === 'standard' ? saved : null,
    osWantsMore,
    toggle() {
      const choice: ContrastChoice = effectiveContrast(get()) === 'high' ? 'standard' : 'high';
      try {
        storage?.setItem(CONTRAST_KEY, choice);
      } catch {
        // Storage full or blocked: the switch still works until the page is reloaded.
      }
      set({ choice });
    },
    setOsWantsMore: (more) => set({ osWantsMore: more }),
  }));
}

/** Keeps <html data-contrast> in step with the store and the store with the OS; returns the store. */
export function startContrast(doc: Document, win: Window): ContrastStore {
  const query = win.matchMedia('(prefers-contrast: more)');
  let storage: KeyValueStorage | null = null;
  try {
    storage = win.localStorage;
  } catch {
    storage = null;
  }
  const store = createContrastStore(storage, query.matches);
  const apply = () => (doc.documentElement.dataset.contrast = effectiveContrast(store.getState()));
  apply();
  store.subscribe(apply);
  query.addEventListener('change', (e) => store.getState().setOsWantsMore(e.matches));
  return store;
}
