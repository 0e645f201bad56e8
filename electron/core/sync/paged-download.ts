// Core (plain Node): the resumable, page-at-a-time full download every paged resource shares.
// Each page is upserted together with the cursor that points past it, in one transaction, so a
// kill -9 at any moment costs at most the page that was in flight.
import type { SyncResource } from '../../../shared/domain/sync-resources';
import type { RecordFor } from '../store/cache-store';
import { walkPages, type ListPage, type PageStep } from './page-walk';
import { ListIncompleteError } from './sync-errors';
import type { PagedCursor, SyncContext } from './sync-types';

/** The resources read as paged lists (availability is read per product and date range instead). */
export type PagedResourceName = Exclude<SyncResource, 'availability'>;

export type Page<R extends PagedResourceName> = ListPage<RecordFor<R>>;

export interface PagedResource<R extends PagedResourceName> {
  resource: R;
  /** First page number of the API: 1 for Reservie, 0 for Resmark. */
  firstPage: number;
  fetchPage(page: number, signal: AbortSignal): Promise<Page<R>>;
}

type FullCursor = Extract<PagedCursor, { mode: 'full' }>;

/** Lists at most this long may shrink by half between passes without anyone being warned. */
const SMALL_LIST = 100;

/**
 * A pass that ends with under half the rows the last complete pass saw (of a list of some size)
 * is far likelier a server cutting the list short than real deletions; sweeping would empty the
 * cache. Without a previous count there is nothing to lose, so any pass is trusted.
 */
export function tooShortToTrust(seen: number, expected: number | null | undefined): boolean {
  return expected != null && expected > SMALL_LIST && seen < expected / 2;
}

/**
 * Passes in a row a list may change under before this run gives up on it. Each pass that saw the
 * list move is followed at once by a fresh one (a new generation, so rows deleted meanwhile are
 * swept by the pass that completes); a list still moving after this many is left for the next run.
 */
export const MAX_PASSES_WHILE_SHIFTING = 3;

/**
 * Downloads every page, resuming an interrupted full pass, then sweeps what the pass did not see.
 * A pass during which the list changed is not the whole list: it is read again, whole, before the
 * list is called done or anything is swept.
 */
export async function downloadAll<R extends PagedResourceName>(
  ctx: SyncContext,
  spec: PagedResource<R>,
): Promise<number> {
  for (let pass = 1; ; pass++) {
    const result = await downloadPass(ctx, spec);
    if (!result.shifted) return result.seen;
    if (pass >= MAX_PASSES_WHILE_SHIFTING) throw shiftingError(spec.resource, pass);
  }
}

async function downloadPass<R extends PagedResourceName>(
  ctx: SyncContext,
  spec: PagedResource<R>,
): Promise<{ seen: number; shifted: boolean }> {
  const { store, backend } = ctx;
  const cursor = startOrResume(ctx, spec);
  ctx.progress(spec.resource, cursor.done, cursor.total);
  const { seen, total, shifted } = await walkPages(ctx, {
    resource: spec.resource,
    startPage: cursor.nextPage,
    pagesBefore: cursor.nextPage - spec.firstPage,
    seenBefore: cursor.done,
    totalBefore: cursor.total,
    shiftedBefore: cursor.shifted === true,
    fetch: spec.fetchPage,
    onPage: (page, step) => {
      const next = cursorAfter(cursor, spec.firstPage, page, step);
      store.writePage({
        backend,
        resource: spec.resource,
        gen: cursor.gen,
        records: page.records,
        cursor: next,
      });
      ctx.progress(spec.resource, step.seen, page.total);
    },
  });
  // The rows it did see are kept (upserted); the fresh pass cursorAfter left starts now.
  if (shifted) return { seen, shifted };
  if (untrusted(cursor, seen, total)) throw shortPassError(spec.resource, seen, cursor.expect ?? 0);
  ctx.progress(spec.resource, seen, total ?? seen);
  // Only a complete pass may delete: anything it did not see is gone from the back end.
  await sweepInBatches(ctx, spec.resource, cursor.gen);
  store.markSyncComplete(backend, spec.resource, { full: true, at: ctx.clock.now().toISOString() });
  return { seen, shifted };
}

