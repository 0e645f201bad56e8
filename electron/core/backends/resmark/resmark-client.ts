// Core (plain Node): the Resmark public API client — products, inventory and orders mapped to
// cache records, plus the cart -> order calls walk-up booking needs. One budget per back end.
import { z } from 'zod';
import type { OrderRecord, ProductRecord, SlotRecord } from '../../store/records';
import { isBackendError } from '../../http/errors';
import { anyValue, listRows, readEach, reportSkipped, unreadableReply } from '../parse';
import { RmCart, RmInventory, RmOrder, RmProduct, readSlots, type CartSummary } from './mapping';
import { createResmarkTransport, RESMARK } from './resmark-transport';
import type {
  CartCustomerInput,
  CartItemInput,
  OrderInput,
  OrderQuery,
  ResmarkPageOptions,
  ResmarkClientConfig,
  ResmarkPage,
} from './resmark-types';
import type { CallOptions } from '../call-options';

export type { ResmarkClientOptions } from './resmark-transport';
export type { ResmarkClientConfig } from './resmark-types';
export type { CartSummary } from './mapping';
export type * from './resmark-types';

/** The documented default page size (§5); a bigger limit risks a silent cap that looks like a last page. */
export const RESMARK_PAGE_SIZE = 50;

const seg = (v: string | number) => encodeURIComponent(String(v));
const ymd = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));

