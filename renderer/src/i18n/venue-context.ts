// Renderer: hands the venue store to components through React context (its own, so features
// that only speak need not know the app's stores).
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { VenueState, VenueStore } from './venue-store';

export const VenueContext = createContext<VenueStore | null>(null);

export function useVenueStore(): VenueStore {
  const store = useContext(VenueContext);
  if (!store) throw new Error('useVenue() outside <VenueContext.Provider>');
  return store;
}

export const useVenue = <T>(select: (s: VenueState) => T): T => useStore(useVenueStore(), select);
