// Core (plain Node): the cheap incremental read for creation-ordered lists without a "modified
// since" filter: read from the page that holds the first unseen record to the end. A shrinking
// total means deletions, which only a full pass can find, so it falls back to one.
import { downloadAll, type PagedResource, type PagedResourceName } from './paged-download';
import { walkPages, type ListPage } from './page-walk';
import type { PagedCursor, SyncContext } from './sync-types';

/** Thrown out of the walk when the list got shorter: the caller switches to a full pass. */
class ListShrank extends Error {}

export async function readNewTail<R extends PagedResourceName>(
  ctx: SyncContext,
  spec: PagedResource<R>,
  pageSize: number,
): Promise<number> {
  const { store, backend } = ctx;
  const cursor = store.getSyncState(backend, spec.resource)?.cursor as PagedCursor | undefined;
  if (cursor?.mode !== 'idle' || cursor.knownTotal === null) return downloadAll(ctx, spec);
  const known = cursor.knownTotal;
  // The size the server really pages by (learned on the last full pass) decides where record `known` is.
  const size = cursor.pageSize ?? pageSize;
  const skipped = Math.floor(known / size);
  const fetchPage = async (page: number, signal: AbortSignal) => {
    const result = await spec.fetchPage(page, signal);
    if (result.total !== null && result.total < known) throw new ListShrank();
    return result;
  };
  try {
    const { seen, shifted } = await walkPages(ctx, {
      resource: spec.resource,
      startPage: spec.firstPage + skipped,
      pagesBefore: skipped,
      seenBefore: skipped * size,
      fetch: fetchPage,
      onPage: (page, step) => {
        const next = tailCursor(cursor, page, step.seen, step.last);
        store.writePage({
          backend,
          resource: spec.resource,
          gen: cursor.gen,
          records: page.records,
          cursor: next,
        });
        ctx.progress(spec.resource, Math.min(step.seen, next.knownTotal ?? step.seen), next.knownTotal);
      },
    });
    // The list moved while the tail was read: rows may have slid onto pages before the tail, so
    // only a whole re-read can be trusted.
    if (shifted) return downloadAll(ctx, spec);
    store.markSyncComplete(backend, spec.resource, { full: false, at: ctx.clock.now().toISOString() });
    return seen - skipped * size;
  } catch (error) {
    if (error instanceof ListShrank) return downloadAll(ctx, spec); // something was deleted: re-read everything
    throw error;
  }
}

/**
 * Until the last page, the count stored is only what is in the cache, so an interrupted tail read
 * resumes where it stopped instead of skipping pages it never fetched.
 */
function tailCursor(
  cursor: Extract<PagedCursor, { mode: 'idle' }>,
  page: ListPage<unknown>,
  seen: number,
  last: boolean,
): Extract<PagedCursor, { mode: 'idle' }> {
  return { ...cursor, knownTotal: last ? (page.total ?? seen) : seen };
}
