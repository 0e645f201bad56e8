// Core (plain Node): how the Resmark cache is kept fresh. Orders and products have real
// incremental filters (fromModifiedDate by day, lastModified by instant); availability is dated
// inventory, re-read for the coming days when it is older than its refresh interval.
import { RESMARK_PAGE_SIZE, type ResmarkClient } from '../backends/resmark/resmark-client';
import type { RecordFor } from '../store/cache-store';
import { downloadAll } from './paged-download';
import { throwIfCancelled, type SyncContext, type SyncStep } from './sync-types';

export const AVAILABILITY_DAYS = 14;
export const AVAILABILITY_REFRESH_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ResmarkSource = Pick<ResmarkClient, 'listProducts' | 'listOrders' | 'getInventory'>;

export function resmarkPlan(client: ResmarkSource): SyncStep[] {
  const lane = 'background' as const;
  const allProducts = {
    resource: 'products',
    firstPage: 0,
    fetchPage: async (page: number, signal: AbortSignal) => {
      const r = await client.listProducts({ page, limit: RESMARK_PAGE_SIZE, lane, signal });
      return { records: r.items, total: null, last: r.last };
    },
  } as const;
  const allOrders = {
    resource: 'orders',
    firstPage: 0,
    fetchPage: async (page: number, signal: AbortSignal) => {
      const r = await client.listOrders({ page, limit: RESMARK_PAGE_SIZE, sortOrder: 'asc', lane, signal });
      return { records: r.items, total: null, last: r.last };
    },
  } as const;

  return [
    (ctx) =>
      isIncremental(ctx, 'products')
        ? changedProducts(ctx, client)
        : downloadAll(ctx, allProducts).then(() => {}),
    (ctx) => refreshAvailability(ctx, client),
    (ctx) =>
      isIncremental(ctx, 'orders') ? changedOrders(ctx, client) : downloadAll(ctx, allOrders).then(() => {}),
  ];
}

function isIncremental(ctx: SyncContext, resource: 'products' | 'orders'): boolean {
  const state = ctx.store.getSyncState(ctx.backend, resource);
  return !ctx.full && !!state?.lastSuccessAt && (state.cursor as { mode?: string } | null)?.mode === 'idle';
}

/** Products changed on or after the last successful read (an instant, per the API). */
async function changedProducts(ctx: SyncContext, client: ResmarkSource): Promise<void> {
  const state = ctx.store.getSyncState(ctx.backend, 'products')!;
  const startedAt = ctx.clock.now().toISOString();
  await readChangedPages(ctx, 'products', state.gen, (page, signal) =>
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
  await readChangedPages(ctx, 'orders', state.gen, (page, signal) =>
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

async function readChangedPages<R extends 'products' | 'orders'>(
  ctx: SyncContext,
  resource: R,
  gen: number,
  fetch: (page: number, signal: AbortSignal) => Promise<{ items: readonly RecordFor<R>[]; last: boolean }>,
): Promise<void> {
  let done = 0;
  for (let page = 0; ; page++) {
    throwIfCancelled(ctx.signal);
    const { items, last } = await fetch(page, ctx.signal);
    done += items.length;
    ctx.store.writePage({
      backend: ctx.backend,
      resource,
      gen,
      records: items,
      cursor: { mode: 'idle', gen, knownTotal: null },
    });
    ctx.progress(resource, done, null);
    if (last) return;
  }
}

/** Inventory for today and the coming days, product by product, replacing what the cache had for that range. */
async function refreshAvailability(ctx: SyncContext, client: ResmarkSource): Promise<void> {
  const state = ctx.store.getSyncState(ctx.backend, 'availability');
  const now = ctx.clock.now();
  const fresh =
    state?.lastSuccessAt && now.getTime() - Date.parse(state.lastSuccessAt) < AVAILABILITY_REFRESH_MS;
  if (fresh && !ctx.full) return;
  const products = ctx.store.listProductIds();
  const from = now.toISOString().slice(0, 10);
  const to = new Date(now.getTime() + AVAILABILITY_DAYS * DAY_MS).toISOString().slice(0, 10);
  const gen = (state?.gen ?? 0) + 1;
  ctx.progress('availability', 0, products.length);
  for (const [i, productId] of products.entries()) {
    throwIfCancelled(ctx.signal);
    const slots = await client.getInventory(productId, from, to, { lane: 'background', signal: ctx.signal });
    ctx.store.writePage({
      backend: ctx.backend,
      resource: 'availability',
      gen,
      records: slots,
      cursor: { gen },
    });
    ctx.store.sweep(ctx.backend, 'availability', gen, { productId, fromDate: from, toDate: to });
    ctx.progress('availability', i + 1, products.length);
  }
  ctx.store.markSyncComplete(ctx.backend, 'availability', { full: true, at: now.toISOString() });
}
