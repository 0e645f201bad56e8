// Core (plain Node): writes and sweeps of the Resmark tables (products, slots, orders with their
// items). Statements are prepared once; callers own the transaction.
import type { CacheDb } from './open-database';
import type { OrderItemRecord, OrderRecord, ProductRecord, SlotRecord } from './records';
import type { RecordWriters, Sweepers } from './resources';
import { orderSearchKeys, phoneDigits, reversedDigits, toUtcIso } from './search-keys';
import { dayAfter, dayStart, insertSql, tableSweeper, toFlag, upserter, type Row } from './sql-helpers';

type ResmarkResource = 'products' | 'availability' | 'orders';

const sum = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0);

const productRow = (p: ProductRecord, gen: number): Row => ({
  id: p.id,
  product_number: p.productNumber,
  product_code: p.productCode,
  name: p.name,
  quantity_label: p.quantityLabel,
  dateless: toFlag(p.dateless),
  last_modified: p.lastModified,
  sync_gen: gen,
});

const slotRow = (s: SlotRecord, gen: number): Row => ({
  activity_id: s.activityId,
  product_id: s.productId,
  start_time: s.startTime,
  end_time: s.endTime,
  starts_at: toUtcIso(s.startTime),
  ends_at: toUtcIso(s.endTime),
  prices: JSON.stringify(s.prices),
  tiers_available: JSON.stringify(s.tiersAvailable),
  // "*" is one pool shared by every tier; otherwise each tier has its own seats.
  spaces_available:
    s.tiersAvailable['*'] ?? (Object.keys(s.tiersAvailable).length > 0 ? sum(s.tiersAvailable) : null),
  sync_gen: gen,
});

const orderRow = (o: OrderRecord, gen: number): Row => ({
  id: o.id,
  confirmation: o.confirmation,
  reference_id: o.referenceId,
  created_date: o.createdDate,
  modified_date: o.modifiedDate,
  first_name: o.firstName,
  last_name: o.lastName,
  email: o.email,
  phone: o.phone,
  phone_digits: phoneDigits(o.phone),
  phone_reversed: reversedDigits(o.phone),
  total: o.total,
  search_keys: orderSearchKeys(o),
  sync_gen: gen,
});

const itemRow = (orderId: string, i: OrderItemRecord): Row => ({
  order_id: orderId,
  item_index: i.index,
  activity_id: i.activityId,
  product_id: i.productId,
  product_name: i.productName,
  start_time: i.startTime,
  end_time: i.endTime,
  participants: JSON.stringify(i.participants),
  participant_count: sum(i.participants),
  total: i.total,
});

/** The statements whose plans the tests check (hot, or run once per product per sync). */
export const RESMARK_SQL = {
  deleteItems: 'DELETE FROM order_items WHERE order_id = ?',
  sweepSlotRange: 'DELETE FROM slots WHERE starts_at >= ? AND starts_at < ? AND sync_gen <> ?',
  sweepProductRange:
    'DELETE FROM slots WHERE product_id = ? AND starts_at >= ? AND starts_at < ? AND sync_gen <> ?',
} as const;

export function createResmarkTables(db: CacheDb): {
  writers: RecordWriters<ResmarkResource>;
  sweepers: Sweepers<ResmarkResource>;
} {
  const upsertProduct = upserter(db, 'products', 'id', productRow);
  const upsertSlot = upserter(db, 'slots', 'activity_id', slotRow);
  const upsertOrder = upserter(db, 'orders', 'id', orderRow);
  const deleteItems = db.prepare<[string]>(RESMARK_SQL.deleteItems);
  let insertItem: ReturnType<CacheDb['prepare']> | null = null;
  const sweepProducts = tableSweeper(db, 'products').all;
  const sweepSlots = tableSweeper(db, 'slots').all;
  const sweepSlotRange = db.prepare<[string, string, number]>(RESMARK_SQL.sweepSlotRange);
  const sweepProductRange = db.prepare<[string, string, string, number]>(RESMARK_SQL.sweepProductRange);
  // Items go with their order through ON DELETE CASCADE.
  const sweepOrders = tableSweeper(db, 'orders').all;

  return {
    writers: {
      products: upsertProduct,
      availability: upsertSlot,
      orders: (o, gen) => {
        upsertOrder(o, gen);
        // The API sends an order's items whole: replace them, so removed items disappear too.
        deleteItems.run(o.id);
        for (const item of o.items) {
          const row = itemRow(o.id, item);
          insertItem ??= db.prepare(insertSql('order_items', Object.keys(row)));
          insertItem.run(row);
        }
      },
    },
    sweepers: {
      products: sweepProducts,
      availability: (gen, scope) => {
        if (!scope) return sweepSlots(gen);
        const [from, to] = [dayStart(scope.fromDate), dayAfter(scope.toDate)];
        return scope.productId === undefined
          ? sweepSlotRange.run(from, to, gen).changes
          : sweepProductRange.run(scope.productId, from, to, gen).changes;
      },
      orders: sweepOrders,
    },
  };
}
