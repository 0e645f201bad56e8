// Core (plain Node): reads a paged list page after page and decides, from what the pages say
// rather than from the client's `last` guess, where the list ends. Every list loop in the sync
// goes through here, so each gets the same end rule and the same guards against endless paging.
import type { SyncResource } from '../../../shared/domain/sync-resources';
import { ListIncompleteError } from './sync-errors';
import { throwIfCancelled, type SyncContext } from './sync-types';

/** One page of a list, reduced to what deciding "is there more?" needs. */
export interface ListPage<T> {
  records: readonly T[];
  /** Total across all pages, when the server says (Reservie); null when it does not (Resmark). */
  total: number | null;
  /** Rows the server sent: more than records.length when the client skipped rows it could not read. */
  served: number;
  /** The page size we asked for. */
  requested: number;
  /** The page size the server says it used; null when it did not say. */
  echoedSize: number | null;
}

/** Where one page left the walk. */
export interface PageStep {
  page: number;
  /** Rows of the list up to and including this page (counting from the list's start). */
  seen: number;
  /** True when this page ends the list. */
  last: boolean;
  /** The page size the server really uses, once a page that was not the last has shown it differs from ours. */
  pageSize: number | null;
  /** True once the list has changed under this pass (see `walkPages`); stays true to its end. */
  shifted: boolean;
}

export interface WalkSpec<T extends { id: string }> {
  resource: SyncResource;
  startPage: number;
  /** Pages this pass already read in an earlier run (a resumed pass); they count towards the limit. */
  pagesBefore: number;
  /** Rows of the list before `startPage`. */
  seenBefore: number;
  /** For a resumed pass: the total its last page reported, and whether the list had already shifted. */
  totalBefore?: number | null;
  shiftedBefore?: boolean;
  fetch(page: number, signal: AbortSignal): Promise<ListPage<T>>;
  /** Stores one page; called for every page, the last one included (then possibly with no records). */
  onPage(page: ListPage<T>, step: PageStep): void;
}

/** With no total to go by, this many pages is more than any venue's list (500k rows at 50 a page). */
export const MAX_PAGES_WITHOUT_TOTAL = 10_000;

/**
 * Whether `page` ends the list, given `seen` rows so far. An empty page always does. With a total,
 * only reaching it does: a short page may just be a server capping the page size. Without one, a
 * short page ends the list only if the server told us its page size; otherwise the next page
 * (empty, normally) has to confirm it: one extra request at most.
 */
export function endsList(page: ListPage<unknown>, seen: number): boolean {
  if (page.served === 0) return true;
  if (page.total !== null) return seen >= page.total;
  return page.echoedSize !== null && page.served < page.echoedSize;
}

export interface WalkResult {
  seen: number;
  total: number | null;
  pageSize: number | null;
  shifted: boolean;
}

/**
 * Reads pages from `startPage` until `endsList`; throws ListIncompleteError when paging goes wrong.
 *
 * It also says whether the list changed under the walk (`shifted`): a total that moved between
 * two pages, or a page that repeats some of the rows of the page before (rows inserted ahead of
 * the read point). A deletion ahead of the read point slides the next rows back onto a page
 * already read, and no page shows them again: such a walk may have missed records, and rows it saw
 * may be gone, so its caller must not treat it as the whole list.
 */
export async function walkPages<T extends { id: string }>(
  ctx: SyncContext,
  spec: WalkSpec<T>,
): Promise<WalkResult> {
  const repeats = createRepeatCheck<T>();
  const limit = createPageLimit(spec.pagesBefore);
  const shift = createShiftCheck(spec.totalBefore ?? null, spec.shiftedBefore ?? false);
  let seen = spec.seenBefore;
  // The biggest page that was not the last: the size the server really pages by.
  let widest = 0;
  for (let page = spec.startPage; ; page++) {
    throwIfCancelled(ctx.signal);
    limit.check(spec.resource);
    const fetched = await spec.fetch(page, ctx.signal);
    throwIfCancelled(ctx.signal);
    limit.count(fetched);
    const novelty = repeats.classify(fetched);
    const shifted = shift.observe(fetched, novelty === 'overlap');
    const result = repeatsAsEnd(spec.resource, fetched, novelty);
    seen += result.served;
    const last = endsList(result, seen);
    if (!last) widest = Math.max(widest, result.echoedSize ?? result.served);
    // Only a size other than the one asked for is worth remembering; the biggest page wins, so
    // one odd short page in the middle of a list cannot shrink it.
    const pageSize = widest > 0 && widest !== result.requested ? widest : null;
    spec.onPage(result, { page, seen, last, pageSize, shifted });
    if (last) return { seen, total: result.total, pageSize, shifted };
  }
}

