// Simulator (plain Node): /customers CRUD (§7). E-mail is required, as the seed's own error
// example says ("The email field is required.", details.field "email"), and unique per company
// (409 duplicate_customer, §10.8 [A]); `email` and `search` list filters are the §10.8 assumption.
import { z } from 'zod';
import { isoSeconds } from '../common/dates';
import { json, param, type ApiRequest, type Route } from '../common/router';
import { notFound, SimError } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { pageReply, readPaging } from './paging';
import type { ReservieStore } from './store';
import type { Customer } from './types';

const nameField = z.string().trim().min(1).max(100);
const CustomerCreate = z.object({
  firstName: nameField,
  lastName: nameField,
  // Blank is read as absent, so "" gets the required message rather than "invalid e-mail".
  email: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.email().max(200).nullish(),
  ),
  phone: z.string().trim().max(40).nullish(),
});
const CustomerUpdate = CustomerCreate.partial();

export function customerRoutes(store: ReservieStore): Route[] {
  const find = (req: ApiRequest): Customer => {
    const customer = store.customers.get(param(req, 'id'));
    if (!customer) throw notFound('Customer');
    return customer;
  };
  return [
    { method: 'GET', pattern: '/customers', handler: (req) => listCustomers(store, req) },
    { method: 'GET', pattern: '/customers/:id', handler: (req) => json(200, find(req)) },
    { method: 'POST', pattern: '/customers', handler: (req) => json(201, createCustomer(store, req)) },
    {
      method: 'PUT',
      pattern: '/customers/:id',
      handler: (req) => {
        const customer = find(req);
        const change = parseBody(CustomerUpdate, req.body);
        // Present but null or blank would clear it: refused like a create without one.
        if (change.email === null) throw emailRequired();
        if (change.email) assertEmailFree(store, change.email, customer.id);
        return json(200, store.updateCustomer(customer, { ...change, updatedAt: isoSeconds(req.now) }));
      },
    },
    {
      method: 'DELETE',
      pattern: '/customers/:id',
      handler: (req) => {
        if (!store.removeCustomer(find(req).id)) throw notFound('Customer');
        return { status: 204 };
      },
    },
  ];
}

function listCustomers(store: ReservieStore, req: ApiRequest) {
  const paging = readPaging(req.query);
  const email = req.query.get('email')?.trim();
  const search = req.query.get('search')?.trim().toLowerCase();
  let rows: readonly Customer[] = store.customers.all();
  if (email) {
    const id = store.customerIdByEmail(email);
    const hit = id ? store.customers.get(id) : undefined;
    rows = hit ? [hit] : [];
  }
  if (search) {
    rows = rows.filter((c) =>
      [`${c.firstName} ${c.lastName}`, c.email ?? '', c.phone ?? ''].some((f) =>
        f.toLowerCase().includes(search),
      ),
    );
  }
  return pageReply('customers', rows, paging, (c) => c);
}

function createCustomer(store: ReservieStore, req: ApiRequest): Customer {
  const input = parseBody(CustomerCreate, req.body);
  if (!input.email) throw emailRequired();
  assertEmailFree(store, input.email, null);
  const at = isoSeconds(req.now);
  return store.addCustomer({
    id: store.nextId('cust'),
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone ?? null,
    createdAt: at,
    updatedAt: at,
  });
}

/** The seed's wording; checked after the names so a body missing both names its first field. */
function emailRequired(): SimError {
  return new SimError(400, 'validation_error', 'The email field is required.', {
    field: 'email',
    reason: 'required',
  });
}

function assertEmailFree(store: ReservieStore, email: string, selfId: string | null): void {
  const existingId = store.customerIdByEmail(email);
  if (existingId && existingId !== selfId) {
    throw new SimError(409, 'duplicate_customer', 'A customer with this e-mail already exists', {
      field: 'email',
      existingId,
    });
  }
}
