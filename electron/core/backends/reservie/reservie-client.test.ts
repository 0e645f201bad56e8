// Core tests (plain Node): the Reservie client over real HTTP against a scripted v1 server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endsList } from '../../sync/page-walk';
import { fromReservie } from '../../sync/list-pages';
import { WRONG_KEY_MESSAGE, type BackendError } from '../../http/errors';
import {
  startScriptServer,
  type Reply,
  type Script,
  type ScriptServer,
  type SeenRequest,
} from '../../http/testing/script-server';
import { createReservieClient, type ReservieClientOptions } from './reservie-client';

const NOW = new Date('2026-03-03T08:00:00Z');
const customer = (n: number) => ({
  id: `cust_${n}`,
  firstName: `F${n}`,
  lastName: `L${n}`,
  email: `c${n}@example.com`,
  createdAt: '2024-01-15T10:30:00Z',
});

let server: ScriptServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const routes: Record<string, Script> = {
  'POST /api/v1/auth/token': (req) => {
    const { apiKey, apiSecret } = JSON.parse(req.body) as { apiKey: string; apiSecret: string };
    return apiKey === 'key' && apiSecret === 'secret'
      ? { status: 200, body: { token: 'eyJhbGciOiJIUzI1NiIs.eyJzdWIiOiJrZXkifQ.sig', expiresIn: 3600 } }
      : { status: 401, body: { error: { code: 'unauthorized', message: 'Invalid API key or secret' } } };
  },
  'GET /api/v1/customers': (req) => {
    const page = Number(req.url.searchParams.get('page'));
    const perPage = Number(req.url.searchParams.get('perPage'));
    const all = [1, 2, 3, 4, 5].map(customer);
    return {
      status: 200,
      body: { customers: all.slice((page - 1) * perPage, page * perPage), total: 5, page, perPage },
    };
  },
  'GET /api/v1/events': () => ({
    status: 200,
    body: {
      events: [
        {
          id: 'evt_42',
          name: 'Monday Yoga',
          startsAt: '2026-03-03T09:00:00Z',
          durationMinutes: 45,
          capacity: 20,
          spacesAvailable: 7,
        },
      ],
      total: 1,
      page: 1,
      perPage: 25,
    },
  }),
  'GET /api/v1/passes': () => ({
    status: 200,
    body: { passes: [{ id: 'pass_5', name: '10-Class Pass', credits: 10 }], total: 1, page: 1, perPage: 25 },
  }),
  'GET /api/v1/customer-passes': (req) => ({
    status: 200,
    body: {
      customerPasses: [
        {
          id: 'cp_1',
          customerId: req.url.searchParams.get('customerId'),
          passId: 'pass_5',
          remainingUses: 3,
          status: 'active',
        },
      ],
      total: 1,
      page: 1,
      perPage: 25,
    },
  }),
  'GET /api/v1/events/evt_42/registrations': () => ({
    status: 200,
    body: {
      registrations: [
        {
          id: 'reg_1',
          eventId: 'evt_42',
          customerId: 'cust_1',
          spaces: 1,
          status: 'confirmed',
          paymentMethod: 'pass',
          customerPassId: 'cp_1',
          attended: null,
        },
      ],
      total: 1,
      page: 1,
      perPage: 25,
    },
  }),
  'GET /api/v1/customers/cust_1': () => ({ status: 200, body: customer(1) }),
  'POST /api/v1/customers': (req) => ({
    status: 201,
    body: { id: 'cust_9', ...(JSON.parse(req.body) as object) },
  }),
  // The first attempt hits a 503: an absolute PUT is safe to send again.
  'PUT /api/v1/customer-passes/cp_1': (req) => {
    if (server!.count('PUT', req.path) === 1) return { status: 503 };
    return {
      status: 200,
      body: {
        id: 'cp_1',
        customerId: 'cust_1',
        passId: 'pass_5',
        status: 'active',
        ...(JSON.parse(req.body) as object),
      },
    };
  },
  'POST /api/v1/events/evt_42/registrations': () => ({
    status: 409,
    body: { error: { code: 'event_full', message: 'This event is full' } },
  }),
};

async function setup(creds = { apiKey: 'key', apiSecret: 'secret' }) {
  server = await startScriptServer((req, i) =>
    (
      routes[`${req.method} ${req.path}`] ?? (() => ({ status: 404, body: { error: { code: 'not_found' } } }))
    )(req, i),
  );
  const client = createReservieClient({
    baseUrl: `${server.origin}/api/v1`,
    ...creds,
    clock: { now: () => NOW },
    retry: { baseDelayMs: 1 },
  });
  return { client, server, tokenRequests: () => server!.count('POST', '/api/v1/auth/token') };
}

