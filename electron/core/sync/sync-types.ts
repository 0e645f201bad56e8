// Core (plain Node): what one sync step needs from its surroundings. Kept small so steps can be
// tested with a real store and real HTTP clients against the simulators.
import type { BackendId } from '../../../shared/domain/backend';
import type { SyncResource } from '../../../shared/domain/sync-resources';
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
  | {
      mode: 'full';
      gen: number;
      nextPage: number;
      done: number;
      total: number | null;
      /** How many rows the last complete pass saw: a pass that ends far short of it may not sweep. */
      expect?: number | null;
      /**
       * Rows the previous, untrusted pass saw. A second pass in a row that sees the same number
       * (with a total that agrees) confirms a real mass deletion, so the cache is not stuck on it.
       */
      shortSeen?: number;
      /** The page size the server really uses, when this pass found it differs from what we ask. */
      pageSize?: number;
      /** The list changed under this pass (its total moved, or pages overlapped): it will be re-read. */
      shifted?: boolean;
      /** When this pass read its first page: once it completes, every record is at least this new. */
      startedAt?: string;
    }
  | {
      mode: 'idle';
      gen: number;
      knownTotal: number | null;
      since?: string;
      /** As above: lets the tail read find the right page on a server that caps page sizes. */
      pageSize?: number;
      /** Every record was read again since this instant (the start of the last whole pass or lap). */
      wholeSince?: string;
      /** The rolling refresh's lap in progress: the next page, when the lap began, when it last read. */
      rolling?: { nextPage: number; lapStartedAt: string; sliceAt: string };
    };

/** Something a step could not refresh that does not make the whole resource fail (one product's inventory). */
export interface StepWarning {
  resource: SyncResource;
  message: string;
}

/** What a step may hand back besides success: the parts it skipped. */
export interface StepReport {
  warnings: StepWarning[];
}

/**
 * One step of a plan: downloads one resource into the cache. `resource` names it in failure
 * messages; `needs` lists the resources whose rows it reads, so it is skipped when one of them
 * failed earlier in the same run.
 */
export interface SyncStep {
  (ctx: SyncContext): Promise<StepReport | void>;
  resource?: SyncResource;
  needs?: readonly SyncResource[];
}

/** Tags a step function with the resource it refreshes and the ones it reads. */
export function defineStep(
  resource: SyncResource,
  run: (ctx: SyncContext) => Promise<StepReport | void>,
  needs: readonly SyncResource[] = [],
): SyncStep {
  return Object.assign(run, { resource, needs });
}

export class SyncCancelled extends Error {
  readonly code = 'CANCELLED';
  constructor() {
    super('Sync cancelled.');
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new SyncCancelled();
}
