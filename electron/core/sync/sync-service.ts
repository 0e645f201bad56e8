// Core (plain Node): runs the sync plans of the connected back ends, one run at a time, with
// cancel, throttled progress events (with a records-per-minute rate) and a state summary.
import type { BackendId } from '../../../shared/domain/backend';
import type { SyncProgress, SyncRequest, SyncResource, SyncState } from '../../../shared/domain/sync';
import type { CacheStore } from '../store/cache-store';
import type { Clock, Logger } from '../ports';
import { toAppError } from '../ipc/to-app-error';
import { CoreError } from '../ipc/to-app-error';
import type { SyncStep } from './sync-types';

export interface SyncServiceDeps {
  store: () => CacheStore;
  clock: Clock;
  logger: Logger;
  /** The plans of the back ends that are connected now (demo or live). */
  plans: () => Partial<Record<BackendId, SyncStep[]>>;
  onProgress(p: SyncProgress): void;
  onFinished(backend: BackendId, error: string | null): void;
  /** Called once a whole run (all back ends) has ended and sync:state says it is no longer running. */
  onRunEnd(): void;
}

/** At most this many progress events a second per resource: enough for a smooth bar, cheap over IPC. */
const PROGRESS_INTERVAL_MS = 100;

export type SyncService = ReturnType<typeof createSyncService>;

export function createSyncService(deps: SyncServiceDeps) {
  let running: { controller: AbortController; done: Promise<void> } | null = null;

  function state(): SyncState {
    return { running: running !== null, resources: deps.store().listSyncStates() };
  }

  /** Starts a run in the background; resolves once it has started. Refuses a second concurrent run. */
  function start(request: SyncRequest): SyncState {
    if (running) throw new CoreError('BUSY', 'A sync is already running.');
    const plans = deps.plans();
    const backends = (Object.keys(plans) as BackendId[]).filter(
      (b) => !request.backend || b === request.backend,
    );
    if (backends.length === 0)
      throw new CoreError('NOT_CONFIGURED', 'No back end is connected to sync from.');
    const controller = new AbortController();
    const done = (async () => {
      for (const backend of backends)
        await runBackend(backend, plans[backend]!, !!request.full, controller.signal);
    })().finally(() => {
      running = null;
      deps.onRunEnd();
    });
    running = { controller, done };
    return state();
  }

  async function runBackend(backend: BackendId, steps: SyncStep[], full: boolean, signal: AbortSignal) {
    const reporter = createReporter(backend, deps);
    try {
      for (const step of steps) {
        if (signal.aborted) break;
        await step({
          backend,
          store: deps.store(),
          clock: deps.clock,
          signal,
          full,
          progress: reporter.progress,
        });
        reporter.finish('done');
      }
      if (signal.aborted) reporter.finish('cancelled');
      deps.onFinished(backend, null);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'CANCELLED') {
        reporter.finish('cancelled');
        deps.onFinished(backend, null);
        return;
      }
      deps.logger.warn('sync failed', { backend, error: String(error) });
      reporter.finish('failed', appError.message);
      deps.onFinished(backend, appError.message);
    }
  }

  return {
    start,
    state,
    /** Cancels the running sync and waits until it has stopped writing. */
    async cancel(): Promise<SyncState> {
      const current = running;
      current?.controller.abort();
      await current?.done;
      return state();
    },
    /** Resolves when the current run (if any) has finished; used by the CLI and tests. */
    async idle(): Promise<void> {
      await running?.done;
    },
  };
}

function createReporter(backend: BackendId, deps: Pick<SyncServiceDeps, 'onProgress' | 'clock'>) {
  let current: {
    resource: SyncResource;
    startedAt: number;
    lastEmit: number;
    done: number;
    total: number | null;
  } | null = null;
  const emit = (phase: SyncProgress['phase'], error: string | null = null) => {
    if (!current) return;
    const minutes = Math.max((Date.now() - current.startedAt) / 60_000, 1 / 600);
    deps.onProgress({
      backend,
      resource: current.resource,
      phase,
      done: current.done,
      total: current.total,
      ratePerMinute: Math.round(current.done / minutes),
      error,
    });
  };
  return {
    progress(resource: SyncResource, done: number, total: number | null) {
      if (current?.resource !== resource)
        current = { resource, startedAt: Date.now(), lastEmit: 0, done, total };
      current.done = done;
      current.total = total;
      const now = Date.now();
      if (now - current.lastEmit >= PROGRESS_INTERVAL_MS || (total !== null && done >= total)) {
        current.lastEmit = now;
        emit('running');
      }
    },
    finish(phase: SyncProgress['phase'], error: string | null = null) {
      emit(phase, error);
      if (phase !== 'running') current = null;
    },
  };
}
