// Core (plain Node): how the Resmark cache is kept fresh. Orders and products have real
// incremental filters (fromModifiedDate by day, lastModified by instant); availability is dated
// inventory, re-read for the coming days when it is older than its refresh interval.
import { RESMARK_PAGE_SIZE, type ResmarkClient, type ResmarkPage } from '../backends/resmark/resmark-client';
import type { RecordFor } from '../store/cache-store';
import { toAppError } from '../ipc/to-app-error';
import { fromResmark } from './list-pages';
import { downloadAll, type PagedResource } from './paged-download';
import { walkPages } from './page-walk';
import { stopsTheRun } from './sync-errors';
import {
  defineStep,
  throwIfCancelled,
  type PagedCursor,
  type StepReport,
  type SyncContext,
  type SyncStep,
} from './sync-types';

export const AVAILABILITY_DAYS = 14;
export const AVAILABILITY_REFRESH_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ResmarkSource = Pick<ResmarkClient, 'listProducts' | 'listOrders' | 'getInventory'>;

type ChangedResource = 'products' | 'orders';
type PageFetch<R extends ChangedResource> = (
  page: number,
  signal: AbortSignal,
) => Promise<ResmarkPage<RecordFor<R>>>;

export function resmarkPlan(client: ResmarkSource): SyncStep[] {
  const lane = 'background' as const;
  const allProducts = resmarkList('products', (page, signal) =>
    client.listProducts({ page, limit: RESMARK_PAGE_SIZE, lane, signal }),
  );
  const allOrders = resmarkList('orders', (page, signal) =>
    client.listOrders({ page, limit: RESMARK_PAGE_SIZE, sortOrder: 'asc', lane, signal }),
  );

  return [
    defineStep('products', (ctx) =>
      isIncremental(ctx, 'products')
        ? changedProducts(ctx, client)
        : downloadAll(ctx, allProducts).then(() => {}),
    ),
    // Inventory is read per cached product: after a failed products read that list may be wrong.
    defineStep('availability', (ctx) => refreshAvailability(ctx, client), ['products']),
    defineStep('orders', (ctx) =>
      isIncremental(ctx, 'orders') ? changedOrders(ctx, client) : downloadAll(ctx, allOrders).then(() => {}),
    ),
  ];
}

/** A Resmark list as a paged resource: pages from 0, the documented page size. */
function resmarkList<R extends ChangedResource>(resource: R, fetch: PageFetch<R>): PagedResource<R> {
  return {
    resource,
    firstPage: 0,
    fetchPage: async (page, signal) => fromResmark(await fetch(page, signal), RESMARK_PAGE_SIZE),
  };
}

function isIncremental(ctx: SyncContext, resource: ChangedResource): boolean {
  const state = ctx.store.getSyncState(ctx.backend, resource);
  return !ctx.full && !!state?.lastSuccessAt && (state.cursor as { mode?: string } | null)?.mode === 'idle';
}

/** Products changed on or after the last successful read (an instant, per the API). */
async function changedProducts(ctx: SyncContext, client: ResmarkSource): Promise<void> {
  const state = ctx.store.getSyncState(ctx.backend, 'products')!;
  const startedAt = ctx.clock.now().toISOString();
  await readChangedPages(ctx, 'products', (page, signal) =>
    client.listProducts({
      page,
      limit: RESMARK_PAGE_SIZE,
      lastModified: state.lastSuccessAt!,
      lane: 'background',
      signal,
    }),
  );
  ctx.store.markSyncComplete(ctx.backend, 'products', { full: false, at: startedAt });
}

/** Orders modified on or after the day of the last success; whole days are re-read because the filter has day granularity. */
async function changedOrders(ctx: SyncContext, client: ResmarkSource): Promise<void> {
  const state = ctx.store.getSyncState(ctx.backend, 'orders')!;
  const startedAt = ctx.clock.now().toISOString();
  // One day of margin covers clock skew and a day boundary between the server's zone and ours.
  const since = new Date(Date.parse(state.lastSuccessAt!) - DAY_MS).toISOString().slice(0, 10);
  await readChangedPages(ctx, 'orders', (page, signal) =>
    client.listOrders({
      page,
      limit: RESMARK_PAGE_SIZE,
      fromModifiedDate: since,
      sortOrder: 'asc',
      lane: 'background',
      signal,
    }),
  );
  ctx.store.markSyncComplete(ctx.backend, 'orders', { full: false, at: startedAt });
}

