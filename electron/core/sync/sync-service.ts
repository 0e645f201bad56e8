// Core (plain Node): runs the sync plans of the connected back ends, one run at a time, with
// cancel, throttled progress events (with a records-per-minute rate) and a state summary.
// One resource failing does not stop the others: only errors that would fail every later step
// too (offline, refused, cancelled) end a back end's run early.
import type { BackendId } from '../../../shared/domain/backend';
import type { SyncProgress, SyncRequest, SyncState } from '../../../shared/domain/sync';
import type { SyncResource } from '../../../shared/domain/sync-resources';
import type { CacheStore } from '../store/cache-store';
import type { Clock, Logger } from '../ports';
import { toAppError } from '../ipc/to-app-error';
import { CoreError } from '../../../shared/ipc/core-error';
import { labelList, resourceLabel } from './resource-labels';
import { stopsTheRun } from './sync-errors';
import type { StepWarning, SyncContext, SyncStep } from './sync-types';

/** A resource that did not sync in a run, and why (staff-readable, without the resource's name). */
export interface ResourceFailure {
  resource: SyncResource | null;
  message: string;
}

/** How one back end's part of a run went. */
export interface BackendRunReport {
  backend: BackendId;
  failed: ResourceFailure[];
  /** Parts skipped without failing their resource, e.g. one tour's inventory. */
  warnings: StepWarning[];
  /** The error that ended the run early (offline, refused), if one did. */
  stoppedBy: string | null;
}

export interface SyncServiceDeps {
  store: () => CacheStore;
  clock: Clock;
  logger: Logger;
  /** The plans of the back ends that are connected now (demo or live). */
  plans: () => Partial<Record<BackendId, SyncStep[]>>;
  onProgress(p: SyncProgress): void;
  /** `error` is what staff see as the back end's last sync error (null when it synced). */
  onFinished(backend: BackendId, error: string | null, report: BackendRunReport): void;
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

  async function runBackend(
    backend: BackendId,
    steps: SyncStep[],
    full: boolean,
    signal: AbortSignal,
  ): Promise<BackendRunReport> {
    const reporter = createReporter(backend, deps);
    const report: BackendRunReport = { backend, failed: [], warnings: [], stoppedBy: null };
    const ctx = (): SyncContext => ({
      backend,
      store: deps.store(),
      clock: deps.clock,
      signal,
      full,
      progress: reporter.progress,
    });
    for (const step of steps) {
      if (signal.aborted) break;
      const outcome = await runStep(step, ctx, report, reporter);
      if (outcome === 'stop') break;
    }
    if (signal.aborted) reporter.finish('cancelled');
    const error = runError(report);
    deps.onFinished(backend, error, report);
    return report;
  }

  /** Runs one step and records how it went; 'stop' when the back end's run must end here. */
  async function runStep(
    step: SyncStep,
    ctx: () => SyncContext,
    report: BackendRunReport,
    reporter: Reporter,
  ): Promise<'next' | 'stop'> {
    const blocker = failedNeed(step, report);
    if (blocker) {
      const message = `Not read, because ${resourceLabel(blocker)} did not sync.`;
      report.failed.push({ resource: step.resource ?? null, message });
      reporter.finish('failed', labelled(step.resource ?? null, message), step.resource);
      return 'next';
    }
    try {
      const result = await step(ctx());
      for (const warning of result?.warnings ?? []) {
        deps.logger.warn('sync skipped part of a resource', { backend: report.backend, ...warning });
        report.warnings.push(warning);
      }
      reporter.finish('done');
      return 'next';
    } catch (error) {
      return recordFailure(error, step, report, reporter);
    }
  }

  function recordFailure(
    error: unknown,
    step: SyncStep,
    report: BackendRunReport,
    reporter: Reporter,
  ): 'next' | 'stop' {
    const appError = toAppError(error);
    if (appError.code === 'CANCELLED') {
      reporter.finish('cancelled');
      return 'stop';
    }
    const resource = step.resource ?? null;
    deps.logger.warn('sync failed', { backend: report.backend, resource, error: String(error) });
    if (stopsTheRun(error)) {
      reporter.finish('failed', appError.message, step.resource);
      report.stoppedBy = appError.message;
      return 'stop';
    }
    reporter.finish('failed', labelled(resource, appError.message), step.resource);
    report.failed.push({ resource, message: appError.message });
    return 'next';
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
  };
}

/** A resource this step reads that failed earlier in the same run, if any. */
function failedNeed(step: SyncStep, report: BackendRunReport): SyncResource | null {
  return step.needs?.find((need) => report.failed.some((f) => f.resource === need)) ?? null;
}

function labelled(resource: SyncResource | null, message: string): string {
  return resource ? `${resourceLabel(resource)} did not sync: ${message}` : message;
}

/** The back end's last sync error as staff see it: what stopped the run, then each resource that failed. */
export function runError(report: BackendRunReport): string | null {
  const parts: string[] = report.stoppedBy ? [report.stoppedBy] : [];
  const failed = report.failed;
  if (failed.length === 1) parts.push(labelled(failed[0]!.resource, failed[0]!.message));
  if (failed.length > 1) {
    const resources = failed.flatMap((f) => (f.resource ? [f.resource] : []));
    parts.push(`${labelList(resources)} did not sync.`);
    for (const f of failed) parts.push(f.resource ? `${resourceLabel(f.resource)}: ${f.message}` : f.message);
  }
  return parts.length ? parts.join(' ') : null;
}

type Reporter = ReturnType<typeof createReporter>;

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
  const begin = (resource: SyncResource, done: number, total: number | null) => {
    current = { resource, startedAt: Date.now(), lastEmit: 0, done, total };
    return current;
  };
  return {
    progress(resource: SyncResource, done: number, total: number | null) {
      const c = current?.resource === resource ? current : begin(resource, done, total);
      c.done = done;
      c.total = total;
      const now = Date.now();
      if (now - c.lastEmit >= PROGRESS_INTERVAL_MS || (total !== null && done >= total)) {
        c.lastEmit = now;
        emit('running');
      }
    },
    /** Ends the current resource; `resource` names it when the step failed before reporting any progress. */
    finish(phase: SyncProgress['phase'], error: string | null = null, resource?: SyncResource) {
      if (resource && current?.resource !== resource) begin(resource, 0, null);
      emit(phase, error);
      if (phase !== 'running') current = null;
    },
  };
}
