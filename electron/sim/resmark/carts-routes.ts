// Simulator (plain Node): the cart endpoints (§7.4): create, list, get, delete (releasing every
// seat), add and remove inventory, set the customer, renew the lock, apply a discount code.
import { csvParam } from '../common/query';
import { param, type ApiRequest, type HttpMethod, type Route } from '../common/router';
import { addItem, applyDiscount, findCart, removeItem, renew, setCustomer } from './cart-rules';
import { ok, pageOf, readLimitPage } from './envelope';
import { API_USER_NAME, type ResmarkStore } from './store';
import type { Cart } from './types';
import { cartView } from './views';

export function cartRoutes(store: ResmarkStore): Route[] {
  const view = (cart: Cart) => ok(cartView(store, cart));
  const cart = (req: ApiRequest) => findCart(store, param(req, 'id'));
  /** A call that changes one cart and answers with the whole cart. */
  const change = (method: HttpMethod, pattern: string, apply: (c: Cart, req: ApiRequest) => void): Route => ({
    method,
    pattern,
    handler: (req) => {
      const c = cart(req);
      apply(c, req);
      return view(c);
    },
  });
  return [
    { method: 'POST', pattern: '/cart', handler: (req) => view(createCart(store, req)) },
    { method: 'GET', pattern: '/cart', handler: (req) => listCarts(store, req) },
    { method: 'GET', pattern: '/cart/:id', handler: (req) => view(cart(req)) },
    { method: 'DELETE', pattern: '/cart/:id', handler: (req) => ok(deleteCart(store, cart(req))) },
    change('POST', '/cart/:id/item', (c, req) => addItem(store, c, req.body, req.now)),
    change('DELETE', '/cart/:id/item/:itemIndexOrId', (c, req) =>
      removeItem(store, c, param(req, 'itemIndexOrId')),
    ),
    change('PUT', '/cart/:id/customer', (c, req) => setCustomer(c, req.body)),
    change('PUT', '/cart/:id/renew', (c, req) => renew(c, req.now)),
    change('PUT', '/cart/:id/discount', (c, req) => applyDiscount(c, req.body)),
  ];
}

function createCart(store: ResmarkStore, req: ApiRequest): Cart {
  return store.carts.add({
    id: store.uuid(),
    createdMs: req.now,
    createdBy: API_USER_NAME,
    createdByEmail: req.principal ?? '',
    customer: {},
    items: [],
    status: 'open',
    orderId: null,
    discount: null,
  });
}

/** Deleting releases every seat the cart still locks; an order made from it is unaffected. */
function deleteCart(store: ResmarkStore, cart: Cart) {
  if (cart.status !== 'ordered') store.releaseCart(cart);
  store.carts.remove(cart.id);
  return { id: cart.id, deleted: true };
}

function listCarts(store: ResmarkStore, req: ApiRequest) {
  const paging = readLimitPage(req.query);
  const ids = csvParam(req.query, 'ids');
  const rows = ids ? store.carts.all().filter((c) => ids.includes(c.id)) : store.carts.all();
  return ok(pageOf(rows, paging).map((c) => cartView(store, c)));
}
