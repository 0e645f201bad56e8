// Core (plain Node): the resumable, page-at-a-time full download every paged resource shares.
// Each page is upserted together with the cursor that points past it, in one transaction, so a
// kill -9 at any moment costs at most the page that was in flight.
import type { SyncResource } from '../../../shared/domain/sync';
import type { RecordFor } from '../store/cache-store';
import { throwIfCancelled, type PagedCursor, type SyncContext } from './sync-types';

export interface Page<R extends SyncResource> {
  records: readonly RecordFor<R>[];
  /** Total across all pages, when the API says (Reservie); null when it does not (Resmark). */
  total: number | null;
  /** True when no page follows (known from the total, or a short page). */
  last: boolean;
}

export interface PagedResource<R extends SyncResource> {
  resource: R;
  /** First page number of the API: 1 for Reservie, 0 for Resmark. */
  firstPage: number;
  fetchPage(page: number, signal: AbortSignal): Promise<Page<R>>;
}

/** Downloads every page, resuming an interrupted full pass, then sweeps what the pass did not see. */
export async function downloadAll<R extends SyncResource>(
  ctx: SyncContext,
  spec: PagedResource<R>,
): Promise<number> {
  const { store, backend } = ctx;
  const saved = store.getSyncState(backend, spec.resource)?.cursor as PagedCursor | undefined;
  let cursor: PagedCursor & { mode: 'full' } =
    saved?.mode === 'full'
      ? saved
      : { mode: 'full', gen: (saved?.gen ?? 0) + 1, nextPage: spec.firstPage, done: 0, total: null };

  for (;;) {
    throwIfCancelled(ctx.signal);
    ctx.progress(spec.resource, cursor.done, cursor.total);
    const page = await spec.fetchPage(cursor.nextPage, ctx.signal);
    throwIfCancelled(ctx.signal);
    const done: number = cursor.done + page.records.length;
    const next: PagedCursor = page.last
      ? { mode: 'idle', gen: cursor.gen, knownTotal: page.total ?? done }
      : { mode: 'full', gen: cursor.gen, nextPage: cursor.nextPage + 1, done, total: page.total };
    store.writePage({
      backend,
      resource: spec.resource,
      gen: cursor.gen,
      records: page.records,
      cursor: next,
    });
    if (next.mode === 'idle') {
      ctx.progress(spec.resource, done, page.total ?? done);
      // Only a complete pass may delete: anything it did not see is gone from the back end.
      await sweepInBatches(ctx, spec.resource, cursor.gen);
      store.markSyncComplete(backend, spec.resource, { full: true, at: ctx.clock.now().toISOString() });
      return done;
    }
    cursor = next;
  }
}

/** Rows per sweep transaction: ~25 ms at most, so the event loop never stalls for long (target P6). */
const SWEEP_BATCH = 250;

async function sweepInBatches(ctx: SyncContext, resource: SyncResource, gen: number): Promise<void> {
  while (ctx.store.sweepBatch(ctx.backend, resource, gen, SWEEP_BATCH) === SWEEP_BATCH) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}