describe('Reservie client', () => {
  it('authenticates, then reuses the token with a bearer header', async () => {
    const { client, server, tokenRequests } = await setup();
    expect(client.tokenExpiresAt()).toBeNull();
    expect(await client.authenticate()).toEqual({ expiresAt: new Date(NOW.getTime() + 3600_000) });
    await client.getCustomer('cust_1');
    await client.listPasses({ page: 1, perPage: 25 });
    expect(tokenRequests()).toBe(1);
    expect(server.requests.at(-1)?.headers.authorization).toMatch(/^Bearer eyJ/);
    expect(client.tokenExpiresAt()?.toISOString()).toBe('2026-03-03T09:00:00.000Z');
  });

  it('pages customers from 1 and knows the last page from the total', async () => {
    const { client, server } = await setup();
    const first = await client.listCustomers({ page: 1, perPage: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, perPage: 2 });
    expect(endsList(fromReservie(first, 2), 2)).toBe(false);
    expect(first.items.map((c) => c.id)).toEqual(['cust_1', 'cust_2']);
    expect(endsList(fromReservie(await client.listCustomers({ page: 3, perPage: 2 }), 2), 5)).toBe(true);
    expect(server.requests.at(-1)?.url.search).toBe('?page=3&perPage=2');
  });

  it('lists and maps events, passes, customer passes and registrations', async () => {
    const { client, server } = await setup();
    const [events, passes, held, regs] = await Promise.all([
      client.listEvents({ page: 1, perPage: 25 }),
      client.listPasses({ page: 1, perPage: 25 }),
      client.listCustomerPasses({ page: 1, perPage: 25, customerId: 'cust_1' }),
      client.listRegistrations('evt_42', { page: 1, perPage: 25 }),
    ]);
    expect(events.items[0]).toMatchObject({
      id: 'evt_42',
      eventId: 'evt_42',
      endsAt: '2026-03-03T09:45:00.000Z',
      price: null,
    });
    expect(passes.items[0]).toMatchObject({ id: 'pass_5', credits: 10, validityUnit: null });
    expect(held.items[0]).toMatchObject({ customerId: 'cust_1', remainingUses: 3, startDate: null });
    expect(regs.items[0]).toMatchObject({ sessionId: 'evt_42', customerPassId: 'cp_1' });
    expect(
      server.requests.find((r) => r.path === '/api/v1/customer-passes')?.url.searchParams.get('customerId'),
    ).toBe('cust_1');
  });

  it('creates a customer once, retries the absolute pass update, and reports a full event', async () => {
    const { client, server } = await setup();
    expect(
      await client.createCustomer({ firstName: 'Walk', lastName: 'Up', email: 'w@example.com' }),
    ).toMatchObject({ id: 'cust_9', firstName: 'Walk', phone: null });
    expect(await client.updateCustomerPass('cp_1', { remainingUses: 2 })).toMatchObject({ remainingUses: 2 });
    expect(server.count('PUT', '/api/v1/customer-passes/cp_1')).toBe(2);
    const e = (await client
      .createRegistration('evt_42', { customerId: 'cust_1', paymentMethod: 'pass', customerPassId: 'cp_1' })
      .catch((x: unknown) => x)) as BackendError;
    expect(e).toMatchObject({
      code: 'CONFLICT',
      backendCode: 'event_full',
      message: 'Reservie: This event is full (HTTP 409).',
    });
    expect(server.count('POST', '/api/v1/events/evt_42/registrations')).toBe(1);
  });

  it('refuses a wrong key with UNAUTHORIZED after one token request, and never leaks the secret', async () => {
    const { client, server, tokenRequests } = await setup({ apiKey: 'key', apiSecret: 'wrong-secret-value' });
    const e = (await client.authenticate().catch((x: unknown) => x)) as BackendError;
    expect(e).toMatchObject({ code: 'UNAUTHORIZED', message: WRONG_KEY_MESSAGE });
    expect(tokenRequests()).toBe(1);
    await expect(client.listCustomers({ page: 1, perPage: 25 })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(tokenRequests()).toBe(2);
    expect(server.requests.filter((r) => r.path === '/api/v1/customers')).toHaveLength(0);
    expect(JSON.stringify(e)).not.toContain('wrong-secret-value');
  });
});

/** A v1 server that signs anyone in and answers each `METHOD /path` from `script`. */
async function serverOf(
  script: Record<string, Reply | ((req: SeenRequest) => Reply)>,
  extra: Partial<ReservieClientOptions> = {},
) {
  server = await startScriptServer((req) => {
    if (req.path === '/api/v1/auth/token') return { status: 200, body: { token: 'tok', expiresIn: 3600 } };
    const reply = script[`${req.method} ${req.path}`];
    if (reply === undefined) return { status: 404, body: { error: { code: 'not_found' } } };
    return typeof reply === 'function' ? reply(req) : reply;
  });
  const client = createReservieClient({
    baseUrl: `${server.origin}/api/v1`,
    apiKey: 'key',
    apiSecret: 'secret',
    clock: { now: () => NOW },
    retry: { baseDelayMs: 1 },
    ...extra,
  });
  return { client, server };
}

const PAGE = { page: 1, perPage: 25 };

describe('Reservie client, lenient reading', () => {
  it('skips an unreadable record, keeps the page and warns with the count only (fix 1)', async () => {
    const warn = vi.fn();
    const { client } = await serverOf(
      {
        'GET /api/v1/customers': {
          status: 200,
          body: {
            customers: [customer(1), { firstName: 'Secret', email: 's@example.com' }, customer(3)],
            total: 3,
          },
        },
      },
      { logger: { warn } },
    );
    const page = await client.listCustomers(PAGE);
    expect(page.items.map((c) => c.id)).toEqual(['cust_1', 'cust_3']);
    expect(page).toMatchObject({ skipped: 1, received: 3, total: 3 });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ resource: 'customers', skipped: 1 });
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/Secret|s@example/);
  });

  it('reads a null list, a missing list key and a bare array (fix 2)', async () => {
    const { client } = await serverOf({
      'GET /api/v1/customers': { status: 200, body: { customers: null, total: 0 } },
      'GET /api/v1/passes': { status: 200, body: { total: 0, page: 1, perPage: 25 } },
      'GET /api/v1/customer-passes': {
        status: 200,
        body: [{ id: 'cp', customerId: 'c', passId: 'p', remainingUses: 2 }],
      },
    });
    expect(await client.listCustomers(PAGE)).toMatchObject({ items: [] });
    expect(await client.listPasses(PAGE)).toMatchObject({ items: [] });
    // One probe (the link's) and one end-of-list rule (the page walk's): the client has neither.
    expect(Object.keys(client)).not.toContain('probe');
    const held = await client.listCustomerPasses(PAGE);
    expect(held.items).toHaveLength(1);
    expect(held).toMatchObject({ total: null });
  });

  it('lists a series event as one session per date, and reads each date its own register (fix 3)', async () => {
    const { client, server } = await serverOf({
      'GET /api/v1/events': {
        status: 200,
        body: {
          events: [
            {
              id: 'evt_7',
              name: 'Course',
              durationMinutes: 60,
              dates: [
                { id: 'date_1', startsAt: '2026-03-03T18:00:00Z' },
                { id: 'date_2', startsAt: '2026-03-10T18:00:00Z' },
              ],
            },
            { id: 'evt_42', name: 'Yoga', startsAt: '2026-03-03T09:00:00Z' },
          ],
          total: 2,
          page: 1,
          perPage: 25,
        },
      },
      'GET /api/v1/events/evt_7/registrations': {
        status: 200,
        body: {
          registrations: [
            { id: 'r1', customerId: 'c1', dateId: 'date_1' },
            { id: 'r2', customerId: 'c2', dateId: 'date_2' },
            { id: 'r3', customerId: 'c3', dateId: 'date_1' },
          ],
          total: 3,
        },
      },
    });
    const events = await client.listEvents(PAGE);
    expect(events.items.map((s) => s.id)).toEqual(['evt_7#date_1', 'evt_7#date_2', 'evt_42']);
    // Three sessions from two rows: paging still counts the two rows against the total.
    expect(events).toMatchObject({ total: 2, received: 2 });

    const register = await client.listRegistrations('evt_7#date_1', PAGE);
    expect(register.items.map((r) => [r.id, r.sessionId])).toEqual([
      ['r1', 'evt_7#date_1'],
      ['r3', 'evt_7#date_1'],
    ]);
    expect(register).toMatchObject({ received: 3 });
    expect(server.requests.at(-1)?.path).toBe('/api/v1/events/evt_7/registrations');
    expect(events.items.some((s) => s.id === register.items[0]?.sessionId)).toBe(true);
  });

  it('books a series session by sending its date', async () => {
    const { client, server } = await serverOf({
      'POST /api/v1/events/evt_7/registrations': (req) => ({
        status: 201,
        body: { id: 'reg_5', ...(JSON.parse(req.body) as object) },
      }),
    });
    const reg = await client.createRegistration('evt_7#date_2', { customerId: 'c1', paymentMethod: 'cash' });
    expect(reg).toMatchObject({ id: 'reg_5', sessionId: 'evt_7#date_2' });
    expect(JSON.parse(server.requests.at(-1)!.body)).toMatchObject({ customerId: 'c1', dateId: 'date_2' });
  });
});

