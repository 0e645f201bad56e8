// Renderer: the day summary's data: today's sales with their totals (sales:today) and the
// check-ins per session (checkin:today), read together; and the day's CSV (sales:export). A failed
// re-read keeps the last good figures on screen under the error.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TodaySession } from '../../../../shared/domain/checkin';
import type { DaySalesExport, DaySummary } from '../../../../shared/domain/sales';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/result';
import { call } from '../../lib/call';

export interface SummaryState {
  state: 'idle' | 'loading' | 'ready' | 'error';
  day: DaySummary | null;
  sessions: TodaySession[];
  error: AppError | null;
  load(): Promise<void>;
  exportCsv(): Promise<Result<DaySalesExport>>;
}

export type SummaryStore = StoreApi<SummaryState>;

export function createSummaryStore(api: Api): SummaryStore {
  // A push can start a read while another is in flight: only the newest may land.
  let version = 0;
  return createStore<SummaryState>()((set, get) => ({
    state: 'idle',
    day: null,
    sessions: [],
    error: null,

    async load() {
      const mine = ++version;
      if (get().state !== 'ready') set({ state: 'loading' });
      const [sales, checkIns] = await Promise.all([
        call(() => api.sales.today()),
        call(() => api.checkin.today()),
      ]);
      if (mine !== version) return;
      if (sales.ok && checkIns.ok) {
        set({ state: 'ready', day: sales.value, sessions: checkIns.value, error: null });
        return;
      }
      const error = !sales.ok ? sales.error : !checkIns.ok ? checkIns.error : null;
      set({ state: get().state === 'ready' ? 'ready' : 'error', error });
    },

    // The same day the screen shows, so the file matches the figures staff are looking at.
    exportCsv: () => {
      const date = get().day?.date;
      return call(() => api.sales.export(date ? { date } : undefined));
    },
  }));
}
