// Renderer: the kiosk stores' hooks, next to the kiosk screens that use them.
import { useStore } from 'zustand';
import { useStores } from '../../app/stores-context';
import type { KioskModeState } from './kiosk-mode-store';
import type { KioskGuestState } from './kiosk-store';

// Selectors must return stable values (zustand 5): select raw state and derive in the component.
export const useKioskMode = <T>(select: (s: KioskModeState) => T): T =>
  useStore(useStores().kioskMode, select);
export const useKioskGuest = <T>(select: (s: KioskGuestState) => T): T =>
  useStore(useStores().kioskGuest, select);
