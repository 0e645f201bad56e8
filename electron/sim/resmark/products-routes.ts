// Simulator (plain Node): products (§7.2): list with the documented filters, one product by id,
// number or name, its pickup zones; and the tag categories (§7.3).
import { csvParam, instantParam } from '../common/query';
import { param, type ApiRequest, type Route } from '../common/router';
import { notFound } from '../common/sim-error';
import { ok, pageOf, readLimitPage } from './envelope';
import type { ResmarkStore } from './store';
import type { Product } from './types';

/** `searchTerm` may be the product id, the product number or the (full, case-insensitive) name. */
export function findProduct(store: ResmarkStore, searchTerm: string): Product {
  const term = searchTerm.trim().toLowerCase();
  const found =
    store.products.get(searchTerm) ??
    store.products
      .all()
      .find((p) => String(p.view.productNumber) === term || p.view.name.toLowerCase() === term);
  if (!found) throw notFound(`Product ${searchTerm}`);
  return found;
}

export function productRoutes(store: ResmarkStore): Route[] {
  return [
    { method: 'GET', pattern: '/product', handler: (req) => listProducts(store, req) },
    {
      method: 'GET',
      pattern: '/product/:searchTerm',
      handler: (req) => ok(findProduct(store, param(req, 'searchTerm')).view),
    },
    {
      method: 'GET',
      pattern: '/product/:searchTerm/pickup',
      handler: (req) => ok(findProduct(store, param(req, 'searchTerm')).pickups),
    },
    { method: 'GET', pattern: '/tag', handler: () => ok(store.tags) },
  ];
}

function listProducts(store: ResmarkStore, req: ApiRequest) {
  const paging = readLimitPage(req.query);
  const ids = csvParam(req.query, 'ids');
  const tagIds = csvParam(req.query, 'tagIds');
  const numbers = csvParam(req.query, 'productNumbers');
  const since = instantParam(req.query, 'lastModified');
  const name = req.query.get('productName')?.trim().toLowerCase();
  const filtered = ids || tagIds || numbers || since !== null || name;
  const rows = !filtered
    ? store.products.all()
    : store.products
        .all()
        .filter(
          (p) =>
            (!ids || ids.includes(p.id)) &&
            (!tagIds || p.tagIds.some((t) => tagIds.includes(t))) &&
            (!numbers || numbers.includes(String(p.view.productNumber))) &&
            (since === null || Date.parse(p.view.lastModified) >= since) &&
            (!name || p.view.name.toLowerCase().includes(name)),
        );
  return ok(pageOf(rows, paging).map((p) => p.view));
}
