// Core (plain Node): keeps the cache fresh without anyone pressing a button: a sync at start-up,
// then an incremental one every few minutes. A run already in progress is left alone.
import type { Logger } from '../ports';
import type { SyncService } from './sync-service';

export const SYNC_EVERY_MS = 5 * 60 * 1000;

export function createSyncScheduler(deps: { sync: SyncService; logger: Logger; everyMs?: number }) {
  let timer: NodeJS.Timeout | null = null;
  const kick = () => {
    if (deps.sync.state().running) return;
    try {
      deps.sync.start({});
    } catch (error) {
      deps.logger.info('scheduled sync not started', { reason: String(error) });
    }
  };
  return {
    kick,
    start() {
      kick();
      timer = setInterval(kick, deps.everyMs ?? SYNC_EVERY_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
