// Simulator (plain Node): POST /order (§7.5): a cart with live inventory becomes a paid order
// (paid by an external source, no e-mails by default, §8.16 [A]). The notes ask only that the
// cart "must contain inventory", so a customer is optional. A cart becomes at most one order
// (§8.6 [A]); `orderId` adds the cart to an existing order instead. A cart that lost items to a
// run-out lock can never become an order (§8.5 [A]).
import { z } from 'zod';
import { conflict, invalid, notFound } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { assertNotOrdered, findCart } from './cart-rules';
import { roundMoney } from './seats';
import { API_USER_NAME, type ResmarkStore } from './store';
import type { Cart, Order, OrderItem, Payment, Person } from './types';
import { cartDiscount, cartSubtotal } from './views';

const OrderInput = z.object({
  id: z.string().min(1),
  orderId: z.string().min(1).nullish(),
  referenceId: z.string().max(200).nullish(),
  billing: z.record(z.string(), z.unknown()).nullish(),
  disableConfirmationEmail: z.boolean().optional(),
  disableNotification: z.boolean().optional(),
  disablePendingOrderNotification: z.boolean().optional(),
});
type OrderRequest = z.output<typeof OrderInput>;

export function placeOrder(store: ResmarkStore, body: unknown, principal: string | null, now: number): Order {
  const input = parseBody(OrderInput, body);
  const cart = findCart(store, input.id);
  assertOrderable(cart);
  const items = cart.items.map(orderItem);
  const discount = cartDiscount(cart);
  const total = roundMoney(cartSubtotal(cart) - discount);
  const payment = paymentFor(input, total, now);
  const order = input.orderId
    ? appendTo(store, input.orderId, { items, discount, total, payment }, now)
    : store.addOrder({
        createdMs: now,
        modifiedMs: now,
        createdBy: API_USER_NAME,
        createdByEmail: principal ?? '',
        payments: [payment],
        customer: person(cart.customer),
        items,
        discountAmount: discount,
        total,
        disableConfirmationEmail: input.disableConfirmationEmail ?? true,
      });
  convert(store, cart, order);
  return order;
}

/** Ordered twice or after a lock ran out → 409; nothing in it → 400. */
function assertOrderable(cart: Cart): void {
  assertNotOrdered(cart);
  if (cart.status === 'expired') {
    throw conflict(
      `Cart ${cart.id} cannot become an order: its inventory lock expired and items were dropped; start a new cart`,
    );
  }
  if (cart.items.length === 0) throw invalid('id', 'the cart holds no inventory');
}

function paymentFor(input: OrderRequest, amount: number, now: number): Payment {
  return { at: now, amount, referenceId: input.referenceId ?? null, billing: input.billing ?? null };
}

/** `orderId` given: the cart's contents (and its payment) join that order, a modification. */
function appendTo(
  store: ResmarkStore,
  orderId: string,
  add: { items: OrderItem[]; discount: number; total: number; payment: Payment },
  now: number,
): Order {
  const existing = store.findOrder(orderId);
  if (!existing) throw notFound(`Order ${orderId}`);
  existing.items.push(...add.items);
  existing.payments.push(add.payment);
  existing.discountAmount = roundMoney(existing.discountAmount + add.discount);
  existing.total = roundMoney(existing.total + add.total);
  store.markModified(existing, now);
  return existing;
}

/** The seats stay taken: they move from the cart's lock to the order. */
function convert(store: ResmarkStore, cart: Cart, order: Order): void {
  cart.status = 'ordered';
  cart.orderId = order.id;
  store.trackLocks(cart);
}

function orderItem(item: Cart['items'][number]): OrderItem {
  return {
    activityId: item.slot.activityId,
    productId: item.slot.productId,
    startMs: item.slot.startMs,
    endMs: item.slot.endMs,
    participants: item.participants,
    total: item.total,
  };
}

/** Every field set on the cart, with the four names the notes show tidied and always present. */
function person(customer: Record<string, unknown>): Person {
  const text = (key: string): string | null => {
    const v = customer[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  };
  return {
    ...structuredClone(customer),
    firstName: text('firstName'),
    lastName: text('lastName'),
    email: text('email'),
    phone: text('phone'),
  };
}
