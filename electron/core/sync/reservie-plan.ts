// Core (plain Node): how the Reservie v1 cache is kept fresh. v1 has no "modified since" filter,
// so: small catalogues (passes, events) are re-read whole every time; customers and customer
// passes are re-read whole once a day (or on demand) and, in between, only their new tail is
// read (lists are in creation order); today's registers are re-read every time.
import type { Paged, ReservieClient, ReserviePageOptions } from '../backends/reservie/reservie-client';
import type { RecordFor } from '../store/cache-store';
import { fromReservie } from './list-pages';
import { downloadAll, type PagedResource, type PagedResourceName } from './paged-download';
import { readNewTail } from './tail-download';
import { syncTodaysRegistrations } from './registrations-step';
import { defineStep, type SyncContext, type SyncStep } from './sync-types';

/** The v1 maximum page size: fewest requests against the 100-per-minute budget. */
export const RESERVIE_PAGE_SIZE = 100;
/** How often customers and customer passes get a complete re-read that catches edits and deletions. */
export const RESERVIE_FULL_EVERY_MS = 24 * 60 * 60 * 1000;

export type ReservieSource = Pick<
  ReservieClient,
  'listCustomers' | 'listEvents' | 'listPasses' | 'listCustomerPasses' | 'listRegistrations'
>;

export function reserviePlan(client: ReservieSource): SyncStep[] {
  const customers = pager('customers', (o) => client.listCustomers(o));
  const customerPasses = pager('customerPasses', (o) => client.listCustomerPasses(o));
  const fullOrTail = (ctx: SyncContext, spec: PagedResource<'customers' | 'customerPasses'>) =>
    needsFull(ctx, spec.resource) ? downloadAll(ctx, spec) : readNewTail(ctx, spec, RESERVIE_PAGE_SIZE);
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

function needsFull(ctx: SyncContext, resource: PagedResourceName): boolean {
  if (ctx.full) return true;
  const state = ctx.store.getSyncState(ctx.backend, resource);
  const cursor = state?.cursor as { mode?: string } | undefined;
  if (!state?.lastFullSyncAt || cursor?.mode !== 'idle') return true; // never finished, or interrupted
  return ctx.clock.now().getTime() - Date.parse(state.lastFullSyncAt) > RESERVIE_FULL_EVERY_MS;
}