/**
 * Reads every page of a "changed since" list. No sweep follows, but a page missed here is a change
 * missed until the next full pass, so the end is decided as strictly as in a full download.
 */
async function readChangedPages<R extends ChangedResource>(
  ctx: SyncContext,
  resource: R,
  fetch: PageFetch<R>,
): Promise<void> {
  const state = ctx.store.getSyncState(ctx.backend, resource)!;
  // Keep the last full pass's count and page size: the next full pass checks its result against them.
  const idle = { ...(state.cursor as Extract<PagedCursor, { mode: 'idle' }>), gen: state.gen };
  await walkPages(ctx, {
    resource,
    startPage: 0,
    pagesBefore: 0,
    seenBefore: 0,
    fetch: async (page, signal) => fromResmark(await fetch(page, signal), RESMARK_PAGE_SIZE),
    onPage: (page, step) => {
      ctx.store.writePage({
        backend: ctx.backend,
        resource,
        gen: idle.gen,
        records: page.records,
        cursor: idle,
      });
      ctx.progress(resource, step.seen, null);
    },
  });
}

/**
 * Inventory for today and the coming days, product by product, replacing what the cache had for
 * that range. A product the back end will not answer for (a dateless one, say) keeps its old slots
 * and is reported; the others carry on. Losing the connection or the sign-in still stops the run.
 */
async function refreshAvailability(ctx: SyncContext, client: ResmarkSource): Promise<StepReport | void> {
  const state = ctx.store.getSyncState(ctx.backend, 'availability');
  const now = ctx.clock.now();
  const fresh =
    state?.lastSuccessAt && now.getTime() - Date.parse(state.lastSuccessAt) < AVAILABILITY_REFRESH_MS;
  if (fresh && !ctx.full) return;
  const products = ctx.store.listProductIds();
  const range = {
    // Resmark files slots under the venue's day, and the venue may be up to 12 h behind UTC: from
    // the UTC date a day ago, so the venue's today is read whole (a New York evening is already
    // tomorrow in UTC, and its late tours would be missing from the saved copy).
    from: new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10),
    to: new Date(now.getTime() + AVAILABILITY_DAYS * DAY_MS).toISOString().slice(0, 10),
    gen: (state?.gen ?? 0) + 1,
  };
  const failed: { productId: string; message: string }[] = [];
  ctx.progress('availability', 0, products.length);
  for (const [i, productId] of products.entries()) {
    throwIfCancelled(ctx.signal);
    const error = await refreshProduct(ctx, client, productId, range);
    if (error) failed.push({ productId, message: error });
    ctx.progress('availability', i + 1, products.length);
  }
  // Fresh unless nothing at all was read: one product that always errors must not force every
  // later sync to re-read all the others' inventory.
  if (failed.length < products.length || products.length === 0) {
    ctx.store.markSyncComplete(ctx.backend, 'availability', { full: true, at: now.toISOString() });
  }
  return failed.length
    ? { warnings: [{ resource: 'availability', message: skippedProducts(failed) }] }
    : undefined;
}

/** Replaces one product's slots in the range; returns why it could not, or null. */
async function refreshProduct(
  ctx: SyncContext,
  client: ResmarkSource,
  productId: string,
  range: { from: string; to: string; gen: number },
): Promise<string | null> {
  let slots: RecordFor<'availability'>[];
  try {
    slots = await client.getInventory(productId, range.from, range.to, {
      lane: 'background',
      signal: ctx.signal,
    });
  } catch (error) {
    if (stopsTheRun(error)) throw error;
    // This goes to the log only, so the back end's own words (the detail) belong in it.
    const { message, detail } = toAppError(error);
    return detail ? `${message} It said: ${detail}` : message;
  }
  const { backend, store } = ctx;
  store.writePage({
    backend,
    resource: 'availability',
    gen: range.gen,
    records: slots,
    cursor: { gen: range.gen },
  });
  store.sweep(backend, 'availability', range.gen, { productId, fromDate: range.from, toDate: range.to });
  return null;
}

function skippedProducts(failed: readonly { productId: string; message: string }[]): string {
  const ids = failed.map((f) => f.productId).join(', ');
  const what = failed.length === 1 ? 'tour' : 'tours';
  return `Availability was not refreshed for ${failed.length} ${what} (${ids}): ${failed[0]!.message}`;
}
