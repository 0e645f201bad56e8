// Simulator (plain Node): what a cart may do in each state. Adding inventory locks its seats for
// 30 minutes (§7.4); renew resets every lock (§8.4 [A]); once any lock has run out the cart is
// spent: its seats are back on sale and it can never become an order (§8.5 [A]).
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

/** Refuses changes to a cart that became an order or whose lock ran out. */
export function assertOpen(cart: Cart): void {
  if (cart.status === 'ordered')
    throw conflict(`Cart ${cart.id} has already been converted to order ${cart.orderId}`);
  if (cart.status === 'expired') throw conflict(`Cart ${cart.id} has expired: its inventory lock ran out`);
}

export function addItem(store: ResmarkStore, cart: Cart, body: unknown, now: number): void {
  assertOpen(cart);
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

export function removeItem(store: ResmarkStore, cart: Cart, index: string): void {
  assertOpen(cart);
  const i = /^\d+$/.test(index) ? Number(index) : -1;
  const item = cart.items[i];
  if (!item) throw notFound(`Cart item ${index}`);
  cart.items.splice(i, 1);
  store.releaseItem(item);
  store.trackLocks(cart);
}

export function renew(cart: Cart, now: number): void {
  assertOpen(cart);
  if (cart.items.length === 0) throw conflict(`Cart ${cart.id} holds no inventory to renew`);
  for (const item of cart.items) item.lockExpiresAt = now + LOCK_MS;
}

const DISCOUNTS: Record<string, number> = { DEMO10: 10, LOCALS15: 15, FRIENDS20: 20 };

export function applyDiscount(cart: Cart, body: unknown): void {
  assertOpen(cart);
  const { code } = parseBody(z.object({ code: z.string().trim().min(1) }), body);
  const percent = DISCOUNTS[code.toUpperCase()];
  if (percent === undefined) throw invalid('code', `unknown discount code ${code}`);
  cart.discount = { code: code.toUpperCase(), percent };
}

export function setCustomer(cart: Cart, body: unknown): void {
  assertOpen(cart);
  cart.customer = parseBody(z.record(z.string(), z.unknown()), body);
}
