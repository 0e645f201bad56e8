// Core (plain Node): Resmark JSON (inside the `data` of its envelope) -> cache records. The
// product shape is documented; inventory, orders and carts are known only from public client
// code (resmark.md §7 [C]), so every piece of them may be missing or differently typed. Only a
// record without an id (or a slot without an activityId or a start) is unusable, and then only
// that record is skipped.
import { z } from 'zod';
import type { OrderItemRecord, OrderRecord, ProductRecord, SlotRecord } from '../../store/records';
import {
  anyValue,
  idString,
  isObject,
  numberMap,
  optBool,
  optId,
  optInstant,
  optNumber,
  optText,
  readDay,
  readEach,
  readId,
  readInstant,
  readTimeOnDay,
  tierMap,
  type JsonObject,
  type RowsRead,
} from '../parse';

export const RmProduct = z
  .looseObject({
    id: idString,
    /** A number in the docs (§7.2); sent as text by some servers. Non-numeric text is no number. */
    productNumber: optNumber,
    productCode: optText,
    name: optText,
    quantityLabel: optText,
    dateless: optBool,
    lastModified: optInstant,
    modifiedDate: optInstant,
  })
  .transform((p): ProductRecord => ({
    id: p.id,
    productNumber: p.productNumber,
    productCode: p.productCode,
    name: p.name ?? '',
    quantityLabel: p.quantityLabel,
    dateless: p.dateless ?? false,
    lastModified: p.lastModified ?? p.modifiedDate,
  }));

// ---------------------------------------------------------------- inventory

/** One inventory day: its date and its raw slots (each read on its own). */
const RmDay = z.looseObject({
  date: anyValue.transform(readDay),
  timesAvailable: anyValue.transform((v): unknown[] => (Array.isArray(v) ? v : [])),
});

/**
 * `data` of GET /product/{id}/item: `{ items: [{ date, timesAvailable: [...] }] }`. A bare array
 * of days is accepted, and null, `{}` or a missing list mean no inventory; a day that is not an
 * object is left out.
 */
export const RmInventory = z.preprocess(
  (data) => (Array.isArray(data) ? { items: data } : (data ?? {})),
  z.looseObject({
    items: anyValue.transform((v) =>
      (Array.isArray(v) ? v : []).flatMap((d) => {
        const day = RmDay.safeParse(d);
        return day.success ? [day.data] : [];
      }),
    ),
  }),
);

/**
 * One slot of `day`. Slot times are UTC (§8.13 [A]); the exact format was not visible (§7.2), so a
 * bare time ("09:00") is read on the day's date. An end before the start crossed midnight.
 */
function rmSlot(productId: string, day: string | null) {
  return z
    .looseObject({
      activityId: idString,
      productId: optId,
      startTime: anyValue,
      endTime: anyValue,
      // One scalar price is everyone's price; one scalar count is the shared pool, "*" (§8.12).
      price: tierMap('All'),
      tiersAvailable: tierMap('*'),
    })
    .transform((t, ctx): SlotRecord => {
      const start = readTimeOnDay(t.startTime, day);
      if (start === null) {
        ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'not a time' });
        return z.NEVER;
      }
      const end = readTimeOnDay(t.endTime, day);
      return {
        activityId: t.activityId,
        productId: t.productId ?? productId,
        startTime: start,
        // An open-ended slot still needs an end for display and session windows.
        endTime: end === null ? start : end < start ? plusDay(end) : end,
        prices: t.price,
        tiersAvailable: t.tiersAvailable,
      };
    });
}

const plusDay = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString();

/** The slots of an inventory reply, with the count of slots that could not be read. */
export function readSlots(productId: string, inventory: z.output<typeof RmInventory>): RowsRead<SlotRecord> {
  const out: RowsRead<SlotRecord> = { items: [], skipped: 0, fields: [] };
  for (const day of inventory.items) {
    const read = readEach(rmSlot(productId, day.date), day.timesAvailable);
    out.items.push(...read.items);
    out.skipped += read.skipped;
    out.fields = [...new Set([...out.fields, ...read.fields])];
  }
  return out;
}

export function toSlots(productId: string, inventory: z.output<typeof RmInventory>): SlotRecord[] {
  return readSlots(productId, inventory).items;
}

// ---------------------------------------------------------------- orders

/** Participants arrive as a tier->count map, or as a per-participant list with a tier name each. */
function countParticipants(value: unknown): Record<string, number> {
  if (Array.isArray(value)) {
    const out: Record<string, number> = {};
    for (const p of value) {
      const tier = z
        .looseObject({ tier: optText, priceTier: optText, priceTierName: optText })
        .safeParse(p).data;
      const name = tier?.tier ?? tier?.priceTier ?? tier?.priceTierName ?? 'All';
      out[name] = (out[name] ?? 0) + 1;
    }
    return out;
  }
  return numberMap.safeParse(value).data ?? {};
}

