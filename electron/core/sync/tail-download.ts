// Core (plain Node): the cheap incremental read for creation-ordered lists without a "modified
// since" filter: read from the page that holds the first unseen record to the end. A shrinking
// total means deletions, which only a full pass can find, so it falls back to one.
import type { SyncResource } from '../../../shared/domain/sync';
import { downloadAll, type PagedResource } from './paged-download';
import { throwIfCancelled, type PagedCursor, type SyncContext } from './sync-types';

export async function readNewTail<R extends SyncResource>(
  ctx: SyncContext,
  spec: PagedResource<R>,
  pageSize: number,
): Promise<number> {
  const { store, backend } = ctx;
  const cursor = store.getSyncState(backend, spec.resource)?.cursor as PagedCursor | undefined;
  if (cursor?.mode !== 'idle' || cursor.knownTotal === null) return downloadAll(ctx, spec);
  const known = cursor.knownTotal;
  let page = spec.firstPage + Math.floor(known / pageSize);
  let done = 0;
  for (;;) {
    throwIfCancelled(ctx.signal);
    const result = await spec.fetchPage(page, ctx.signal);
    const total = result.total ?? known + done + result.records.length;
    if (total < known) return downloadAll(ctx, spec); // something was deleted: re-read everything
    done += result.records.length;
    const next: PagedCursor = { mode: 'idle', gen: cursor.gen, knownTotal: total };
    store.writePage({
      backend,
      resource: spec.resource,
      gen: cursor.gen,
      records: result.records,
      cursor: next,
    });
    ctx.progress(spec.resource, Math.min(known + done, total), total);
    if (result.last) break;
    page += 1;
  }
  store.markSyncComplete(backend, spec.resource, { full: false, at: ctx.clock.now().toISOString() });
  return done;
}
