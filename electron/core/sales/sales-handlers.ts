// Core (plain Node): the `sales:` calls (desk only). The work is in sales-service.ts; this maps calls.
import type { DomainHandlers } from '../ipc/handler-map';
import type { SalesService } from './sales-service';

export interface SalesHandlerDeps {
  sales: SalesService;
}

export function salesHandlers(
  d: SalesHandlerDeps,
): DomainHandlers<
  | 'sales:availability'
  | 'sales:sell'
  | 'sales:receipt'
  | 'sales:today'
  | 'sales:holdSeats'
  | 'sales:holdState'
  | 'sales:releaseSeats'
  | 'sales:products'
> {
  return {
    'sales:availability': (query) => d.sales.availability(query),
    'sales:sell': (request) => d.sales.sell(request),
    'sales:receipt': ({ referenceId }) => d.sales.receipt(referenceId),
    'sales:today': (query) => d.sales.today(query?.date),
    'sales:holdSeats': ({ activityId, participants }) => d.sales.holdSeats(activityId, participants),
    'sales:holdState': ({ holdId }) => d.sales.holdState(holdId),
    'sales:releaseSeats': async ({ holdId }) => {
      await d.sales.releaseSeats(holdId);
      return { released: true as const };
    },
    'sales:products': (query) => d.sales.products(query?.activityId),
  };
}