describe('Reservie client, write replies (fix 5)', () => {
  it('takes a 204 or a message-only reply to a pass update as success, with what was sent', async () => {
    const { client, server } = await serverOf({
      'PUT /api/v1/customer-passes/cp_1': { status: 204 },
      'PUT /api/v1/customer-passes/cp_2': { status: 200, body: { message: 'Updated' } },
    });
    expect(await client.updateCustomerPass('cp_1', { remainingUses: 9 })).toEqual({
      id: 'cp_1',
      remainingUses: 9,
      partial: true,
    });
    expect(await client.updateCustomerPass('cp_2', { remainingUses: 4 })).toEqual({
      id: 'cp_2',
      remainingUses: 4,
      partial: true,
    });
    expect(server.count('PUT', '/api/v1/customer-passes/cp_1')).toBe(1);
  });

  it('takes a 201 with no body to a booking as success, sent exactly once', async () => {
    const { client, server } = await serverOf({
      'POST /api/v1/events/evt_1/registrations': { status: 201 },
    });
    const reg = await client.createRegistration('evt_1', {
      customerId: 'c',
      paymentMethod: 'pass',
      customerPassId: 'cp_1',
    });
    expect(reg).toEqual({
      sessionId: 'evt_1',
      customerId: 'c',
      spaces: 1,
      paymentMethod: 'pass',
      customerPassId: 'cp_1',
      partial: true,
    });
    expect(server.count('POST', '/api/v1/events/evt_1/registrations')).toBe(1);
  });

  it('never blanks names from a partial `{id}` reply, and unwraps `{data: {...}}`', async () => {
    const { client } = await serverOf({
      'PUT /api/v1/customers/c1': { status: 200, body: { id: 'c1', phone: '0123' } },
      'GET /api/v1/customers/c2': { status: 200, body: { data: customer(2) } },
      'POST /api/v1/customers': { status: 201, body: { data: { ...customer(9), firstName: 'Walk' } } },
    });
    const updated = await client.updateCustomer('c1', { phone: '0123' });
    expect(updated).toEqual({ id: 'c1', phone: '0123', partial: true });
    expect(updated).not.toHaveProperty('firstName');
    expect(await client.getCustomer('c2')).toMatchObject({ id: 'cust_2', firstName: 'F2' });
    const created = await client.createCustomer({ firstName: 'Walk', lastName: 'L9' });
    expect(created).toMatchObject({ id: 'cust_9', firstName: 'Walk' });
    expect(created.partial).toBeUndefined();
  });
});

