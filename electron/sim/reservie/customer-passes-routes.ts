// Simulator (plain Node): /customer-passes (§7, seed shape): list with customerId/passId/status
// filters, get, assign (201, expiry from the pass validity), update remainingUses or expiryDate.
// `status` is computed on read from remainingUses and the UTC day on the virtual clock.
import { z } from 'zod';
import { isoSeconds } from '../common/dates';
import { json, param, type ApiRequest, type Route } from '../common/router';
import { invalid, notFound } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { pageReply, readPaging } from './paging';
import { expiryFor } from './pass-rules';
import type { ReservieStore } from './store';
import type { CustomerPass } from './types';
import { apiDay, customerPassView, passStatus } from './views';

const Assign = z.object({
  customerId: z.string().min(1),
  passId: z.string().min(1),
  startDate: z.iso.date().optional(),
  remainingUses: z.number().int().min(0).optional(),
});
const Update = z.object({ remainingUses: z.number().int().min(0), expiryDate: z.iso.date() }).partial();
const STATUSES = ['active', 'exhausted', 'expired'] as const;

export function customerPassRoutes(store: ReservieStore): Route[] {
  const find = (req: ApiRequest): CustomerPass => {
    const cp = store.customerPasses.get(param(req, 'id'));
    if (!cp) throw notFound('Customer pass');
    return cp;
  };
  const view = (req: ApiRequest) => (cp: CustomerPass) => customerPassView(cp, apiDay(req.now));
  return [
    { method: 'GET', pattern: '/customer-passes', handler: (req) => listCustomerPasses(store, req) },
    { method: 'GET', pattern: '/customer-passes/:id', handler: (req) => json(200, view(req)(find(req))) },
    {
      method: 'POST',
      pattern: '/customer-passes',
      handler: (req) => json(201, view(req)(assign(store, req))),
    },
    {
      method: 'PUT',
      pattern: '/customer-passes/:id',
      handler: (req) => {
        const cp = find(req);
        Object.assign(cp, parseBody(Update, req.body), { updatedAt: isoSeconds(req.now) });
        return json(200, view(req)(cp));
      },
    },
  ];
}

function listCustomerPasses(store: ReservieStore, req: ApiRequest) {
  const paging = readPaging(req.query);
  const today = apiDay(req.now);
  const customerId = req.query.get('customerId');
  const passId = req.query.get('passId');
  const status = req.query.get('status');
  if (status && !(STATUSES as readonly string[]).includes(status)) {
    throw invalid('status', `must be one of ${STATUSES.join(', ')}`);
  }
  // The per-customer index keeps the desk's "passes of this customer" look-up cheap at 100k.
  let rows: readonly CustomerPass[] = customerId ? store.passesOf(customerId) : store.customerPasses.all();
  if (passId) rows = rows.filter((cp) => cp.passId === passId);
  if (status) rows = rows.filter((cp) => passStatus(cp, today) === status);
  return pageReply('customerPasses', rows, paging, (cp) => customerPassView(cp, today));
}

function assign(store: ReservieStore, req: ApiRequest): CustomerPass {
  const input = parseBody(Assign, req.body);
  if (!store.customers.get(input.customerId)) throw invalid('customerId', 'no such customer');
  const pass = store.passes.get(input.passId);
  if (!pass) throw invalid('passId', 'no such pass');
  const startDate = input.startDate ?? apiDay(req.now);
  return store.addCustomerPass({
    id: store.nextId('cp'),
    customerId: input.customerId,
    passId: pass.id,
    remainingUses: input.remainingUses ?? pass.credits,
    startDate,
    expiryDate: expiryFor(pass, startDate),
    updatedAt: isoSeconds(req.now),
  });
}
