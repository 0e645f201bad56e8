// Core (plain Node): keeps the cache fresh without anyone pressing a button: a sync at start-up,
// then an incremental one every few minutes. A run already in progress is left alone, but a kick
// that asks for a sync while one runs (a back end connected mid-run, one back online) is kept
// and run as soon as the current run ends: that run's plan was fixed before the change.
import type { Logger } from '../ports';
import type { SyncService } from './sync-service';

export const SYNC_EVERY_MS = 5 * 60 * 1000;

export interface SyncScheduler {
  /** Sync now, or right after the run in progress if there is one. */
  kick(): void;
  /** The sync service's run ended: runs a kick that came while it was running. */
  runEnded(): void;
  start(): void;
  stop(): void;
}

export function createSyncScheduler(deps: {
  sync: Pick<SyncService, 'start' | 'state'>;
  logger: Logger;
  everyMs?: number;
}): SyncScheduler {
  let timer: NodeJS.Timeout | null = null;
  let pending = false;
  let stopped = false;
  const startNow = () => {
    try {
      deps.sync.start({});
    } catch (error) {
      deps.logger.info('scheduled sync not started', { reason: String(error) });
    }
  };
  // The timer's tick: a run in progress already keeps the cache fresh, so nothing is owed after it.
  const tick = () => {
    if (!deps.sync.state().running) startNow();
  };
  return {
    kick() {
      if (stopped) return;
      if (deps.sync.state().running) pending = true;
      else startNow();
    },
    runEnded() {
      if (!pending || stopped) return;
      pending = false;
      // After the service has finished its own bookkeeping for the run that just ended.
      setImmediate(() => {
        if (!stopped && !deps.sync.state().running) startNow();
      });
    },
    start() {
      stopped = false;
      tick();
      timer = setInterval(tick, deps.everyMs ?? SYNC_EVERY_MS);
      timer.unref();
    },
    stop() {
      stopped = true;
      pending = false;
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