// The client reports what the page says; the page walk's endsList decides where the list ends.
describe('Reservie client pages, as the page walk reads them (fix 6)', () => {
  const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => customer(from + i + 1));

  it('is not the last page when a server caps perPage silently but the total says more', async () => {
    const { client } = await serverOf({
      'GET /api/v1/customers': { status: 200, body: { customers: rows(25), total: 60, page: 1 } },
    });
    const page = await client.listCustomers({ page: 1, perPage: 100 });
    expect(page).toMatchObject({ perPage: 100, total: 60 });
    expect(endsList(fromReservie(page, 100), 25)).toBe(false);
  });

  it('uses the echoed perPage, and ends on reaching the total or on an empty page', async () => {
    const { client } = await serverOf({
      'GET /api/v1/customers': (req) => {
        const page = Number(req.url.searchParams.get('page'));
        const all = rows(60);
        return {
          status: 200,
          body: { customers: all.slice((page - 1) * 25, page * 25), total: 60, page, perPage: 25 },
        };
      },
      'GET /api/v1/passes': { status: 200, body: { passes: [], total: 60 } },
    });
    const second = await client.listCustomers({ page: 2, perPage: 100 });
    expect(second).toMatchObject({ perPage: 25 });
    expect(endsList(fromReservie(second, 100), 50)).toBe(false);
    const third = await client.listCustomers({ page: 3, perPage: 100 });
    expect(endsList(fromReservie(third, 100), 60)).toBe(true);
    expect(endsList(fromReservie(await client.listPasses({ page: 1, perPage: 100 }), 100), 0)).toBe(true);
  });

  it('without a total or an echoed size, even a short page waits for the next to confirm', async () => {
    const { client } = await serverOf({
      'GET /api/v1/customers': { status: 200, body: { customers: rows(2) } },
      'GET /api/v1/passes': { status: 200, body: { passes: [{ id: 'p1' }, { id: 'p2' }] } },
    });
    expect(endsList(fromReservie(await client.listCustomers({ page: 1, perPage: 2 }), 2), 2)).toBe(false);
    expect(endsList(fromReservie(await client.listPasses({ page: 1, perPage: 3 }), 3), 2)).toBe(false);
  });

  it('counts skipped rows as rows: a full page of partly unreadable rows is not the last', async () => {
    const { client } = await serverOf({
      'GET /api/v1/customers': { status: 200, body: { customers: [customer(1), { name: 'x' }] } },
    });
    const page = await client.listCustomers({ page: 1, perPage: 2 });
    expect(page).toMatchObject({ skipped: 1 });
    expect(fromReservie(page, 2).served).toBe(2);
  });
});
