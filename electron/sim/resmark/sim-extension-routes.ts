// Simulator (plain Node): test-only extensions under /_sim, never part of Resmark (§8.1): record
// and list check-ins, and edit a product so `lastModified` moves (products have no write API).
import { z } from 'zod';
import { dayParam } from '../common/query';
import { json, param, type ApiRequest, type Route } from '../common/router';
import { invalid, notFound } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { findProduct } from './products-routes';
import type { ResmarkStore } from './store';
import type { Checkin } from './types';
import { recordDay } from './venue-time';

const CheckinInput = z.object({ itemIndex: z.number().int().min(0).nullish() });
const ProductEdit = z.object({ name: z.string().trim().min(1), shortDescription: z.string() }).partial();

const checkinView = (c: Checkin) => ({ ...c, at: new Date(c.at).toISOString() });

export function resmarkSimRoutes(store: ResmarkStore): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/order/:id/checkin',
      handler: (req) => json(201, checkinView(checkIn(store, req))),
    },
    {
      method: 'GET',
      pattern: '/checkins',
      handler: (req) => {
        const day = dayParam(req.query, 'date') ?? recordDay(req.now);
        return json(200, {
          checkins: store.checkins.filter((c) => recordDay(c.at) === day).map(checkinView),
        });
      },
    },
    {
      method: 'PATCH',
      pattern: '/products/:id',
      handler: (req) => {
        const product = findProduct(store, param(req, 'id'));
        Object.assign(product.view, parseBody(ProductEdit, req.body), {
          lastModified: new Date(req.now).toISOString(),
        });
        return json(200, product.view);
      },
    },
  ];
}

function checkIn(store: ResmarkStore, req: ApiRequest): Checkin {
  const order = store.findOrder(param(req, 'id'));
  if (!order) throw notFound(`Order ${param(req, 'id')}`);
  const { itemIndex } = parseBody(CheckinInput, req.body);
  if (itemIndex != null && !order.items[itemIndex]) throw invalid('itemIndex', 'no such item on the order');
  const checkin: Checkin = {
    id: `chk_${store.checkins.length + 1}`,
    orderId: order.id,
    confirmation: order.confirmation,
    itemIndex: itemIndex ?? null,
    at: req.now,
  };
  store.checkins.push(checkin);
  return checkin;
}
