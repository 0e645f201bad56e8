// Renderer: hands the stores to components through React context, so a test can render with fakes.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Stores } from './stores';
import type { StatusState } from '../features/status/status-store';
import type { SyncStoreState } from '../features/sync/sync-store';
import type { SearchState } from '../features/search/search-store';
import type { SessionsState } from '../features/sessions/sessions-store';
import type { CheckInState } from '../features/checkin/checkin-store';
import type { ResmarkCheckInState } from '../features/checkin/resmark-checkin-store';
import type { OutboxState } from '../features/outbox/outbox-store';
import type { UiState } from './ui-store';
import type { SaleState } from '../features/sell/sale-store';
import type { ResmarkSaleState } from '../features/sell/resmark-sale-store';

export const StoresContext = createContext<Stores | null>(null);

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() outside <StoresContext.Provider>');
  return stores;
}

// Selectors must return stable values (zustand 5): select raw state and derive in the component.
export const useStatus = <T>(select: (s: StatusState) => T): T => useStore(useStores().status, select);
export const useSync = <T>(select: (s: SyncStoreState) => T): T => useStore(useStores().sync, select);
export const useSearch = <T>(select: (s: SearchState) => T): T => useStore(useStores().search, select);
export const useSessions = <T>(select: (s: SessionsState) => T): T => useStore(useStores().sessions, select);
export const useUi = <T>(select: (s: UiState) => T): T => useStore(useStores().ui, select);
export const useOutbox = <T>(select: (s: OutboxState) => T): T => useStore(useStores().outbox, select);
export const useCheckIn = <T>(select: (s: CheckInState) => T): T => useStore(useStores().checkin, select);
export const useResmarkCheckIn = <T>(select: (s: ResmarkCheckInState) => T): T =>
  useStore(useStores().resmarkCheckin, select);
export const useSale = <T>(select: (s: SaleState) => T): T => useStore(useStores().sale, select);
export const useResmarkSale = <T>(select: (s: ResmarkSaleState) => T): T =>
  useStore(useStores().resmarkSale, select);
