// Simulator (plain Node): GET /report/order/transactionDate (§7.6): one record per order create
// or modify, keyed by the day it happened. Reports are a nightly batch, so a day's records appear
// only once that day is over on the virtual clock. At least one of a transaction-date range, a
// product-start range, orderIds or confirmationIds is required.
import { csvParam, dayParam } from '../common/query';
import type { ApiRequest, Route } from '../common/router';
import { badRequest } from '../common/sim-error';
import { ok } from './envelope';
import type { ResmarkStore } from './store';
import type { Order, OrderTransaction } from './types';
import { recordDay } from './venue-time';
import { orderItemView, referenceIdOf } from './views';

export function reportRoutes(store: ResmarkStore): Route[] {
  return [
    { method: 'GET', pattern: '/report/order/transactionDate', handler: (req) => orderReport(store, req) },
  ];
}

function orderReport(store: ResmarkStore, req: ApiRequest) {
  const q = req.query;
  const from = dayParam(q, 'from');
  const to = dayParam(q, 'to');
  const startFrom = dayParam(q, 'fromProductStartDate');
  const startTo = dayParam(q, 'toProductStartDate');
  const orderIds = csvParam(q, 'orderIds');
  const confirmations = csvParam(q, 'confirmationIds');
  const productNumbers = csvParam(q, 'productNumbers');
  if (!from && !to && !startFrom && !startTo && !orderIds && !confirmations) {
    throw badRequest(
      'Give at least one of: from/to, fromProductStartDate/toProductStartDate, orderIds, confirmationIds',
    );
  }
  const today = recordDay(req.now);
  const starts = (o: Order) => o.items.map((i) => recordDay(i.startMs));
  const numberOf = (productId: string) => String(store.products.get(productId)?.view.productNumber ?? '');
  const keep = (t: OrderTransaction, o: Order): boolean => {
    const day = recordDay(t.at);
    return (
      day < today &&
      (!from || day >= from) &&
      (!to || day <= to) &&
      (!(startFrom || startTo) ||
        starts(o).some((d) => (!startFrom || d >= startFrom) && (!startTo || d <= startTo))) &&
      (!orderIds || orderIds.includes(o.id)) &&
      (!confirmations || confirmations.includes(String(o.confirmation))) &&
      (!productNumbers || o.items.some((i) => productNumbers.includes(numberOf(i.productId))))
    );
  };
  const records = [];
  for (const t of store.transactions) {
    const order = store.orders.get(t.orderId);
    if (order && keep(t, order)) records.push(reportRecord(store, t, order));
  }
  records.sort((a, b) => a.transactionTime.localeCompare(b.transactionTime));
  return ok(records);
}

/** Record fields are past the truncation in the docs (§7.6): these are our choice. */
function reportRecord(store: ResmarkStore, t: OrderTransaction, order: Order) {
  return {
    transactionDate: recordDay(t.at),
    transactionTime: new Date(t.at).toISOString(),
    transactionType: t.kind,
    orderId: order.id,
    confirmation: order.confirmation,
    referenceId: referenceIdOf(order),
    createdDate: new Date(order.createdMs).toISOString(),
    customer: order.customer,
    items: order.items.map((item) => ({
      ...orderItemView(store, item),
      productNumber: store.products.get(item.productId)?.view.productNumber ?? null,
    })),
    total: order.total,
    amountPaid: order.total,
  };
}
