// Simulator (plain Node): GET /product/{id|number}/item?from&to (§7.2, path from public clients):
// dated slots with prices by tier and seats left. `from`/`to` take `YYYY-MM-DD` or `YYYY-MM`
// (a month means its first or last day); both default to today; `to` is inclusive.
import { addDays, addMonths, parseDay } from '../common/dates';
import { param, type ApiRequest, type Route } from '../common/router';
import { invalid } from '../common/sim-error';
import { ok } from './envelope';
import { findProduct } from './products-routes';
import { tiersAvailable } from './seats';
import type { ResmarkStore } from './store';
import type { Slot } from './types';
import { venueDay } from './venue-time';

const MAX_RANGE_DAYS = 400;

export function inventoryRoutes(store: ResmarkStore): Route[] {
  return [{ method: 'GET', pattern: '/product/:searchTerm/item', handler: (req) => inventory(store, req) }];
}

function inventory(store: ResmarkStore, req: ApiRequest) {
  const product = findProduct(store, param(req, 'searchTerm'));
  const today = venueDay(req.now);
  const from = readDay(req.query.get('from'), 'from', 'start') ?? today;
  const to = readDay(req.query.get('to'), 'to', 'end') ?? monthEndIfMonth(req.query.get('from'), from);
  if (to < from) throw invalid('to', 'must not be before from');
  if ((parseDay(to) ?? 0) - (parseDay(from) ?? 0) > MAX_RANGE_DAYS * 86_400_000) {
    throw invalid('to', `range is limited to ${MAX_RANGE_DAYS} days`);
  }
  const days = store.slotsByProduct.get(product.id) ?? new Map<string, Slot[]>();
  const items: { date: string; timesAvailable: unknown[] }[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const slots = days.get(day);
    if (!slots?.length) continue;
    const timesAvailable = slots.map((s) => ({
      activityId: s.activityId,
      productId: s.productId,
      startTime: new Date(s.startMs).toISOString(),
      endTime: new Date(s.endMs).toISOString(),
      price: product.prices,
      tiersAvailable: tiersAvailable(s),
    }));
    items.push({ date: day, timesAvailable });
  }
  return ok({ items });
}

function readDay(raw: string | null, name: string, edge: 'start' | 'end'): string | null {
  if (raw === null || raw === '') return null;
  if (/^\d{4}-\d{2}$/.test(raw) && parseDay(`${raw}-01`) !== null) {
    return edge === 'start' ? `${raw}-01` : addDays(addMonths(`${raw}-01`, 1), -1);
  }
  if (parseDay(raw) === null) throw invalid(name, 'must be YYYY-MM-DD or YYYY-MM');
  return raw;
}

function monthEndIfMonth(rawFrom: string | null, from: string): string {
  return rawFrom && /^\d{4}-\d{2}$/.test(rawFrom) ? addDays(addMonths(from, 1), -1) : from;
}
