// Renderer: customer search over the local cache — debounced, and deaf to answers that arrive out of order.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import type { CustomerHit } from '../../../../shared/domain/cache';
import { call } from '../../lib/call';

export type SearchPhase = 'idle' | 'short' | 'loading' | 'ready' | 'error';

/** The core searches from 2 characters (one matches too many people to help); shorter is 'short'. */
export const MIN_QUERY_LENGTH = 2;

export interface SearchState {
  query: string;
  phase: SearchPhase;
  results: CustomerHit[];
  /** The query the results answer; while typing it lags behind `query`. */
  resultsFor: string;
  error: AppError | null;
  /** The most results one search returns; a full page means there are probably more. */
  limit: number;
  setQuery(query: string): void;
  /** Runs the current query again now, keeping the results on screen (after a sync, a mode switch). */
  refresh(): void;
  clear(): void;
}

export type SearchStore = StoreApi<SearchState>;

export interface SearchOptions {
  debounceMs?: number;
  limit?: number;
}

export function createSearchStore(
  api: Api,
  { debounceMs = 120, limit = 25 }: SearchOptions = {},
): SearchStore {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Every search gets a ticket; only the latest ticket's answer is shown.
  let ticket = 0;

  const store = createStore<SearchState>()((set, get) => {
    async function run(query: string) {
      const mine = ++ticket;
      const result = await call(() => api.customers.search({ query, limit }));
      if (mine !== ticket) return;
      if (result.ok) set({ phase: 'ready', results: result.value, resultsFor: query, error: null });
      else set({ phase: 'error', error: result.error, resultsFor: query });
    }

    const stopTimer = () => {
      if (timer) clearTimeout(timer);
      timer = null;
    };

    return {
      query: '',
      phase: 'idle',
      results: [],
      resultsFor: '',
      error: null,
      limit,

      setQuery(query) {
        stopTimer();
        const trimmed = query.trim();
        if (!trimmed) {
          ticket++;
          set({ query, phase: 'idle', results: [], resultsFor: '', error: null });
          return;
        }
        if (trimmed.length < MIN_QUERY_LENGTH) {
          ticket++;
          set({ query, phase: 'short', results: [], resultsFor: trimmed, error: null });
          return;
        }
        set({ query, phase: 'loading' });
        timer = setTimeout(() => {
          // Fired: no search is pending any more, so a refresh (after a sync) may run it again.
          timer = null;
          void run(trimmed);
        }, debounceMs);
      },

      refresh() {
        const trimmed = get().query.trim();
        if (trimmed.length < MIN_QUERY_LENGTH || timer) return;
        void run(trimmed);
      },

      clear() {
        get().setQuery('');
      },
    };
  });
  return store;
}
