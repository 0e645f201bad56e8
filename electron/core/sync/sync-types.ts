// Core (plain Node): what one sync step needs from its surroundings. Kept small so steps can be
// tested with a real store and real HTTP clients against the simulators.
import type { BackendId } from '../../../shared/domain/backend';
import type { SyncResource } from '../../../shared/domain/sync';
import type { CacheStore } from '../store/cache-store';
import type { Clock } from '../ports';

export interface SyncContext {
  backend: BackendId;
  store: CacheStore;
  clock: Clock;
  signal: AbortSignal;
  /** True when the user asked for (or the schedule demands) a complete re-read. */
  full: boolean;
  /** Reports progress for one resource; throttling happens in the service. */
  progress(resource: SyncResource, done: number, total: number | null): void;
}

/** The cursor kept per resource in sync_state; written in the same transaction as each page. */
export type PagedCursor =
  | { mode: 'full'; gen: number; nextPage: number; done: number; total: number | null }
  | { mode: 'idle'; gen: number; knownTotal: number | null; since?: string };

/** One step of a plan: downloads one resource into the cache. */
export type SyncStep = (ctx: SyncContext) => Promise<void>;

export class SyncCancelled extends Error {
  readonly code = 'CANCELLED';
  constructor() {
    super('Sync cancelled.');
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new SyncCancelled();
}
