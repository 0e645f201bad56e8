// Core (plain Node): the rolling refresh. v1 has no "modified since", so an edited e-mail or a pass
// spent online shows only when its page is read again. Each run re-reads the next few pages of the
// list (the pace comes from rolling-pace.ts), wrapping round at the end, so every record is read
// again within the freshness target at a flat cost. Deletions are still left to the whole passes,
// which alone may sweep.
import type { PagedResource, PagedResourceName } from './paged-download';
import { pagesDue } from './rolling-pace';
import { throwIfCancelled, type PagedCursor, type SyncContext } from './sync-types';

type IdleCursor = Extract<PagedCursor, { mode: 'idle' }>;

/**
 * Re-reads the pages due (see `pagesDue`) of a list that has been read whole before, continuing
 * the lap the last run left. Each page lands with the cursor that points past it, so a kill costs
 * one page. Returns the pages read.
 */
export async function refreshSlice<R extends PagedResourceName>(
  ctx: SyncContext,
  spec: PagedResource<R>,
  pace: { pagesPerRun: number; runEveryMs: number; pageSize: number },
): Promise<number> {
  const { store, backend } = ctx;
  const idle = () => store.getSyncState(backend, spec.resource)?.cursor as PagedCursor | undefined;
  const start = idle();
  // Never read whole, or a whole pass is owed: that pass refreshes everything anyway.
  if (start?.mode !== 'idle') return 0;
  const now = ctx.clock.now();
  const lastRead = start.rolling?.sliceAt ?? start.wholeSince;
  const elapsed = lastRead ? now.getTime() - Date.parse(lastRead) : pace.runEveryMs;
  const pages = pagesDue(pace.pagesPerRun, pace.runEveryMs, elapsed);
  if (pages <= 0) return 0;
  const size = start.pageSize ?? pace.pageSize;
  const lapStartedAt = start.rolling?.lapStartedAt ?? now.toISOString();
  const lap = {
    nextPage: start.rolling?.nextPage ?? spec.firstPage,
    lapStartedAt,
    sliceAt: now.toISOString(),
  };
  let read = 0;
  for (let page = lap.nextPage; read < pages; page++) {
    throwIfCancelled(ctx.signal);
    const result = await spec.fetchPage(page, ctx.signal);
    throwIfCancelled(ctx.signal);
    read += 1;
    const seen = (page - spec.firstPage) * size + result.served;
    const last =
      result.served === 0 ||
      (result.total !== null ? seen >= result.total : result.served < result.requested);
    // The tail read may have moved knownTotal since: keep the stored cursor, move only the lap.
    const current = (idle() as IdleCursor | undefined) ?? start;
    const next: IdleCursor = last
      ? { ...current, rolling: undefined, wholeSince: lap.lapStartedAt }
      : { ...current, rolling: { ...lap, nextPage: page + 1 } };
    store.writePage({
      backend,
      resource: spec.resource,
      gen: current.gen,
      records: result.records,
      cursor: next,
    });
    if (last) break;
  }
  return read;
}
