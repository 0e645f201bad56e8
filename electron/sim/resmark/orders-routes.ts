// Simulator (plain Node): orders (§7.5): POST /order, GET /order with the documented filters
// (day-granular created/modified ranges, inclusive, UTC days), GET /order/{id or confirmation}.
// Unfiltered pages are slices of the creation-ordered list, both ascending and descending.
import { csvParam, dayParam } from '../common/query';
import { param, type ApiRequest, type Route } from '../common/router';
import { invalid, notFound } from '../common/sim-error';
import { ok, pageOf, readLimitPage, type LimitPage } from './envelope';
import { placeOrder } from './order-rules';
import type { ResmarkStore } from './store';
import type { Order } from './types';
import { recordDay } from './venue-time';
import { orderView } from './views';

export function orderRoutes(store: ResmarkStore): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/order',
      handler: (req) => ok(orderView(store, placeOrder(store, req.body, req.principal, req.now))),
    },
    { method: 'GET', pattern: '/order', handler: (req) => listOrders(store, req) },
    {
      method: 'GET',
      pattern: '/order/:id',
      handler: (req) => {
        const order = store.findOrder(param(req, 'id'));
        if (!order) throw notFound(`Order ${param(req, 'id')}`);
        return ok(orderView(store, order));
      },
    },
  ];
}

type OrderFilter = (o: Order) => boolean;

function readFilters(q: URLSearchParams): OrderFilter[] {
  const filters: OrderFilter[] = [];
  const ids = csvParam(q, 'ids');
  const confirmations = csvParam(q, 'confirmationIds');
  const referenceId = q.get('referenceId');
  if (ids) filters.push((o) => ids.includes(o.id));
  if (confirmations) filters.push((o) => confirmations.includes(String(o.confirmation)));
  // Every referenceId an order was given finds it, also one sent when a cart joined it later.
  if (referenceId) filters.push((o) => o.payments.some((p) => p.referenceId === referenceId));
  for (const [field, get] of [
    ['Created', (o: Order) => o.createdMs],
    ['Modified', (o: Order) => o.modifiedMs],
  ] as const) {
    const from = dayParam(q, `from${field}Date`);
    const to = dayParam(q, `to${field}Date`);
    if (to && !from) throw invalid(`from${field}Date`, `is required with to${field}Date`);
    if (from) filters.push((o) => recordDay(get(o)) >= from && (!to || recordDay(get(o)) <= to));
  }
  return filters;
}

function listOrders(store: ResmarkStore, req: ApiRequest) {
  const paging = readLimitPage(req.query);
  const sort = (req.query.get('sortOrder') ?? 'asc').toLowerCase();
  if (sort !== 'asc' && sort !== 'desc') throw invalid('sortOrder', 'must be asc or desc');
  const filters = readFilters(req.query);
  const all = store.orders.all();
  const rows =
    filters.length === 0
      ? unfilteredPage(all, paging, sort)
      : pageOf(
          sortRows(
            all.filter((o) => filters.every((f) => f(o))),
            sort,
          ),
          paging,
        );
  return ok(rows.map((o) => orderView(store, o)));
}

/** Ids grow with creation time, so id order is list order: a page is a slice, never a sort. */
function unfilteredPage(all: readonly Order[], paging: LimitPage, sort: 'asc' | 'desc'): Order[] {
  if (sort === 'asc') return pageOf(all, paging);
  const end = Math.max(0, all.length - paging.offset);
  return all.slice(Math.max(0, end - paging.limit), end).reverse();
}

function sortRows(rows: Order[], sort: 'asc' | 'desc'): Order[] {
  return sort === 'asc' ? rows : rows.reverse();
}
