// Test double (browser or Node): the fake's sync run — pages through a fixed plan on timers, like the
// core's sync service (one run at a time, cancellable), with knobs to hold, fail or go offline.
import type { Result } from '../../shared/ipc/result';
import type { BackendId } from '../../shared/domain/backend';
import type { SyncProgress, SyncState } from '../../shared/domain/sync';
import type { SyncResource } from '../../shared/domain/sync-resources';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: 'BUSY' | 'NOT_CONFIGURED', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

export interface FakeSyncOptions {
  /** Start a run as the app opens, as the core's scheduler does. */
  runningAtStart?: boolean;
  /** Delay between progress pages (default 120 ms). */
  tickMs?: number;
  /** Records per page (default 250). */
  pageSize?: number;
  /** Stop here and stay "running" until cancelled: a steady state for tests. */
  holdAt?: Omit<SyncProgress, 'phase' | 'error'>;
  /** Fail the run of this back end with the message, after its first page. */
  failWith?: Partial<Record<BackendId, string>>;
}

const PLAN: Record<BackendId, { resource: SyncResource; total: number | null }[]> = {
  reservie: [
    { resource: 'customers', total: 2_400 },
    { resource: 'events', total: 180 },
    { resource: 'passes', total: 12 },
    { resource: 'customerPasses', total: 3_100 },
    { resource: 'registrations', total: 1_250 },
  ],
  // Resmark lists carry no totals, so the UI has to draw an indeterminate bar.
  resmark: [
    { resource: 'products', total: null },
    { resource: 'availability', total: null },
    { resource: 'orders', total: null },
  ],
};

export interface SyncSimulationDeps {
  options: FakeSyncOptions;
  connected(): BackendId[];
  isOffline(b: BackendId): boolean;
  hostOf(b: BackendId): string;
  onProgress(p: SyncProgress): void;
  onFinished(b: BackendId, error: string | null): void;
  /** The whole run has ended (done, failed or cancelled), as the core's sync:finished says. */
  onRunEnd(state: SyncState): void;
}

/** Pages through a fixed plan on timers, like the core's sync service: one run at a time, cancellable. */
export function createSyncSimulation(d: SyncSimulationDeps) {
  let run: { cancelled: boolean; timer: ReturnType<typeof setTimeout> | null } | null = null;
  const tickMs = d.options.tickMs ?? 120;
  const pageSize = d.options.pageSize ?? 250;

  const state = (): SyncState => ({ running: run !== null, resources: [] });

  function start(only: BackendId | undefined): Result<SyncState> {
    if (run) return fail('BUSY', 'A sync is already running.');
    const targets = d.connected().filter((b) => !only || b === only);
    if (targets.length === 0) return fail('NOT_CONFIGURED', 'No back end is connected to sync from.');
    const current = { cancelled: false, timer: null as ReturnType<typeof setTimeout> | null };
    run = current;
    const hold = d.options.holdAt;
    if (hold) {
      // Re-sent like real pages, so a window that subscribes late still learns where the run is.
      const beat = () => {
        if (current.cancelled) return;
        d.onProgress({ ...hold, phase: 'running', error: null });
        current.timer = setTimeout(beat, 300);
      };
      beat();
      return ok(state());
    }
    const steps = targets.flatMap((backend) => PLAN[backend].map((step) => ({ backend, ...step })));
    let index = 0;
    let done = 0;
    // Like the core: the run is over (sync:state says so) before the last status change goes out.
    const finish = () => {
      run = null;
      for (const b of targets) d.onFinished(b, null);
      d.onRunEnd(state());
    };
    const tick = () => {
      if (current.cancelled) return;
      const step = steps[index];
      if (!step) return finish();
      const failure =
        d.options.failWith?.[step.backend] ?? (d.isOffline(step.backend) ? offline(step.backend) : null);
      done = Math.min(done + pageSize, step.total ?? Number.POSITIVE_INFINITY);
      const last = step.total !== null ? done >= step.total : done >= pageSize * 4;
      const base = {
        backend: step.backend,
        resource: step.resource,
        total: step.total,
        ratePerMinute: 9_800,
      };
      if (failure) {
        run = null;
        d.onProgress({ ...base, done, phase: 'failed', error: failure });
        d.onFinished(step.backend, failure);
        d.onRunEnd(state());
        return;
      }
      d.onProgress({ ...base, done, phase: last ? 'done' : 'running', error: null });
      if (last) {
        index++;
        done = 0;
      }
      current.timer = setTimeout(tick, tickMs);
    };
    const offline = (b: BackendId) => `Couldn't reach ${d.hostOf(b)}.`;
    current.timer = setTimeout(tick, tickMs);
    return ok(state());
  }

  function cancel(): SyncState {
    if (run) {
      run.cancelled = true;
      if (run.timer) clearTimeout(run.timer);
      run = null;
      d.onRunEnd(state());
    }
    return state();
  }

  return { start, cancel, state };
}
