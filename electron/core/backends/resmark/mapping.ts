// Core (plain Node): Resmark JSON (inside the `data` of its envelope) -> cache records. The
// product shape is documented; inventory, orders and carts are known only from public client
// code (resmark.md §7 [C]), so every piece of them may be missing.
import { z } from 'zod';
import type { OrderItemRecord, OrderRecord, ProductRecord, SlotRecord } from '../../store/records';
import { idString, instant, numberMap, optNumber, optText, softInstant } from '../parse';

export const RmProduct = z
  .looseObject({
    id: idString,
    productNumber: optNumber,
    productCode: optText,
    name: z.string().nullish(),
    quantityLabel: optText,
    dateless: z.boolean().nullish(),
    lastModified: softInstant,
    modifiedDate: softInstant,
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

const RmTime = z.looseObject({
  activityId: idString,
  productId: idString.nullish(),
  startTime: instant,
  endTime: softInstant,
  price: numberMap,
  tiersAvailable: numberMap,
});

/** `data` of GET /product/{id}/item: `{ items: [{ date, timesAvailable: [...] }] }` (a bare array is accepted). */
export const RmInventory = z.preprocess(
  (data) => (Array.isArray(data) ? { items: data } : data),
  z.looseObject({
    items: z.array(z.looseObject({ timesAvailable: z.array(RmTime).nullish() })).nullish(),
  }),
);

export function toSlots(productId: string, inventory: z.output<typeof RmInventory>): SlotRecord[] {
  return (inventory.items ?? []).flatMap((day) =>
    (day.timesAvailable ?? []).map((t) => ({
      activityId: t.activityId,
      productId: t.productId ?? productId,
      startTime: t.startTime,
      // An open-ended slot still needs an end for display and session windows.
      endTime: t.endTime ?? t.startTime,
      prices: t.price,
      tiersAvailable: t.tiersAvailable,
    })),
  );
}

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
  activityId: idString.nullish(),
  itemId: idString.nullish(),
  product: z.looseObject({ id: idString.nullish(), name: optText }).nullish(),
  productId: idString.nullish(),
  productName: optText,
  date: z.looseObject({ startTime: softInstant, endTime: softInstant }).nullish(),
  startTime: softInstant,
  endTime: softInstant,
  participants: z.unknown().optional(),
  participantList: z.unknown().optional(),
  total: optNumber,
});

function toOrderItem(i: z.output<typeof RmOrderItem>, index: number): OrderItemRecord {
  return {
    index,
    activityId: i.activityId ?? i.itemId ?? null,
    productId: i.product?.id ?? i.productId ?? null,
    productName: i.product?.name ?? i.productName,
    startTime: i.date?.startTime ?? i.startTime,
    endTime: i.date?.endTime ?? i.endTime,
    participants: countParticipants(i.participants ?? i.participantList),
    total: i.total,
  };
}

const RmPerson = z
  .looseObject({
    firstName: optText,
    lastName: optText,
    email: optText,
    phone: optText,
    phoneNumber: optText,
  })
  .nullish();

export const RmOrder = z
  .looseObject({
    id: idString,
    confirmation: idString.nullish(),
    referenceId: optText,
    createdDate: softInstant,
    modifiedDate: softInstant,
    lastModifiedDate: softInstant,
    customer: RmPerson,
    total: optNumber,
    amountPaid: optNumber,
    items: z.array(RmOrderItem).nullish(),
  })
  .transform((o): OrderRecord => {
    const items = (o.items ?? []).map(toOrderItem);
    const itemTotals = items.map((i) => i.total);
    const summed =
      itemTotals.length && itemTotals.every((t) => t !== null)
        ? (itemTotals as number[]).reduce((a, b) => a + b, 0)
        : null;
    const modified = o.modifiedDate ?? o.lastModifiedDate;
    return {
      id: o.id,
      confirmation: o.confirmation ?? o.id,
      referenceId: o.referenceId,
      createdDate: o.createdDate ?? modified ?? '',
      modifiedDate: modified,
      firstName: o.customer?.firstName ?? null,
      lastName: o.customer?.lastName ?? null,
      email: o.customer?.email ?? null,
      phone: o.customer?.phone ?? o.customer?.phoneNumber ?? null,
      total: o.total ?? o.amountPaid ?? summed,
      items,
    };
  });

/** What booking needs back from a cart call. */
export interface CartSummary {
  id: string;
  total: number | null;
  items: { activityId: string | null; total: number | null }[];
}

export const RmCart = z
  .looseObject({ id: idString, total: optNumber, items: z.array(RmOrderItem).nullish() })
  .transform((c): CartSummary => ({
    id: c.id,
    total: c.total,
    items: (c.items ?? []).map((i) => ({ activityId: i.activityId ?? i.itemId ?? null, total: i.total })),
  }));
