// Core (plain Node): the two back ends' page objects as the ListPage the page walk decides on.
// Paging is decided on the rows the server sent, which may differ from the records the client kept.
import type { Paged } from '../backends/reservie/reservie-client';
import type { ResmarkPage } from '../backends/resmark/resmark-client';
import type { ListPage } from './page-walk';

/**
 * Rows the server sent, which paging must count: `received` when the client says (it differs from
 * items.length when rows were skipped as unreadable, a series event became several sessions, or
 * another date's registrations were left out), else the mapped items plus any skipped.
 */
function servedRows(page: { items: readonly unknown[]; received?: number; skipped?: number }): number {
  if (typeof page.received === 'number') return page.received;
  return page.items.length + Math.max(0, page.skipped ?? 0);
}

/**
 * A v1 page. The client reports the echoed perPage, or ours when the server sent none, so only a
 * different number proves an echo; the same number is treated as unconfirmed (costs at most one
 * extra request, and only when the total is missing too).
 */
export function fromReservie<T>(r: Paged<T>, requested: number): ListPage<T> {
  return {
    records: r.items,
    total: r.total,
    served: servedRows(r),
    requested,
    echoedSize: r.perPage !== requested ? r.perPage : null,
  };
}

/** A Resmark page: a bare array, so neither a total nor the page size the server used. */
export function fromResmark<T>(r: ResmarkPage<T>, requested: number): ListPage<T> {
  return { records: r.items, total: null, served: servedRows(r), requested, echoedSize: null };
}
