// Core tests (plain Node): the Reservie client over real HTTP against a scripted v1 server.
import { afterEach, describe, expect, it } from 'vitest';
import { WRONG_KEY_MESSAGE, type BackendError } from '../../http/errors';
import { startScriptServer, type Script, type ScriptServer } from '../../http/testing/script-server';
import { createReservieClient } from './reservie-client';

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
    expect(first).toMatchObject({ total: 5, page: 1, perPage: 2, last: false });
    expect(first.items.map((c) => c.id)).toEqual(['cust_1', 'cust_2']);
    expect((await client.listCustomers({ page: 3, perPage: 2 })).last).toBe(true);
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
