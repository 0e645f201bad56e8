// Shared (pure TS): sync progress as pushed to the renderer, and the sync request.
import { z } from 'zod';
import { BackendId } from './backend';
import type { SyncResource } from './sync-resources';

export const SyncRequest = z
  .object({
    backend: BackendId.optional(),
    full: z.boolean().optional(),
  })
  .strict();
export type SyncRequest = z.infer<typeof SyncRequest>;

export type SyncPhase = 'running' | 'done' | 'cancelled' | 'failed';

/** One push event per page (at most a few a second); the renderer draws a progress bar from it. */
export interface SyncProgress {
  backend: BackendId;
  resource: SyncResource;
  phase: SyncPhase;
  done: number;
  /** Null while the total is not yet known (Resmark lists have no total). */
  total: number | null;
  /** Records per minute over the current resource so far. */
  ratePerMinute: number;
  /** Set when phase is 'failed'. */
  error: string | null;
}

export interface SyncResourceState {
  backend: BackendId;
  resource: SyncResource;
  lastSuccessAt: string | null;
  lastFullSyncAt: string | null;
  /**
   * Every cached record of this resource was read again since this instant (the start of the last
   * whole pass or rolling-refresh lap): now minus this is the age of the oldest record (F1).
   */
  readWholeSince: string | null;
  count: number;
}

export interface SyncState {
  running: boolean;
  resources: SyncResourceState[];
}

/** Pushed once when a whole run (every back end) has ended, however it ended. */
export interface SyncFinished {
  /** The state after the run: `running` is false unless a new run has already begun. */
  state: SyncState;
}
