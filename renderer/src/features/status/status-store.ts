// Renderer: the app's status as the core reports it (mode, back ends, outbox), and the calls that change it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../../shared/ipc/contract';
import type { AppError, Result } from '../../../../shared/ipc/result';
import type {
  AppStatus,
  BackendCredentials,
  BackendId,
  BackendStatus,
} from '../../../../shared/domain/backend';
import { call } from '../../lib/call';

export type LoadState = 'loading' | 'ready' | 'error';

export interface StatusState {
  state: LoadState;
  status: AppStatus | null;
  error: AppError | null;
  load(): Promise<void>;
  /** Applies an app:statusChanged push. */
  receive(status: AppStatus): void;
  /** Credentials pass straight through to the core; the store never keeps them. */
  configure(credentials: BackendCredentials): Promise<Result<BackendStatus>>;
  switchToDemo(): Promise<Result<AppStatus>>;
  signOut(backend: BackendId, wipeCache: boolean): Promise<Result<AppStatus>>;
  /** Subscribes to app:statusChanged and loads once; returns the unsubscribe. */
  start(): () => void;
}

export type StatusStore = StoreApi<StatusState>;

export function createStatusStore(api: Api): StatusStore {
  // A push can arrive while a load is in flight; the newer of the two must win.
  let version = 0;

  return createStore<StatusState>()((set, get) => ({
    state: 'loading',
    status: null,
    error: null,

    async load() {
      const mine = ++version;
      if (!get().status) set({ state: 'loading', error: null });
      const result = await call(() => api.app.status());
      if (mine !== version) return;
      if (result.ok) set({ state: 'ready', status: result.value, error: null });
      else if (get().status) set({ error: result.error });
      else set({ state: 'error', error: result.error });
    },

    receive(status) {
      version++;
      set({ state: 'ready', status, error: null });
    },

    async configure(credentials) {
      const result = await call(() => api.backend.configure(credentials));
      if (result.ok) await get().load();
      return result;
    },

    async switchToDemo() {
      const result = await call(() => api.backend.useDemo());
      if (result.ok) get().receive(result.value);
      return result;
    },

    async signOut(backend, wipeCache) {
      const result = await call(() => api.backend.signOut({ backend, wipeCache }));
      if (result.ok) get().receive(result.value);
      return result;
    },

    start() {
      const off = api.on('app:statusChanged', (status) => get().receive(status));
      void get().load();
      return off;
    },
  }));
}

/** The back ends that are in use now (demo or live), in a stable order. */
export function activeBackends(status: AppStatus | null): BackendStatus[] {
  return status ? status.backends.filter((b) => b.mode !== 'off') : [];
}
