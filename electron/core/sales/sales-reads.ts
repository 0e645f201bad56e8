// Core (plain Node): the cache reads a walk-up sale decides from: a Resmark slot (with its
// product's name), a product's slots on one day, the tours to sell, a Reservie session, the
// pass types and their prices.
import type { CacheDb } from '../store/open-database';
import { zonedDay, zonedDayBounds } from '../../../shared/domain/zone-clock';
import type { SlotRecord } from '../store/records';

export interface CachedSlot extends SlotRecord {
  productName: string | null;
}

export interface CachedSaleSession {
  id: string;
  name: string;
  startsAt: string;
  capacity: number | null;
  spacesAvailable: number | null;
  /** Minor units, in `currency`. */
  price: number | null;
  currency: string | null;
}

export interface SalesReads {
  slot(activityId: string): CachedSlot | null;
  /**
   * A product's slots on the venue's day `date` (YYYY-MM-DD) in `timeZone`, by start: the day the
   * live inventory files them under. Slot times are stored in UTC, so their first ten characters
   * are the UTC date, which is another day for a venue far from Greenwich.
   */
  slotsOn(productId: string, date: string, timeZone: string): CachedSlot[];
  session(id: string): CachedSaleSession | null;
  /** A pass type's price in minor units, when the cache has it. */
  passPrice(passId: string): number | null;
  /** The Resmark products with dated slots (tours), by name. */
  datedProducts(): { id: string; name: string }[];
  /** Every pass type the desk can sell (Reservie's catalogue), by name. */
  passTypes(): CachedPassType[];
}

export interface CachedPassType {
  id: string;
  name: string;
  credits: number | null;
  /** Minor units. */
  price: number | null;
}

interface SlotRow {
  activity_id: string;
  product_id: string;
  start_time: string;
  end_time: string;
  prices: string;
  tiers_available: string;
  product_name: string | null;
}

const toSlot = (r: SlotRow): CachedSlot => ({
  activityId: r.activity_id,
  productId: r.product_id,
  startTime: r.start_time,
  endTime: r.end_time,
  prices: JSON.parse(r.prices) as Record<string, number>,
  tiersAvailable: JSON.parse(r.tiers_available) as Record<string, number>,
  productName: r.product_name,
});

/**
 * The venue's day a slot is on, the day Resmark's inventory files it under: `from`/`to` ask for
 * it, and the sale screen's date shows it. Not startTime's first ten characters, which are the UTC
 * date: the next day for an evening tour west of Greenwich.
 */
export const slotDay = (slot: Pick<SlotRecord, 'startTime'>, timeZone: string): string =>
  zonedDay(Date.parse(slot.startTime), timeZone);

export function createSalesReads(db: CacheDb): SalesReads {
  const SLOT = `SELECT s.activity_id, s.product_id, s.start_time, s.end_time, s.prices, s.tiers_available,
      p.name AS product_name FROM slots s LEFT JOIN products p ON p.id = s.product_id`;
  const slot = db.prepare<[string], SlotRow>(`${SLOT} WHERE s.activity_id = ?`);
  const slotsOn = db.prepare<[string, string, string], SlotRow>(
    `${SLOT} WHERE s.product_id = ? AND s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at, s.activity_id`,
  );
  const session = db.prepare<[string], CachedSaleSession>(
    `SELECT id, name, starts_at AS startsAt, capacity, spaces_available AS spacesAvailable, price, currency
     FROM sessions WHERE id = ?`,
  );
  const passPrice = db.prepare<[string], number | null>('SELECT price FROM passes WHERE id = ?').pluck();
  const passTypes = db.prepare<[], CachedPassType>(
    'SELECT id, name, credits, price FROM passes ORDER BY name, id',
  );
  const datedProducts = db.prepare<[], { id: string; name: string }>(
    'SELECT id, name FROM products WHERE dateless = 0 ORDER BY name COLLATE NOCASE, id',
  );
  return {
    slot: (id) => {
      const r = slot.get(id);
      return r ? toSlot(r) : null;
    },
    slotsOn: (productId, date, timeZone) => {
      const { start, end } = zonedDayBounds(date, timeZone);
      const iso = (ms: number) => new Date(ms).toISOString();
      return slotsOn.all(productId, iso(start), iso(end)).map(toSlot);
    },
    session: (id) => session.get(id) ?? null,
    passPrice: (id) => passPrice.get(id) ?? null,
    passTypes: () => passTypes.all(),
    datedProducts: () => datedProducts.all(),
  };
}