export function createResmarkClient(opts: ResmarkClientConfig) {
  const { tokens, verifySignIn, call } = createResmarkTransport(opts);

  /**
   * One list page. `data` should be an array (§7); null, `{}` or an object holding the array
   * under `items`/`data`/`results`/`resource` are accepted too. Rows are read one by one.
   */
  async function page<T>(
    path: string,
    item: z.ZodType<T>,
    o: ResmarkPageOptions,
    query: Record<string, string | undefined>,
    resource: string,
  ): Promise<ResmarkPage<T>> {
    const limit = o.limit ?? RESMARK_PAGE_SIZE;
    const data = await call(
      {
        method: 'GET',
        path,
        query: { page: o.page, limit, ...query },
        lane: o.lane ?? 'background',
        signal: o.signal,
      },
      anyValue,
      resource,
    );
    const rows = listRows(data, ['items', 'data', 'results', resource]);
    if (rows === undefined) throw unreadableReply(RESMARK, resource);
    const read = readEach(item, rows);
    reportSkipped(opts.logger, RESMARK, resource, read);
    // No totals (§5, §8.11): where the list ends is the page walk's call (sync/page-walk.ts).
    const result: ResmarkPage<T> = { items: read.items, page: o.page, limit };
    if (read.skipped > 0) result.skipped = read.skipped;
    return result;
  }

  const cartCall = (
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    o: CallOptions,
    idempotent = false,
  ) =>
    call(
      { method, path, body, idempotent, lane: o.lane ?? 'interactive', signal: o.signal },
      RmCart,
      'a cart',
    );

  return {
    /** Signs in now: setup uses it to check the credentials. */
    async authenticate(): Promise<{ expiresAt: Date }> {
      const { expiresAt } = await verifySignIn();
      return { expiresAt };
    },
    tokenExpiresAt: (): Date | null => tokens.current()?.expiresAt ?? null,

    listProducts: (
      o: ResmarkPageOptions & { lastModified?: Date | string },
    ): Promise<ResmarkPage<ProductRecord>> =>
      page(
        '/product',
        RmProduct,
        o,
        { lastModified: o.lastModified instanceof Date ? o.lastModified.toISOString() : o.lastModified },
        'products',
      ),

    /** Dated slots of one product between two days (YYYY-MM-DD, inclusive). Pass the product id so slots link to it. */
    async getInventory(
      product: string | number,
      fromDate: Date | string,
      toDate: Date | string,
      o: CallOptions = {},
    ): Promise<SlotRecord[]> {
      const req = {
        method: 'GET' as const,
        path: `/product/${seg(product)}/item`,
        query: { from: ymd(fromDate), to: ymd(toDate) },
        lane: o.lane ?? 'background',
        signal: o.signal,
      };
      const read = readSlots(String(product), await call(req, RmInventory, 'inventory'));
      reportSkipped(opts.logger, RESMARK, 'inventory slot', read);
      return read.items;
    },

    listOrders: (o: OrderQuery): Promise<ResmarkPage<OrderRecord>> =>
      page(
        '/order',
        RmOrder,
        o,
        {
          fromModifiedDate: o.fromModifiedDate,
          toModifiedDate: o.toModifiedDate,
          referenceId: o.referenceId,
          sortOrder: o.sortOrder,
        },
        'orders',
      ),

    /** By session id or confirmation number. */
    getOrder: (idOrConfirmation: string | number, o: CallOptions = {}): Promise<OrderRecord> =>
      call(
        {
          method: 'GET',
          path: `/order/${seg(idOrConfirmation)}`,
          lane: o.lane ?? 'interactive',
          signal: o.signal,
        },
        RmOrder,
        'an order',
      ),

    createCart: (o: CallOptions = {}): Promise<CartSummary> => cartCall('POST', '/cart', undefined, o),
    /** The cart as it is now: which items still hold their seats, and until when. */
    getCart: (cartId: string, o: CallOptions = {}): Promise<CartSummary> =>
      call(
        { method: 'GET', path: `/cart/${seg(cartId)}`, lane: o.lane ?? 'interactive', signal: o.signal },
        RmCart,
        'a cart',
      ),
    /** Locks the seats for 30 minutes. Not retried: a lost reply may still have locked them. */
    addItem: (cartId: string, item: CartItemInput, o: CallOptions = {}): Promise<CartSummary> =>
      cartCall('POST', `/cart/${seg(cartId)}/item`, item, o),
    setCustomer: (cartId: string, customer: CartCustomerInput, o: CallOptions = {}): Promise<CartSummary> =>
      cartCall('PUT', `/cart/${seg(cartId)}/customer`, customer, o, true),
    /** Resets the seat lock to 30 minutes from now (path assumed, §8.4). */
    renewCart: (cartId: string, o: CallOptions = {}): Promise<CartSummary> =>
      cartCall('PUT', `/cart/${seg(cartId)}/renew`, undefined, o, true),
    /** Releases every locked seat. A cart that is already gone counts as deleted. */
    async deleteCart(cartId: string, o: CallOptions = {}): Promise<void> {
      try {
        await call(
          {
            method: 'DELETE',
            path: `/cart/${seg(cartId)}`,
            idempotent: true,
            lane: o.lane ?? 'interactive',
            signal: o.signal,
          },
          z.unknown(),
          'a cart',
        );
      } catch (error) {
        if (!(isBackendError(error) && error.code === 'NOT_FOUND')) throw error;
      }
    },
    /** Converts the cart; recorded by Resmark as paid externally. Never retried automatically (§8.6). */
    createOrder: (input: OrderInput, o: CallOptions = {}): Promise<OrderRecord> =>
      call(
        {
          method: 'POST',
          path: '/order',
          body: {
            id: input.cartId,
            referenceId: input.referenceId,
            billing: { memo: input.memo },
            ...(input.sendConfirmationEmail === undefined
              ? {}
              : { disableConfirmationEmail: !input.sendConfirmationEmail }),
          },
          lane: o.lane ?? 'interactive',
          signal: o.signal,
        },
        RmOrder,
        'an order',
      ),
  };
}

/**
 * The order sent under our referenceId (`GET /order?referenceId=`, §8.6), or null. Only an order
 * whose referenceId is ours counts: a server that ignored the filter must not make a stranger's
 * order look like ours.
 */
export async function findOrderByReference(
  client: Pick<ResmarkClient, 'listOrders'>,
  referenceId: string,
  o: CallOptions = {},
): Promise<OrderRecord | null> {
  const page = await client.listOrders({
    page: 0,
    referenceId,
    lane: o.lane ?? 'interactive',
    signal: o.signal,
  });
  return page.items.find((order) => order.referenceId === referenceId) ?? null;
}

export type ResmarkClient = ReturnType<typeof createResmarkClient>;
