// Simulator (plain Node): what a cart may do in each state. Adding inventory locks that item's
// seats for 30 minutes (§7.4); renew resets the lock of every item still in the cart (§8.4 [A]).
// When an item's lock runs out only that item is dropped and its seats go back on sale; the cart
// survives and stays editable, but it can never become an order (§8.5 [A]), so it takes no new
// items either: seats locked there could never be sold.
import { z } from 'zod';
import { conflict, invalid, notFound, SimError } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { canSeat, priceOf, takeSeats, tiersAvailable } from './seats';
import { LOCK_MS, type ResmarkStore } from './store';
import type { Cart, TierCounts } from './types';

const count = z.union([
  z.number().int().min(0).max(1000),
  z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number),
]);
const ItemInput = z.object({
  itemId: z.string().min(1),
  participants: z.record(z.string(), count),
  locationId: z.string().nullish(),
  pickupDetailId: z.string().nullish(),
});

export function findCart(store: ResmarkStore, id: string): Cart {
  const cart = store.carts.get(id);
  if (!cart) throw notFound(`Cart ${id}`);
  return cart;
}

/** Refuses changes to a cart that became an order. */
export function assertNotOrdered(cart: Cart): void {
  if (cart.status === 'ordered')
    throw conflict(`Cart ${cart.id} has already been converted to order ${cart.orderId}`);
}

const lockRanOut = (cart: Cart): SimError =>
  conflict(`Cart ${cart.id} lost items when its inventory lock expired and can no longer become an order`);

export function addItem(store: ResmarkStore, cart: Cart, body: unknown, now: number): void {
  assertNotOrdered(cart);
  if (cart.status === 'expired') throw lockRanOut(cart);
  const input = parseBody(ItemInput, body);
  const slot = store.slots.get(input.itemId);
  if (!slot) throw new SimError(404, 'not_found', `Inventory item ${input.itemId} not found`);
  const prices = store.products.get(slot.productId)?.prices ?? {};
  const participants = cleanParticipants(input.participants, prices);
  if (slot.endMs <= now) throw conflict('This activity has already ended');
  if (!canSeat(slot, participants)) {
    throw conflict('Not enough availability for the requested participants', {
      tiersAvailable: tiersAvailable(slot),
    });
  }
  takeSeats(slot, participants);
  cart.items.push({
    slot,
    participants,
    total: priceOf(prices, participants),
    lockExpiresAt: now + LOCK_MS,
    locationId: input.locationId ?? null,
    pickupDetailId: input.pickupDetailId ?? null,
  });
  store.trackLocks(cart);
}

function cleanParticipants(raw: Record<string, number>, prices: TierCounts): TierCounts {
  const out: TierCounts = {};
  for (const [tier, n] of Object.entries(raw)) {
    if (prices[tier] === undefined) {
      throw invalid(
        `participants.${tier}`,
        `unknown price tier; this item has ${Object.keys(prices).join(', ')}`,
      );
    }
    if (n > 0) out[tier] = n;
  }
  if (Object.keys(out).length === 0) throw invalid('participants', 'at least one participant is needed');
  return out;
}

/** `itemIndexOrId` (§7.4 [A]): the 0-based position, or the item's activityId (oldest such item). */
export function removeItem(store: ResmarkStore, cart: Cart, itemIndexOrId: string): void {
  assertNotOrdered(cart);
  const i = itemIndex(cart, itemIndexOrId);
  const item = cart.items[i];
  if (!item) throw notFound(`Cart item ${itemIndexOrId}`);
  cart.items.splice(i, 1);
  store.releaseItem(item);
  store.trackLocks(cart);
}

function itemIndex(cart: Cart, indexOrId: string): number {
  // A position is a short number; a 24-hex activityId can be all digits but never a position in range.
  if (/^\d{1,4}$/.test(indexOrId) && Number(indexOrId) < cart.items.length) return Number(indexOrId);
  return cart.items.findIndex((item) => item.slot.activityId === indexOrId);
}

/** Only while some lock is live: after expiry there is nothing left to renew (§8.4 [A]). */
export function renew(cart: Cart, now: number): void {
  assertNotOrdered(cart);
  if (cart.items.length === 0) {
    throw cart.status === 'expired'
      ? lockRanOut(cart)
      : conflict(`Cart ${cart.id} holds no inventory to renew`);
  }
  for (const item of cart.items) item.lockExpiresAt = now + LOCK_MS;
}

const DISCOUNTS: Record<string, number> = { DEMO10: 10, LOCALS15: 15, FRIENDS20: 20 };

export function applyDiscount(cart: Cart, body: unknown): void {
  assertNotOrdered(cart);
  const { code } = parseBody(z.object({ code: z.string().trim().min(1) }), body);
  const percent = DISCOUNTS[code.toUpperCase()];
  if (percent === undefined) throw invalid('code', `unknown discount code ${code}`);
  cart.discount = { code: code.toUpperCase(), percent };
}

export function setCustomer(cart: Cart, body: unknown): void {
  assertNotOrdered(cart);
  cart.customer = parseBody(z.record(z.string(), z.unknown()), body);
}
