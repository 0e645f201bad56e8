// Renderer: view-only state — which screen is open and the one-line confirmation on top of it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BackendId } from '../../../shared/domain/backend';

export type View = 'home' | 'setup';
export type SetupChoice = BackendId | 'demo';

export interface Flash {
  id: number;
  tone: 'success' | 'info';
  text: string;
}

export interface UiState {
  view: View;
  /** What Setup opens with selected; null lets Setup pick from the current mode. */
  setupChoice: SetupChoice | null;
  flash: Flash | null;
  /** Staff may hide the credentials warning on Home for this session; Setup always shows it. */
  secretWarningHidden: boolean;
  openHome(): void;
  openSetup(choice?: SetupChoice): void;
  showFlash(tone: Flash['tone'], text: string): void;
  dismissFlash(): void;
  hideSecretWarning(): void;
}

export type UiStore = StoreApi<UiState>;

export function createUiStore(): UiStore {
  let nextId = 1;
  return createStore<UiState>()((set) => ({
    view: 'home',
    setupChoice: null,
    flash: null,
    secretWarningHidden: false,
    openHome: () => set({ view: 'home' }),
    openSetup: (choice) => set({ view: 'setup', setupChoice: choice ?? null, flash: null }),
    showFlash: (tone, text) => set({ flash: { id: nextId++, tone, text } }),
    dismissFlash: () => set({ flash: null }),
    hideSecretWarning: () => set({ secretWarningHidden: true }),
  }));
}
