// Core tests (plain Node): the Resmark client over real HTTP against a scripted server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endsList } from '../../sync/page-walk';
import { fromResmark } from '../../sync/list-pages';
import { WRONG_KEY_MESSAGE, type BackendError } from '../../http/errors';
import {
  startScriptServer,
  type Reply,
  type SeenRequest,
  type ScriptServer,
} from '../../http/testing/script-server';
import { createResmarkClient, RESMARK_PAGE_SIZE } from './resmark-client';

const NOW = new Date('2026-03-03T08:00:00Z');
const ok = (data: unknown): Reply => ({ status: 200, body: { errorMessage: null, data } });
const product = (n: number) => ({
  id: `p${n}`,
  name: `Product ${n}`,
  productNumber: 1000 + n,
  dateless: false,
});

let server: ScriptServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function route(req: SeenRequest): Reply {
  const q = req.url.searchParams;
  switch (`${req.method} ${req.path}`) {
    case 'POST /api/authenticate': {
      const { username, apikey } = JSON.parse(req.body) as { username: string; apikey: string };
      if (username === 'desk@example.com' && apikey === 'good-key')
        return { status: 200, body: 'rm-token-1' };
      return { status: 401, body: { errorMessage: 'Invalid credentials', data: null } };
    }
    case 'GET /api/product': {
      // 120 products: pages of 50, 50, 20.
      const limit = Number(q.get('limit'));
      const page = Number(q.get('page'));
      const all = Array.from({ length: 120 }, (_, i) => product(i));
      return ok(all.slice(page * limit, (page + 1) * limit));
    }
    case 'GET /api/product/p1/item':
      return ok({
        items: [
          {
            date: q.get('from'),
            timesAvailable: [
              {
                activityId: 'act-1',
                startTime: '2026-03-03T09:00:00.000Z',
                endTime: '2026-03-03T12:00:00.000Z',
                price: { Adult: 50 },
                tiersAvailable: { '*': 6 },
              },
            ],
          },
        ],
      });
    case 'GET /api/order':
      return ok([
        {
          id: 'o1',
          confirmation: 555,
          referenceId: q.get('referenceId'),
          createdDate: '2026-03-02T10:00:00Z',
          customer: { firstName: 'Ann' },
          items: [],
        },
      ]);
    case 'GET /api/order/555':
      return { status: 404, body: { errorMessage: 'Order not found', data: null } };
    case 'POST /api/cart':
      return ok({ id: 'cart-1', customer: {}, items: [], total: 0 });
    case 'POST /api/cart/cart-1/item':
      // Resmark reports this failure inside a 200 envelope.
      return { status: 200, body: { errorMessage: 'Inventory no longer available', data: null } };
    case 'PUT /api/cart/cart-1/customer':
    case 'PUT /api/cart/cart-1/renew':
      return ok({ id: 'cart-1', items: [{ activityId: 'act-1', total: 100 }], total: 100 });
    case 'DELETE /api/cart/cart-1':
      return { status: 404, body: { errorMessage: 'Cart not found', data: null } };
    case 'POST /api/order':
      return ok({
        id: 'o2',
        confirmation: 556,
        referenceId: (JSON.parse(req.body) as { referenceId: string }).referenceId,
        items: [{ activityId: 'act-1', participants: { Adult: 2 }, total: 100 }],
      });
    default:
      return { status: 404, body: { errorMessage: 'No route', data: null } };
  }
}

async function setup(apiKey = 'good-key') {
  server = await startScriptServer(route);
  const client = createResmarkClient({
    baseUrl: `${server.origin}/api`,
    username: 'desk@example.com',
    apiKey,
    clock: { now: () => NOW },
    retry: { baseDelayMs: 1 },
  });
  return { client, server };
}

