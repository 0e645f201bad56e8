// Core (plain Node): the read side of the cache beyond search: sessions and slots in a time range
// with how many are booked, a session's register, the product list and table counts.
import type { CacheCounts, SessionSummary } from '../../../shared/domain/cache';
import type { CacheDb } from './open-database';
import type { RegistrationRecord } from './records';
import { toUtcIso } from './search-keys';

// Booked: Reservie counts confirmed registrations' spaces; Resmark counts participants of cached
// orders on the slot. Resmark sends no capacity, only seats left (the cached availability), so a
// tour's capacity is seats left + booked: what the slot holds as far as this device knows (seats
// held in someone's open cart count as neither until they become an order). Both are index-only lookups per row (registrations_by_session,
// order_items_by_activity), and only rows starting in [from, to) are read (by-start indexes).
export const SCHEDULE_SQL = {
  sessionsInRange: `
    SELECT s.id, 'reservie' AS source, s.name, s.starts_at AS startsAt, s.ends_at AS endsAt, s.capacity,
      s.spaces_available AS spacesAvailable,
      (SELECT COALESCE(SUM(r.spaces), 0) FROM registrations r
        WHERE r.session_id = s.id AND r.status = 'confirmed') AS booked
    FROM sessions s WHERE s.starts_at >= @from AND s.starts_at < @to
    UNION ALL
    SELECT activity_id, 'resmark', name, starts_at, ends_at,
      CASE WHEN spaces_available IS NULL THEN NULL ELSE spaces_available + booked END,
      spaces_available, booked
    FROM (
      SELECT sl.activity_id, COALESCE(p.name, sl.product_id) AS name, sl.starts_at, sl.ends_at,
        sl.spaces_available,
        (SELECT COALESCE(SUM(oi.participant_count), 0) FROM order_items oi
          WHERE oi.activity_id = sl.activity_id) AS booked
      FROM slots sl LEFT JOIN products p ON p.id = sl.product_id
      WHERE sl.starts_at >= @from AND sl.starts_at < @to
    )
    ORDER BY startsAt, id`,
  registrationsOfSession: `
    SELECT id, session_id AS sessionId, customer_id AS customerId, spaces, status, payment_method AS paymentMethod,
      customer_pass_id AS customerPassId, attended, created_at AS createdAt
    FROM registrations WHERE session_id = ? ORDER BY created_at, id`,
  productIds: 'SELECT id FROM products ORDER BY id',
  counts: `SELECT
    (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM sessions) AS events,
    (SELECT count(*) FROM passes) AS passes, (SELECT count(*) FROM customer_passes) AS customerPasses,
    (SELECT count(*) FROM registrations) AS registrations, (SELECT count(*) FROM products) AS products,
    (SELECT count(*) FROM slots) AS availability, (SELECT count(*) FROM orders) AS orders`,
} as const;

type RegistrationRow = Omit<RegistrationRecord, 'attended'> & { attended: number | null };

export function createScheduleReads(db: CacheDb) {
  const sessions = db.prepare<{ from: string; to: string }, SessionSummary>(SCHEDULE_SQL.sessionsInRange);
  const register = db.prepare<[string], RegistrationRow>(SCHEDULE_SQL.registrationsOfSession);
  const productIds = db.prepare<[], string>(SCHEDULE_SQL.productIds).pluck();
  const counts = db.prepare<[], CacheCounts>(SCHEDULE_SQL.counts);

  return {
    /** Sessions and slots starting in [fromIso, toIso), in start order. Instants may carry any offset. */
    listSessions(fromIso: string, toIso: string): SessionSummary[] {
      return sessions.all({ from: toUtcIso(fromIso), to: toUtcIso(toIso) });
    },
    /** Everyone on a session's register (all statuses), in booking order. */
    listRegistrations(sessionId: string): RegistrationRecord[] {
      return register
        .all(sessionId)
        .map((r) => ({ ...r, attended: r.attended === null ? null : r.attended === 1 }));
    },
    /** Every cached Resmark product id; availability is fetched product by product. */
    listProductIds(): string[] {
      return productIds.all();
    },
    counts(): CacheCounts {
      return counts.get()!;
    },
  };
}