/**
 * Whether a finished pass is too short to sweep after. The same short count twice in a row, with no
 * total saying otherwise, is taken as real: the venue did delete those records.
 */
function untrusted(cursor: FullCursor, seen: number, total: number | null): boolean {
  if (!tooShortToTrust(seen, cursor.expect)) return false;
  const confirmed = cursor.shortSeen === seen && (total === null || total <= seen);
  return !confirmed;
}

/** The interrupted pass to resume, or a new one expecting about as many rows as the last complete pass. */
function startOrResume<R extends PagedResourceName>(ctx: SyncContext, spec: PagedResource<R>): FullCursor {
  const saved = ctx.store.getSyncState(ctx.backend, spec.resource)?.cursor as PagedCursor | undefined;
  const now = ctx.clock.now().toISOString();
  if (saved?.mode === 'full') {
    // A fresh pass left queued by the last one starts now; a resumed one keeps its start (if known).
    return saved.startedAt || saved.done > 0 ? saved : { ...saved, startedAt: now };
  }
  return {
    mode: 'full',
    gen: (saved?.gen ?? 0) + 1,
    nextPage: spec.firstPage,
    done: 0,
    total: null,
    expect: saved?.knownTotal ?? null,
    pageSize: saved?.pageSize,
    startedAt: now,
  };
}

/** What to store with a page: where to resume, or (after the last page) the idle state. */
function cursorAfter(
  cursor: FullCursor,
  firstPage: number,
  page: ListPage<unknown>,
  step: PageStep,
): PagedCursor {
  const pageSize = step.pageSize ?? cursor.pageSize;
  if (!step.last) {
    const next = { ...cursor, nextPage: step.page + 1, done: step.seen, total: page.total, pageSize };
    return step.shifted ? { ...next, shifted: true } : next;
  }
  // The list moved under this pass: start a fresh one (a new generation), still expecting the
  // old count. A moving list cannot confirm a mass deletion either, so shortSeen is dropped.
  if (step.shifted) {
    return {
      mode: 'full',
      gen: cursor.gen + 1,
      nextPage: firstPage,
      done: 0,
      total: null,
      expect: cursor.expect,
      pageSize,
    };
  }
  // An untrusted pass leaves a fresh pass to start next time, still expecting the old count, so
  // the check holds until a pass sees the list whole again.
  if (untrusted(cursor, step.seen, page.total)) {
    const next = { ...cursor, gen: cursor.gen + 1, nextPage: firstPage, done: 0, total: null, pageSize };
    return { ...next, shortSeen: step.seen, startedAt: undefined };
  }
  const idle: PagedCursor = { mode: 'idle', gen: cursor.gen, knownTotal: page.total ?? step.seen, pageSize };
  // A whole pass also ends any rolling lap: the next lap starts from the first page.
  return cursor.startedAt ? { ...idle, wholeSince: cursor.startedAt } : idle;
}

function shiftingError(resource: SyncResource, passes: number): ListIncompleteError {
  return new ListIncompleteError(
    resource,
    `The list changed while it was being read, ${passes} times in a row, so it could not be read whole ` +
      "and nothing was removed from this device's saved data. The next sync reads it again.",
  );
}

function shortPassError(resource: SyncResource, seen: number, expected: number): ListIncompleteError {
  return new ListIncompleteError(
    resource,
    `The back end listed only ${seen} records where the last complete download had ${expected}, so ` +
      "nothing was removed from this device's saved data. If they really were deleted, the next sync " +
      'that finds the same number will remove them.',
  );
}

/** Rows per sweep transaction: ~25 ms at most, so the event loop never stalls for long (target P6). */
const SWEEP_BATCH = 250;

async function sweepInBatches(ctx: SyncContext, resource: SyncResource, gen: number): Promise<void> {
  while (ctx.store.sweepBatch(ctx.backend, resource, gen, SWEEP_BATCH) === SWEEP_BATCH) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}