describe('Resmark client', () => {
  it('reads the bare token, assumes 24 h, and sends it as a bearer', async () => {
    const { client, server } = await setup();
    expect(await client.authenticate()).toEqual({ expiresAt: new Date('2026-03-04T08:00:00Z') });
    await client.listProducts({ page: 0 });
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer rm-token-1');
  });

  it('pages products from 0 with the documented default size until an empty page', async () => {
    const { client, server } = await setup();
    const pages = [];
    for (let page = 0; ; page++) {
      const p = await client.listProducts({ page, lastModified: new Date('2026-03-01T00:00:00Z') });
      pages.push(p.items.length);
      // The page walk's rule: with no total or echoed size, the list ends on an empty page.
      if (endsList(fromResmark(p, RESMARK_PAGE_SIZE), 0)) break;
    }
    expect(pages).toEqual([50, 50, 20, 0]);
    const asked = server.requests.filter((r) => r.path === '/api/product').map((r) => r.url.searchParams);
    expect(asked.map((q) => q.get('page'))).toEqual(['0', '1', '2', '3']);
    expect(asked[0]?.get('limit')).toBe(String(RESMARK_PAGE_SIZE));
    expect(asked[0]?.get('lastModified')).toBe('2026-03-01T00:00:00.000Z');
  });

  it('maps inventory and orders, and reports a missing order', async () => {
    const { client, server } = await setup();
    const slots = await client.getInventory('p1', new Date('2026-03-03T12:00:00Z'), '2026-03-05');
    expect(slots).toEqual([
      {
        activityId: 'act-1',
        productId: 'p1',
        startTime: '2026-03-03T09:00:00.000Z',
        endTime: '2026-03-03T12:00:00.000Z',
        prices: { Adult: 50 },
        tiersAvailable: { '*': 6 },
      },
    ]);
    expect(server.requests.at(-1)?.url.search).toBe('?from=2026-03-03&to=2026-03-05');
    const orders = await client.listOrders({ page: 0, referenceId: 'ref-9', fromModifiedDate: '2026-03-02' });
    expect(orders.items[0]).toMatchObject({
      id: 'o1',
      confirmation: '555',
      referenceId: 'ref-9',
      firstName: 'Ann',
    });
    await expect(client.getOrder(555)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Resmark: Order not found (HTTP 404).',
    });
  });

  it('runs the cart calls, treating a failure inside a 200 as an error that is not retried', async () => {
    const { client, server } = await setup();
    expect(await client.createCart()).toEqual({
      id: 'cart-1',
      total: 0,
      items: [],
      lockExpiresDate: null,
      status: null,
    });
    const e = (await client
      .addItem('cart-1', { itemId: 'act-1', participants: { Adult: 2 } })
      .catch((x: unknown) => x)) as BackendError;
    expect(e).toMatchObject({ code: 'CONFLICT', message: 'Resmark: Inventory no longer available' });
    expect(server.count('POST', '/api/cart/cart-1/item')).toBe(1);
    expect(
      (
        await client.setCustomer('cart-1', {
          firstName: 'Ann',
          lastName: 'Lee',
          'Arrival Flight Number': 'BA1',
        })
      ).total,
    ).toBe(100);
    expect((await client.renewCart('cart-1')).items).toEqual([{ activityId: 'act-1', total: 100 }]);
    await expect(client.deleteCart('cart-1')).resolves.toBeUndefined();
    const order = await client.createOrder({ cartId: 'cart-1', referenceId: 'ref-1', memo: 'walk-up cash' });
    expect(order).toMatchObject({ id: 'o2', confirmation: '556', referenceId: 'ref-1', total: 100 });
    const sent = JSON.parse(server.requests.at(-1)!.body) as unknown;
    expect(sent).toEqual({ id: 'cart-1', referenceId: 'ref-1', billing: { memo: 'walk-up cash' } });
  });

  it('refuses a wrong key with UNAUTHORIZED after exactly one sign-in request', async () => {
    const { client, server } = await setup('bad-key');
    const e = (await client.listOrders({ page: 0 }).catch((x: unknown) => x)) as BackendError;
    expect(e).toMatchObject({ code: 'UNAUTHORIZED', message: WRONG_KEY_MESSAGE });
    expect(server.count('POST', '/api/authenticate')).toBe(1);
    expect(server.count('GET', '/api/order')).toBe(0);
  });
});

