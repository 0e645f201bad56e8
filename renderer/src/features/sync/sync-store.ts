// Renderer: the sync run as seen from the desk — whether one is running, its latest progress, its failure.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import type { BackendId } from '../../../../shared/domain/backend';
import type { SyncFinished, SyncProgress } from '../../../../shared/domain/sync';
import { call } from '../../lib/call';

export interface SyncFailure {
  backend: BackendId;
  /** The core's own words (free text); empty when it gave none, and the screen says it stopped. */
  message: string;
}

export interface SyncStoreState {
  running: boolean;
  /** The latest progress of the running sync; null before the first page arrives. */
  progress: SyncProgress | null;
  failure: SyncFailure | null;
  /** Why Sync now or Cancel was refused (BUSY, NOT_CONFIGURED, …). */
  actionError: AppError | null;
  starting: boolean;
  cancelling: boolean;
  /**
   * Whether the progress panel is on screen: from the moment a run starts until it has ended, the
   * panel has been up for at least PANEL_MIN_MS and the finished state for at least FINISHED_MIN_MS.
   * A quick incremental sync can end within a frame, and a long one would otherwise vanish the
   * moment it ends: either way staff would not see that it finished.
   */
  panel: boolean;
  /** The failure staff dismissed (backend:message), so the same one does not come back from app:status. */
  dismissed: string | null;
  /** Asks the core whether a run is going (once, at start-up: the scheduled sync may be under way). */
  refresh(): Promise<void>;
  syncNow(request?: { backend?: BackendId; full?: boolean }): Promise<void>;
  cancel(): Promise<void>;
  receive(progress: SyncProgress): void;
  /** The core's sync:finished: the whole run has ended. */
  finished(event: SyncFinished): void;
  dismiss(failure?: SyncFailure | null): void;
  start(): () => void;
}

export type SyncStore = StoreApi<SyncStoreState>;

/** The shortest time the sync panel stays up, so every run is seen to happen. */
export const PANEL_MIN_MS = 1_200;
/** The shortest time "Sync finished" stays on screen after a run ends, however long the run took. */
export const FINISHED_MIN_MS = 1_000;

export function createSyncStore(api: Api): SyncStore {
  // Anything newer than a sync:state question (a page, a start) makes its answer stale: bump the ticket.
  let refreshSeq = 0;

  const store = createStore<SyncStoreState>()((set, get) => ({
    running: false,
    progress: null,
    failure: null,
    actionError: null,
    starting: false,
    cancelling: false,
    panel: false,
    dismissed: null,

    async refresh() {
      const mine = ++refreshSeq;
      const result = await call(() => api.sync.state());
      if (mine !== refreshSeq || !result.ok) return;
      const running = result.value.running;
      set(running ? { running } : { running, progress: null, cancelling: false });
    },

    async syncNow(request = {}) {
      refreshSeq++;
      set({ starting: true, actionError: null, failure: null, progress: null });
      const result = await call(() => api.sync.start(request));
      // Keep any progress that arrived before this answer: events and replies may cross.
      if (result.ok) set({ starting: false, running: result.value.running || get().running });
      else if (result.error.code === 'BUSY') set({ starting: false, running: true });
      else set({ starting: false, actionError: result.error });
    },

    async cancel() {
      set({ cancelling: true, actionError: null });
      const result = await call(() => api.sync.cancel());
      if (result.ok) set({ cancelling: false, running: result.value.running, progress: null });
      else set({ cancelling: false, actionError: result.error });
    },

    receive(progress) {
      if (progress.phase === 'running') {
        refreshSeq++;
        // A page arriving after the run was reported finished means a new run has begun.
        set({ running: true, progress, failure: get().running ? get().failure : null });
        return;
      }
      if (progress.phase === 'failed') {
        set({ failure: { backend: progress.backend, message: progress.error ?? '' } });
      }
      // 'done' or 'failed' ends one list (or one back end), not the run: sync:finished ends it.
    },

    finished({ state }) {
      refreshSeq++;
      set(state.running ? { running: true } : { running: false, progress: null, cancelling: false });
    },

    dismiss(failure) {
      set({ failure: null, actionError: null, dismissed: failure ? failureKey(failure) : get().dismissed });
    },

    start() {
      const offProgress = api.on('sync:progress', (p) => get().receive(p));
      // The core pushes the end of every run, so nothing here polls sync:state.
      const offFinished = api.on('sync:finished', (e) => get().finished(e));
      void get().refresh();
      return () => {
        offProgress();
        offFinished();
      };
    },
  }));

  holdPanel(store);
  return store;
}

/**
 * Keeps `panel` up while a run is starting or running, then until it has been up PANEL_MIN_MS in
 * all and has said "finished" for FINISHED_MIN_MS.
 */
function holdPanel(store: SyncStore): void {
  let shownAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((state) => {
    const active = state.running || state.starting;
    if (active) {
      clearTimeout(timer);
      timer = undefined;
      if (!state.panel) {
        shownAt = Date.now();
        store.setState({ panel: true });
      }
      return;
    }
    // A refused start (e.g. NOT_CONFIGURED) shows its banner instead: no panel to hold.
    if (!state.panel || timer) return;
    if (state.actionError) return store.setState({ panel: false });
    const left = Math.max(shownAt + PANEL_MIN_MS - Date.now(), FINISHED_MIN_MS);
    timer = setTimeout(() => {
      timer = undefined;
      const now = store.getState();
      if (!now.running && !now.starting) store.setState({ panel: false });
    }, left);
  });
}

export const failureKey = (f: SyncFailure): string => `${f.backend}:${f.message}`;