const RmOrderItem = z.looseObject({
  activityId: optId,
  itemId: optId,
  /** An object `{ id, name }`, or just the product id. */
  product: anyValue,
  productId: optId,
  productName: optText,
  /** `{ startTime, endTime }` as public clients read it (§7.5), or the item's day as text. */
  date: anyValue,
  startTime: anyValue,
  endTime: anyValue,
  participants: anyValue,
  participantList: anyValue,
  total: optNumber,
});

type RawOrderItem = z.output<typeof RmOrderItem>;

/** Start and end of an item, wherever this server put them. */
function itemTimes(i: RawOrderItem): { startTime: string | null; endTime: string | null } {
  const inner: JsonObject = isObject(i.date) ? i.date : {};
  const day = readDay(i.date);
  const start = inner.startTime ?? i.startTime;
  const end = inner.endTime ?? i.endTime;
  return {
    // A `date` that is itself a date-time is the start when nothing else says so.
    startTime:
      readTimeOnDay(start, day) ??
      (typeof i.date === 'string' && i.date.length > 10 ? readInstant(i.date) : null),
    endTime: readTimeOnDay(end, day),
  };
}

function toOrderItem(i: RawOrderItem, index: number): OrderItemRecord {
  const product: JsonObject = isObject(i.product) ? i.product : {};
  return {
    index,
    activityId: i.activityId ?? i.itemId,
    productId: readId(product.id) ?? readId(i.product) ?? i.productId,
    productName: optText.parse(product.name) ?? i.productName,
    ...itemTimes(i),
    participants: countParticipants(i.participants ?? i.participantList),
    total: i.total,
  };
}

/** Items read one by one; an unreadable one is left out and the rest keep their positions. */
function orderItems(value: unknown): OrderItemRecord[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw, index) => {
    const item = RmOrderItem.safeParse(raw);
    return item.success ? [toOrderItem(item.data, index)] : [];
  });
}

const RmPerson = anyValue.transform((v) =>
  isObject(v)
    ? z
        .looseObject({
          firstName: optText,
          lastName: optText,
          email: optText,
          phone: optText,
          phoneNumber: optText,
        })
        .parse(v)
    : null,
);

export const RmOrder = z
  .looseObject({
    id: optId,
    confirmation: optId,
    referenceId: optText,
    createdDate: optInstant,
    modifiedDate: optInstant,
    lastModifiedDate: optInstant,
    customer: RmPerson,
    total: optNumber,
    amountPaid: optNumber,
    items: anyValue.transform(orderItems),
  })
  .transform((o, ctx): OrderRecord => {
    // GET /order/{id} takes the session id or the confirmation number (§7.5): either identifies it.
    const id = o.id ?? o.confirmation;
    if (id === null) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'no id' });
      return z.NEVER;
    }
    const itemTotals = o.items.map((i) => i.total);
    const summed =
      itemTotals.length && itemTotals.every((t) => t !== null)
        ? (itemTotals as number[]).reduce((a, b) => a + b, 0)
        : null;
    const modified = o.modifiedDate ?? o.lastModifiedDate;
    return {
      id,
      confirmation: o.confirmation ?? id,
      referenceId: o.referenceId,
      createdDate: o.createdDate ?? modified ?? '',
      modifiedDate: modified,
      firstName: o.customer?.firstName ?? null,
      lastName: o.customer?.lastName ?? null,
      email: o.customer?.email ?? null,
      phone: o.customer?.phone ?? o.customer?.phoneNumber ?? null,
      total: o.total ?? o.amountPaid ?? summed,
      items: o.items,
    };
  });

// ---------------------------------------------------------------- carts

/** What booking needs back from a cart call. */
export interface CartSummary {
  id: string;
  total: number | null;
  items: { activityId: string | null; total: number | null }[];
  /** When the earliest seat lock runs out, as the server said (ISO); null when it did not say. */
  lockExpiresDate: string | null;
  /** open | expired | ordered, when the server says (§8.5 [A]); null otherwise. */
  status: string | null;
}

export const RmCart = z
  .looseObject({
    id: idString,
    total: optNumber,
    items: anyValue,
    lockExpiresDate: optInstant,
    status: optText,
  })
  .transform((c): CartSummary => {
    const items = orderItems(c.items);
    // Locks are per item (§8.4 [A]): the cart's own date, else the soonest item's.
    const raw = Array.isArray(c.items) ? (c.items as unknown[]) : [];
    const itemLocks = raw
      .map((i) => (isObject(i) ? optInstant.safeParse(i.lockExpiresDate) : null))
      .flatMap((r) => (r?.success && r.data ? [r.data] : []))
      .sort();
    return {
      id: c.id,
      total: c.total,
      items: items.map((i) => ({ activityId: i.activityId, total: i.total })),
      lockExpiresDate: itemLocks[0] ?? c.lockExpiresDate,
      status: c.status,
    };
  });
