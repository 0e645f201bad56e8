// Core (plain Node): the cache reads a Resmark check-in decides from: an order with its items (by
// id, or by the confirmation number or reference typed or scanned in full) and today's departures
// with how many are booked on them. Offline too: orders are synced into the cache (resmark-plan).
import type { CacheDb } from './open-database';
import type { OrderItemRecord, OrderRecord } from './records';
import { toUtcIso } from './search-keys';

export interface CachedDeparture {
  /** The activity id: what the ledger files a Resmark check-in under. */
  departureId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  /** Participants of cached orders on it. */
  booked: number;
}

export interface ResmarkCheckInReads {
  order(id: string): OrderRecord | null;
  /** The order whose id, confirmation number (any case) or reference is exactly `text`. */
  findOrder(text: string): OrderRecord | null;
  /** Departures with at least one booked participant, starting in [fromIso, toIso), by start. */
  departuresBetween(fromIso: string, toIso: string): CachedDeparture[];
}

type OrderRow = Omit<OrderRecord, 'items'>;
type ItemRow = Omit<OrderItemRecord, 'participants'> & { participants: string };

export const RESMARK_CHECKIN_SQL = {
  order: `SELECT id, confirmation, reference_id AS referenceId, created_date AS createdDate,
      modified_date AS modifiedDate, first_name AS firstName, last_name AS lastName, email, phone, total
    FROM orders WHERE id = ?`,
  items: `SELECT oi.item_index AS "index", oi.activity_id AS activityId, oi.product_id AS productId,
      COALESCE(oi.product_name, p.name) AS productName, oi.start_time AS startTime, oi.end_time AS endTime,
      oi.participants, oi.total
    FROM order_items oi LEFT JOIN products p ON p.id = oi.product_id
    WHERE oi.order_id = ? ORDER BY oi.item_index`,
  // The id first, then a confirmation number, then our own reference: one row at most.
  find: `SELECT id FROM orders WHERE id = @text OR confirmation = @text OR reference_id = @text
    ORDER BY id = @text DESC, confirmation = @text DESC, id LIMIT 1`,
  // Today's slots (by-start index), each joined to the items booked on it (by-activity index).
  departures: `SELECT sl.activity_id AS departureId, COALESCE(p.name, MAX(oi.product_name), sl.product_id) AS name,
      sl.starts_at AS startsAt, sl.ends_at AS endsAt, SUM(oi.participant_count) AS booked
    FROM slots sl JOIN order_items oi ON oi.activity_id = sl.activity_id
    LEFT JOIN products p ON p.id = sl.product_id
    WHERE sl.starts_at >= @from AND sl.starts_at < @to
    GROUP BY sl.activity_id HAVING SUM(oi.participant_count) > 0
    ORDER BY sl.starts_at, sl.activity_id`,
} as const;

export function createResmarkCheckInReads(db: CacheDb): ResmarkCheckInReads {
  const orderRow = db.prepare<[string], OrderRow>(RESMARK_CHECKIN_SQL.order);
  const itemRows = db.prepare<[string], ItemRow>(RESMARK_CHECKIN_SQL.items);
  const find = db.prepare<{ text: string }, string>(RESMARK_CHECKIN_SQL.find).pluck();
  const departures = db.prepare<{ from: string; to: string }, CachedDeparture>(
    RESMARK_CHECKIN_SQL.departures,
  );

  const order = (id: string): OrderRecord | null => {
    const row = orderRow.get(id);
    if (!row) return null;
    return {
      ...row,
      items: itemRows.all(id).map((i) => ({ ...i, participants: tierCounts(i.participants) })),
    };
  };
  return {
    order,
    findOrder: (text) => {
      const id = find.get({ text: text.trim() });
      return id === undefined ? null : order(id);
    },
    departuresBetween: (from, to) => departures.all({ from: toUtcIso(from), to: toUtcIso(to) }),
  };
}

/** The stored participants JSON, keeping only whole non-negative counts (anything else is no one). */
function tierCounts(json: string): Record<string, number> {
  const parsed: unknown = JSON.parse(json);
  const counts: Record<string, number> = {};
  if (parsed && typeof parsed === 'object') {
    for (const [tier, n] of Object.entries(parsed)) {
      if (typeof n === 'number' && Number.isInteger(n) && n > 0) counts[tier] = n;
    }
  }
  return counts;
}
