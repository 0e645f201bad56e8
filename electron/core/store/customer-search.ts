// Core (plain Node): the desk's person search over the cache: Reservie customers (with their
// passes) and Resmark orders' lead guests, by name, e-mail, phone or confirmation number.
import type { CustomerHit, CustomerPassSummary } from '../../../shared/domain/cache';
import type { CacheDb } from './open-database';
import { buildMatchQuery, phoneSuffixKey } from './search-query';

export const DEFAULT_SEARCH_LIMIT = 25;
const MAX_SEARCH_LIMIT = 100;

// The FTS subquery is unranked and limited, so it stops at the first `limit` matches however many
// rows match a short prefix (target P3); only those few rows are then sorted by name.
export const SEARCH_SQL = {
  customers: `SELECT 'customer' AS kind, c.id, c.first_name AS firstName, c.last_name AS lastName,
      c.email, c.phone, NULL AS confirmation
    FROM customers c
    WHERE c.rid IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?)`,
  orders: `SELECT 'order' AS kind, o.id, o.first_name AS firstName, o.last_name AS lastName,
      o.email, o.phone, o.confirmation
    FROM orders o
    WHERE o.rid IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ? LIMIT ?)`,
  // The last digits of a phone: a prefix of the reversed digits, one range seek on the partial
  // index ('~' sorts after every digit, so the range holds exactly the keys that start with @key).
  customersByPhoneEnd: `SELECT 'customer' AS kind, c.id, c.first_name AS firstName, c.last_name AS lastName,
      c.email, c.phone, NULL AS confirmation
    FROM customers c
    WHERE c.phone_reversed >= @key AND c.phone_reversed < @key || '~' LIMIT @limit`,
  ordersByPhoneEnd: `SELECT 'order' AS kind, o.id, o.first_name AS firstName, o.last_name AS lastName,
      o.email, o.phone, o.confirmation
    FROM orders o
    WHERE o.phone_reversed >= @key AND o.phone_reversed < @key || '~' LIMIT @limit`,
  /** A confirmation number (any case) or our own reference, typed or scanned in full. */
  exactOrders: `SELECT 'order' AS kind, o.id, o.first_name AS firstName, o.last_name AS lastName,
      o.email, o.phone, o.confirmation
    FROM orders o WHERE o.confirmation = @text OR o.reference_id = @text LIMIT 5`,
  passesOfCustomer: `SELECT cp.id, COALESCE(p.name, 'Pass ' || cp.pass_id) AS passName,
      cp.remaining_uses AS remainingUses, cp.expiry_date AS expiryDate, cp.status
    FROM customer_passes cp LEFT JOIN passes p ON p.id = cp.pass_id
    WHERE cp.customer_id = ?
    ORDER BY cp.status = 'active' DESC, cp.expiry_date IS NULL, cp.expiry_date, cp.id`,
} as const;

interface PersonRow {
  kind: CustomerHit['kind'];
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  confirmation: string | null;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (a: PersonRow, b: PersonRow) =>
  collator.compare(a.lastName ?? '', b.lastName ?? '') ||
  collator.compare(a.firstName ?? '', b.firstName ?? '');

export function createCustomerSearch(db: CacheDb) {
  const customers = db.prepare<[string, number], PersonRow>(SEARCH_SQL.customers);
  const orders = db.prepare<[string, number], PersonRow>(SEARCH_SQL.orders);
  const exactOrders = db.prepare<{ text: string }, PersonRow>(SEARCH_SQL.exactOrders);
  type PhoneEndParams = { key: string; limit: number };
  const customersByPhoneEnd = db.prepare<PhoneEndParams, PersonRow>(SEARCH_SQL.customersByPhoneEnd);
  const ordersByPhoneEnd = db.prepare<PhoneEndParams, PersonRow>(SEARCH_SQL.ordersByPhoneEnd);
  const passesOf = db.prepare<[string], CustomerPassSummary>(SEARCH_SQL.passesOfCustomer);

  const toHit = (r: PersonRow): CustomerHit => {
    const name = [r.firstName, r.lastName].filter(Boolean).join(' ') || r.email || r.confirmation || r.id;
    const passes = r.kind === 'customer' ? passesOf.all(r.id) : [];
    return {
      kind: r.kind,
      id: r.id,
      name,
      email: r.email,
      phone: r.phone,
      confirmation: r.confirmation,
      passes,
    };
  };

  /** Exact order matches first, then customers and orders together in name order; at most `limit`. */
  return function searchCustomers(query: string, limit = DEFAULT_SEARCH_LIMIT): CustomerHit[] {
    const text = query.trim();
    if (text.length < 2) return [];
    const n = Math.min(Math.max(Math.trunc(limit) || 1, 1), MAX_SEARCH_LIMIT);
    const exact = exactOrders.all({ text });
    const match = buildMatchQuery(text);
    const fromStart = match ? [...customers.all(match, n), ...orders.all(match, n)] : [];
    const key = phoneSuffixKey(text);
    const fromEnd = key
      ? [...customersByPhoneEnd.all({ key, limit: n }), ...ordersByPhoneEnd.all({ key, limit: n })]
      : [];
    const seen = new Set(exact.map((o) => `order:${o.id}`));
    const rest = [...fromStart, ...fromEnd].sort(byName).filter((r) => {
      const id = `${r.kind}:${r.id}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    // Passes are read only for the rows that are returned.
    return [...exact, ...rest].slice(0, n).map(toHit);
  };
}
