// Contract tests (plain Node, real HTTP): Reservie v1 /customers (§7, §10.8): shapes, CRUD,
// validation, duplicate e-mail, filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, NO_LIMIT, reservieToken, TEST_START, type Api, type V1Error } from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';
import type { Customer } from './types';

interface CustomerList {
  customers: Customer[];
  total: number;
  page: number;
  perPage: number;
}

let sim: RunningSim;
let v1: Api;
beforeAll(async () => {
  sim = await startReservieSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  v1 = api(sim.baseUrl, await reservieToken(sim));
});
afterAll(() => sim.close());

const CUSTOMER_KEYS = ['createdAt', 'email', 'firstName', 'id', 'lastName', 'phone', 'updatedAt'];

describe('GET /customers', () => {
  it('lists customers in the documented envelope and shape', async () => {
    const res = await v1.get<CustomerList>('/customers');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(Object.keys(res.body).sort()).toEqual(['customers', 'page', 'perPage', 'total']);
    expect(res.body).toMatchObject({ page: 1, perPage: 25 });
    expect(res.body.total).toBeGreaterThanOrEqual(2000);
    const [first] = res.body.customers;
    expect(Object.keys(first ?? {}).sort()).toEqual(CUSTOMER_KEYS);
    expect(first?.id).toMatch(/^cust_\d+$/);
    expect(first?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('filters by exact e-mail (case-insensitive) and by a search term', async () => {
    const some = (await v1.get<CustomerList>('/customers?page=3')).body.customers.find((c) => c.email);
    const byEmail = await v1.get<CustomerList>(
      `/customers?email=${encodeURIComponent(some?.email?.toUpperCase() ?? '')}`,
    );
    expect(byEmail.body.customers.map((c) => c.id)).toEqual([some?.id]);
    expect(byEmail.body.total).toBe(1);
    const search = await v1.get<CustomerList>(
      `/customers?search=${encodeURIComponent(some?.lastName ?? '')}&perPage=100`,
    );
    expect(search.body.total).toBeGreaterThan(0);
    for (const c of search.body.customers) {
      expect(`${c.firstName} ${c.lastName} ${c.email}`.toLowerCase()).toContain(some?.lastName.toLowerCase());
    }
  });
});

describe('customer CRUD', () => {
  it('creates (201), reads, updates and deletes a customer', async () => {
    const created = await v1.post<Customer>('/customers', {
      firstName: 'Jane',
      lastName: 'Smith',
      email: 'jane.crud@example.com',
      phone: '07700 900123',
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(CUSTOMER_KEYS);
    expect(created.body).toMatchObject({
      firstName: 'Jane',
      lastName: 'Smith',
      email: 'jane.crud@example.com',
    });
    const id = created.body.id;
    expect((await v1.get<Customer>(`/customers/${id}`)).body).toEqual(created.body);

    const updated = await v1.put<Customer>(`/customers/${id}`, { lastName: 'Jones' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      id,
      firstName: 'Jane',
      lastName: 'Jones',
      email: 'jane.crud@example.com',
    });

    const list = await v1.get<CustomerList>('/customers?perPage=1&page=1000000');
    const last = await v1.get<CustomerList>(`/customers?perPage=1&page=${list.body.total}`);
    expect(last.body.customers[0]?.id).toBe(id);

    const deleted = await v1.del(`/customers/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const gone = await v1.get<V1Error>(`/customers/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('not_found');
    expect((await v1.del(`/customers/${id}`)).status).toBe(404);
  });

  it('accepts a walk-up customer without a phone', async () => {
    const res = await v1.post<Customer>('/customers', {
      firstName: 'Walk',
      lastName: 'Up',
      email: 'walk.up.nophone@example.com',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'walk.up.nophone@example.com', phone: null });
  });

  // The seed's own error example (reservie.md §6): the words and the field, as Reservie says them.
  it.each([{}, { email: null }, { email: '  ' }])(
    'refuses a customer without an e-mail (%j) with "The email field is required."',
    async (extra) => {
      const before = (await v1.get<CustomerList>('/customers?perPage=1')).body.total;
      const res = await v1.post<V1Error>('/customers', { firstName: 'No', lastName: 'Mail', ...extra });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'validation_error',
        message: 'The email field is required.',
        details: { field: 'email' },
      });
      expect((await v1.get<CustomerList>('/customers?perPage=1')).body.total).toBe(before);
    },
  );

  it("refuses to clear a customer's e-mail on update", async () => {
    const made = await v1.post<Customer>('/customers', {
      firstName: 'Keep',
      lastName: 'Mail',
      email: 'keep.mail@example.com',
    });
    const res = await v1.put<V1Error>(`/customers/${made.body.id}`, { email: null });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      message: 'The email field is required.',
      details: { field: 'email' },
    });
    expect((await v1.get<Customer>(`/customers/${made.body.id}`)).body.email).toBe('keep.mail@example.com');
  });

  it.each([
    [{ lastName: 'Smith' }, 'firstName'],
    [{ firstName: 'Jane' }, 'lastName'],
    [{ firstName: 'Jane', lastName: 'Smith', email: 'not-an-email' }, 'email'],
    [{ firstName: '', lastName: 'Smith' }, 'firstName'],
  ])('refuses %j with 400 validation_error naming %s', async (body, field) => {
    const res = await v1.post<V1Error>('/customers', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_error');
    expect(res.body.error.details.field).toBe(field);
  });

  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await fetch(`${sim.baseUrl}/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await reservieToken(sim)}`, 'content-type': 'application/json' },
      body: '{"firstName": "Jane",',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as V1Error).error.code).toBe('bad_request');
  });

  it('refuses a second customer with the same e-mail with 409 duplicate_customer', async () => {
    const first = await v1.post<Customer>('/customers', {
      firstName: 'A',
      lastName: 'B',
      email: 'dupe@example.com',
    });
    const again = await v1.post<V1Error>('/customers', {
      firstName: 'C',
      lastName: 'D',
      email: 'DUPE@example.com',
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'duplicate_customer',
      details: { field: 'email', existingId: first.body.id },
    });
    const other = await v1.post<Customer>('/customers', {
      firstName: 'E',
      lastName: 'F',
      email: 'other@example.com',
    });
    const clash = await v1.put<V1Error>(`/customers/${other.body.id}`, { email: 'dupe@example.com' });
    expect(clash.status).toBe(409);
  });

  it('answers PUT and DELETE on an unknown id with 404', async () => {
    expect((await v1.put<V1Error>('/customers/cust_0', { firstName: 'X' })).status).toBe(404);
    expect((await v1.del('/customers/cust_0')).status).toBe(404);
  });
});