/** Remembers the last total seen and whether the list has moved since the walk began. */
function createShiftCheck(totalBefore: number | null, shiftedBefore: boolean) {
  let total = totalBefore;
  let shifted = shiftedBefore;
  return {
    observe(page: ListPage<unknown>, overlapsPrevious: boolean): boolean {
      if (overlapsPrevious) shifted = true;
      if (page.total !== null) {
        if (total !== null && page.total !== total) shifted = true;
        total = page.total;
      }
      return shifted;
    },
  };
}

/** new: all rows unseen; overlap: new rows, but some of the previous page's too (the list moved). */
type Novelty = 'new' | 'overlap' | 'clamped' | 'stuck';

/**
 * A page of nothing new means the server is ignoring `page`, clamping, or cycling back to the
 * start: stop rather than loop forever. One exception: the page fetched to confirm a short last
 * page may repeat it exactly, as servers that clamp past-the-end requests do; that confirms the
 * end, like an empty page would.
 */
function repeatsAsEnd<T>(resource: SyncResource, fetched: ListPage<T>, novelty: Novelty): ListPage<T> {
  if (novelty === 'new' || novelty === 'overlap') return fetched;
  if (novelty === 'clamped') return { ...fetched, records: [], served: 0 };
  throw new ListIncompleteError(
    resource,
    'The back end answered the next page with only records it had already sent, so the download ' +
      "was stopped and nothing was removed from this device's saved data.",
  );
}

/**
 * Compares each page's ids with the previous page's (a server ignoring `page` or clamping) and the
 * first page's (one wrapping around). Not every id of the pass: for 100k customers that set would
 * cost megabytes the memory target (P9) cannot spare; the page limit catches longer cycles.
 */
function createRepeatCheck<T extends { id: string }>() {
  let first: Set<string> | null = null;
  let previous: { ids: Set<string>; short: boolean } | null = null;
  return {
    classify(page: ListPage<T>): Novelty {
      // No readable rows (an empty page, or all skipped): nothing to compare; the limit still holds.
      if (page.records.length === 0) return 'new';
      const ids = new Set(page.records.map((r) => r.id));
      const known = (id: string) => first?.has(id) === true || previous?.ids.has(id) === true;
      const fresh = [...ids].some((id) => !known(id));
      const before = previous;
      first ??= ids;
      previous = { ids, short: page.served < page.requested };
      if (fresh) return before !== null && [...ids].some((id) => before.ids.has(id)) ? 'overlap' : 'new';
      const clamped = page.total === null && before?.short === true && sameIds(before.ids, ids);
      return clamped ? 'clamped' : 'stuck';
    },
  };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/**
 * A hard stop for a list that never ends: twice the pages the total implies (at the biggest page
 * seen so far) plus slack for rows added meanwhile, or MAX_PAGES_WITHOUT_TOTAL without a total.
 */
function createPageLimit(pagesBefore: number) {
  let pages = pagesBefore;
  let total: number | null = null;
  let rowsPerPage = 0;
  const limit = () =>
    total === null || rowsPerPage === 0 ? MAX_PAGES_WITHOUT_TOTAL : 2 * Math.ceil(total / rowsPerPage) + 10;
  return {
    check(resource: SyncResource): void {
      if (pages < limit()) return;
      throw new ListIncompleteError(
        resource,
        `The download passed ${limit()} pages without reaching the end of the list, so it was ` +
          "stopped and nothing was removed from this device's saved data.",
      );
    },
    count(page: ListPage<unknown>): void {
      pages += 1;
      if (page.total !== null) total = Math.max(total ?? 0, page.total);
      rowsPerPage = Math.max(rowsPerPage, page.served);
    },
  };
}
