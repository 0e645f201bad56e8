// Renderer: today's sessions (classes and tours) from the local cache, for the venue's day.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import type { SessionSummary } from '../../../../shared/domain/cache';
import { call } from '../../lib/call';
import { venueDayRange } from '../../lib/dates';
import type { LoadState } from '../status/status-store';

export interface SessionsState {
  state: LoadState;
  sessions: SessionSummary[];
  /** The venue day shown, as the instant it starts. */
  day: number;
  error: AppError | null;
  /** Today's check-ins per session and departure (keyed by `countKey`), from the ledger; null until read. */
  checkedIn: Readonly<Record<string, number>> | null;
  /** Loads the given day (default today); a reload keeps the list on screen until the answer comes. */
  load(day?: Date): Promise<void>;
  /** Re-reads today's check-in counts (after a check-in, an undo or a write-back moved). */
  loadCheckIns(): Promise<void>;
}

export type SessionsStore = StoreApi<SessionsState>;

export function createSessionsStore(
  api: Api,
  now: () => Date = () => new Date(),
  /** The venue's zone, read each time (staff may change it); undefined: the machine's. */
  timeZone: () => string | undefined = () => undefined,
): SessionsStore {
  let ticket = 0;
  let countsTicket = 0;
  const startOfDay = (d: Date) => Date.parse(venueDayRange(d, timeZone()).from);

  return createStore<SessionsState>()((set, get) => ({
    state: 'loading',
    sessions: [],
    day: startOfDay(now()),
    error: null,
    checkedIn: null,

    async load(day = now()) {
      const mine = ++ticket;
      const dayStart = startOfDay(day);
      const sameDay = dayStart === get().day && get().state === 'ready';
      if (!sameDay) set({ state: 'loading', day: dayStart, error: null });
      const result = await call(() => api.sessions.list(venueDayRange(day, timeZone())));
      if (mine !== ticket) return;
      if (result.ok) set({ state: 'ready', sessions: sortByStart(result.value), error: null });
      else set({ state: 'error', error: result.error });
    },

    async loadCheckIns() {
      const mine = ++countsTicket;
      const result = await call(() => api.checkin.today());
      // Counts that cannot be read are left as they were: the booked figures still stand alone.
      if (mine !== countsTicket || !result.ok) return;
      const counts: Record<string, number> = {};
      for (const s of result.value) counts[countKey(s.backend, s.id)] = s.checkedIn;
      set({ checkedIn: counts });
    },
  }));
}

/** A Reservie session and a Resmark departure may share an id: counts are kept per back end. */
export function countKey(backend: 'reservie' | 'resmark', id: string): string {
  return `${backend}:${id}`;
}

function sortByStart(sessions: SessionSummary[]): SessionSummary[] {
  return [...sessions].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.name.localeCompare(b.name),
  );
}