/** A Resmark server that signs anyone in and answers each `METHOD /path` with `data`. */
async function serverOf(script: Record<string, (req: SeenRequest) => Reply>, logger?: { warn: () => void }) {
  server = await startScriptServer((req) => {
    if (req.path === '/api/authenticate') return { status: 200, body: 'rm-token-1' };
    return (
      script[`${req.method} ${req.path}`] ?? (() => ({ status: 404, body: { errorMessage: 'No route' } }))
    )(req);
  });
  return createResmarkClient({
    baseUrl: `${server.origin}/api`,
    username: 'desk@example.com',
    apiKey: 'good-key',
    clock: { now: () => NOW },
    retry: { baseDelayMs: 1 },
    logger,
  });
}

describe('Resmark client, lenient reading', () => {
  it('skips a product without an id, keeps the page, warns with the count only, and pages by rows sent (fix 1)', async () => {
    const warn = vi.fn();
    const client = await serverOf(
      { 'GET /api/product': () => ok([product(1), { name: 'Secret product' }]) },
      { warn },
    );
    const page = await client.listProducts({ page: 0, limit: 2 });
    expect(page.items.map((p) => p.id)).toEqual(['p1']);
    // Two rows came back for a limit of two: a full page, so another may follow.
    expect(page).toMatchObject({ skipped: 1 });
    expect(fromResmark(page, 2).served).toBe(2);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ resource: 'products', skipped: 1 });
    expect(JSON.stringify(warn.mock.calls)).not.toContain('Secret product');
  });

  it('reads `data: null`, `data: {}` and a wrapped array as list pages (fix 2)', async () => {
    const client = await serverOf({
      'GET /api/product': (req) =>
        req.url.searchParams.get('page') === '0' ? ok(null) : ok({ products: [product(7)] }),
      'GET /api/order': () => ok({}),
    });
    expect(await client.listProducts({ page: 0 })).toEqual({ items: [], page: 0, limit: 50 });
    // One probe (the link's) and one end-of-list rule (the page walk's): the client has neither.
    expect(Object.keys(client)).not.toContain('probe');
    expect((await client.listProducts({ page: 1 })).items.map((p) => p.id)).toEqual(['p7']);
    expect(await client.listOrders({ page: 0 })).toMatchObject({ items: [] });
  });

  it('refuses a list reply that is a single record rather than guessing', async () => {
    const client = await serverOf({
      'GET /api/order': () => ok({ id: 'o1', customer: { firstName: 'Ann' } }),
    });
    const e = (await client.listOrders({ page: 0 }).catch((x: unknown) => x)) as BackendError;
    expect(e).toMatchObject({ code: 'SERVER_ERROR' });
    expect(e.message).not.toContain('Ann');
  });

  it('reads inventory with bare times and a null activityId, skipping only that slot (fixes 1, 4)', async () => {
    const warn = vi.fn();
    const client = await serverOf(
      {
        'GET /api/product/p1/item': () =>
          ok({
            items: [
              {
                date: '2022-05-03',
                timesAvailable: [
                  { activityId: null, startTime: '08:00' },
                  { activityId: 'a', startTime: '09:00', endTime: '12:00', price: 129, tiersAvailable: 12 },
                ],
              },
            ],
          }),
      },
      { warn },
    );
    expect(await client.getInventory('p1', '2022-05-03', '2022-05-03')).toEqual([
      {
        activityId: 'a',
        productId: 'p1',
        startTime: '2022-05-03T09:00:00.000Z',
        endTime: '2022-05-03T12:00:00.000Z',
        prices: { All: 129 },
        tiersAvailable: { '*': 12 },
      },
    ]);
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ resource: 'inventory slot', skipped: 1 });
  });
});
