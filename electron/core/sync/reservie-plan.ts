// Core (plain Node): how the Reservie v1 cache is kept fresh. v1 has no "modified since" filter,
// so: small catalogues (passes, events) are re-read whole every time; customers and customer
// passes are re-read whole once a day (or on demand), which alone may sweep deletions; in between
// their new tail is read (lists are in creation order) and the rolling refresh re-reads a slice of
// each, so edits show within the freshness target (F1); today's registers are re-read every time.
import type { Paged, ReservieClient, ReserviePageOptions } from '../backends/reservie/reservie-client';
import type { RecordFor } from '../store/cache-store';
import { fromReservie } from './list-pages';
import { downloadAll, type PagedResource, type PagedResourceName } from './paged-download';
import { readNewTail } from './tail-download';
import { syncTodaysRegistrations } from './registrations-step';
import { refreshPace } from './rolling-pace';
import { refreshSlice } from './rolling-refresh';
import { SYNC_EVERY_MS } from './sync-scheduler';
import { defineStep, type PagedCursor, type SyncContext, type SyncStep } from './sync-types';

/** The v1 maximum page size: fewest requests against the 100-per-minute budget. */
export const RESERVIE_PAGE_SIZE = 100;
/** How often customers and customer passes get a complete re-read that catches edits and deletions. */
export const RESERVIE_FULL_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * Requests a minute the rolling refresh may use: about 70 % of the background lane (100 a minute
 * less the 8 % kept for the desk), leaving room for the catalogues, tails and today's registers.
 */
export const ROLLING_REQUESTS_PER_MINUTE = 64;

export interface RollingOptions {
  /** How often a run starts; the scheduler's interval unless a test or bench says otherwise. */
  runEveryMs: number;
  requestsPerMinute: number;
}

export type ReservieSource = Pick<
  ReservieClient,
  'listCustomers' | 'listEvents' | 'listPasses' | 'listCustomerPasses' | 'listRegistrations'
>;

/** `rolling: null` turns the rolling refresh off (tests of the tail read alone). */
export function reserviePlan(
  client: ReservieSource,
  opts: { rolling?: RollingOptions | null } = {},
): SyncStep[] {
  const rolling =
    opts.rolling === undefined
      ? { runEveryMs: SYNC_EVERY_MS, requestsPerMinute: ROLLING_REQUESTS_PER_MINUTE }
      : opts.rolling;
  const customers = pager('customers', (o) => client.listCustomers(o));
  const customerPasses = pager('customerPasses', (o) => client.listCustomerPasses(o));
  const fullOrTail = async (ctx: SyncContext, spec: PagedResource<'customers' | 'customerPasses'>) => {
    const lastFull = () => ctx.store.getSyncState(ctx.backend, spec.resource)?.lastFullSyncAt;
    const before = lastFull();
    if (needsFull(ctx, spec.resource)) await downloadAll(ctx, spec);
    else await readNewTail(ctx, spec, RESERVIE_PAGE_SIZE);
    // A list just read whole needs no slice re-read this run.
    if (!rolling || lastFull() !== before) return;
    const pagesPerRun = rollingPace(ctx, rolling).pagesPerRun[spec.resource] ?? 0;
    await refreshSlice(ctx, spec, {
      pagesPerRun,
      runEveryMs: rolling.runEveryMs,
      pageSize: RESERVIE_PAGE_SIZE,
    });
  };
  const whole = <R extends PagedResourceName>(spec: PagedResource<R>) =>
    defineStep(spec.resource, (ctx) => downloadAll(ctx, spec).then(() => {}));

  return [
    whole(pager('passes', (o) => client.listPasses(o))),
    whole(pager('events', (o) => client.listEvents(o))),
    defineStep('customers', (ctx) => fullOrTail(ctx, customers).then(() => {})),
    defineStep('customerPasses', (ctx) => fullOrTail(ctx, customerPasses).then(() => {})),
    // Today's sessions are read from the cached events; after a failed events read they may be
    // stale (moved, cancelled), so the registers wait for a run that read them.
    defineStep('registrations', (ctx) => syncTodaysRegistrations(ctx, client), ['events']),
  ];
}

/** A v1 list as a resumable paged resource: pages from 1, the biggest page v1 allows, background lane. */
function pager<R extends PagedResourceName>(
  resource: R,
  list: (o: ReserviePageOptions) => Promise<Paged<RecordFor<R>>>,
): PagedResource<R> {
  return {
    resource,
    firstPage: 1,
    fetchPage: async (page, signal) =>
      fromReservie(
        await list({ page, perPage: RESERVIE_PAGE_SIZE, lane: 'background', signal }),
        RESERVIE_PAGE_SIZE,
      ),
  };
}

/** The rolling refresh's pace for the list sizes the last whole passes saw. */
export function rollingPace(ctx: SyncContext, rolling: RollingOptions) {
  const size = (resource: 'customers' | 'customerPasses') => {
    const cursor = ctx.store.getSyncState(ctx.backend, resource)?.cursor as PagedCursor | undefined;
    return cursor?.mode === 'idle' ? (cursor.knownTotal ?? 0) : 0;
  };
  return refreshPace({
    lists: [
      { resource: 'customers', records: size('customers'), pageSize: RESERVIE_PAGE_SIZE },
      { resource: 'customerPasses', records: size('customerPasses'), pageSize: RESERVIE_PAGE_SIZE },
    ],
    customers: size('customers'),
    ...rolling,
  });
}

function needsFull(ctx: SyncContext, resource: PagedResourceName): boolean {
  if (ctx.full) return true;
  const state = ctx.store.getSyncState(ctx.backend, resource);
  const cursor = state?.cursor as { mode?: string } | undefined;
  if (!state?.lastFullSyncAt || cursor?.mode !== 'idle') return true; // never finished, or interrupted
  return ctx.clock.now().getTime() - Date.parse(state.lastFullSyncAt) > RESERVIE_FULL_EVERY_MS;
}
