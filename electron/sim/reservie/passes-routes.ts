// Simulator (plain Node): the pass catalogue (§7): list, get, create, update; no DELETE in v1.
// Shape per the §7 [A] example; "unlimited" passes carry a large credit count, as Reservie's do.
import { z } from 'zod';
import { isoSeconds } from '../common/dates';
import { json, param, type ApiRequest, type Route } from '../common/router';
import { notFound } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { pageReply, readPaging } from './paging';
import type { ReservieStore } from './store';
import type { Pass } from './types';

const PassFields = z.object({
  name: z.string().trim().min(1).max(200),
  credits: z.number().int().min(1).max(9999),
  price: z.number().int().min(0),
  validityPeriod: z.number().int().min(1).max(1000),
  validityUnit: z.enum(['days', 'weeks', 'months']),
});
const PassCreate = PassFields.extend({ price: PassFields.shape.price.default(0) });
const PassUpdate = PassFields.partial();

export function passRoutes(store: ReservieStore): Route[] {
  const find = (req: ApiRequest): Pass => {
    const pass = store.passes.get(param(req, 'id'));
    if (!pass) throw notFound('Pass');
    return pass;
  };
  return [
    {
      method: 'GET',
      pattern: '/passes',
      handler: (req) => pageReply('passes', store.passes.all(), readPaging(req.query), (p) => p),
    },
    { method: 'GET', pattern: '/passes/:id', handler: (req) => json(200, find(req)) },
    {
      method: 'POST',
      pattern: '/passes',
      handler: (req) => {
        const input = parseBody(PassCreate, req.body);
        return json(
          201,
          store.passes.add({ id: store.nextId('pass'), ...input, createdAt: isoSeconds(req.now) }),
        );
      },
    },
    {
      method: 'PUT',
      pattern: '/passes/:id',
      handler: (req) => json(200, Object.assign(find(req), parseBody(PassUpdate, req.body))),
    },
  ];
}
