// Simulator (plain Node): Resmark records -> wire shapes (carts §7.4, orders §7.5 and the fields
// the brief adds: referenceId, billing, payments, modifiedDate, total, amountPaid, lock expiry).
import { roundMoney } from './seats';
import type { ResmarkStore } from './store';
import type { Cart, CartItem, Order, OrderItem, Payment, TierCounts } from './types';

const iso = (ms: number): string => new Date(ms).toISOString();

function productRef(store: ResmarkStore, productId: string) {
  const p = store.products.get(productId)?.view;
  return { id: productId, name: p?.name ?? null, productNumber: p?.productNumber ?? null };
}

function participantList(prices: TierCounts, participants: TierCounts) {
  return Object.entries(participants).flatMap(([tier, n]) =>
    Array.from({ length: n }, () => ({ tier, price: prices[tier] ?? 0 })),
  );
}

function cartItemView(store: ResmarkStore, item: CartItem) {
  const { slot } = item;
  const prices = store.products.get(slot.productId)?.prices ?? {};
  return {
    activityId: slot.activityId,
    product: productRef(store, slot.productId),
    date: { startTime: iso(slot.startMs), endTime: iso(slot.endMs) },
    participants: item.participants,
    price: prices,
    participantList: participantList(prices, item.participants),
    total: item.total,
    lockExpiresDate: iso(item.lockExpiresAt),
    locationId: item.locationId,
    pickupDetailId: item.pickupDetailId,
  };
}

export function cartSubtotal(cart: Cart): number {
  return roundMoney(cart.items.reduce((sum, item) => sum + item.total, 0));
}

export function cartDiscount(cart: Cart): number {
  return cart.discount ? roundMoney((cartSubtotal(cart) * cart.discount.percent) / 100) : 0;
}

export function cartView(store: ResmarkStore, cart: Cart) {
  const lock = Math.min(...cart.items.map((i) => i.lockExpiresAt));
  return {
    id: cart.id,
    entityId: store.entityId,
    createdDate: iso(cart.createdMs),
    createdBy: cart.createdBy,
    createdByEmail: cart.createdByEmail,
    customer: cart.customer,
    items: cart.items.map((item) => cartItemView(store, item)),
    discount: cart.discount ? { code: cart.discount.code, amount: cartDiscount(cart) } : null,
    total: roundMoney(cartSubtotal(cart) - cartDiscount(cart)),
    status: cart.status,
    lockExpiresDate: Number.isFinite(lock) ? iso(lock) : null,
    orderId: cart.orderId,
  };
}

export function orderItemView(store: ResmarkStore, item: OrderItem) {
  const prices = store.products.get(item.productId)?.prices ?? {};
  return {
    activityId: item.activityId,
    product: productRef(store, item.productId),
    date: { startTime: iso(item.startMs), endTime: iso(item.endMs) },
    participants: item.participants,
    participantList: participantList(prices, item.participants),
    total: item.total,
  };
}

/** The order's external id: the first one any POST /order gave it (the others still find it). */
export function referenceIdOf(order: Order): string | null {
  return order.payments.find((p) => p.referenceId !== null)?.referenceId ?? null;
}

/** The memo of the payment that made the order. */
function billingOf(order: Order): Record<string, unknown> | null {
  return order.payments[0]?.billing ?? null;
}

function paymentView(p: Payment) {
  return { date: iso(p.at), amount: p.amount, referenceId: p.referenceId, billing: p.billing };
}

export function orderView(store: ResmarkStore, order: Order) {
  return {
    id: order.id,
    confirmation: order.confirmation,
    createdDate: iso(order.createdMs),
    modifiedDate: iso(order.modifiedMs),
    createdBy: order.createdBy,
    createdByEmail: order.createdByEmail,
    referenceId: referenceIdOf(order),
    billing: billingOf(order),
    payments: order.payments.map(paymentView),
    customer: order.customer,
    items: order.items.map((item) => orderItemView(store, item)),
    discount: order.discountAmount,
    total: order.total,
    amountPaid: order.total,
    disableConfirmationEmail: order.disableConfirmationEmail,
  };
}
