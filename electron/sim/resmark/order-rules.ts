// Simulator (plain Node): POST /order (§7.5): a cart with live inventory and a named customer
// becomes a paid order (paid by an external source, no e-mails by default, §8.16 [A]). A cart
// becomes at most one order (§8.6 [A]); `orderId` adds the cart to an existing order instead.
import { z } from 'zod';
import { invalid, notFound } from '../common/sim-error';
import { parseBody } from '../common/validate';
import { assertOpen, findCart } from './cart-rules';
import { roundMoney } from './seats';
import { API_USER_NAME, type ResmarkStore } from './store';
import type { Cart, Order, OrderItem, Person } from './types';
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

export function placeOrder(store: ResmarkStore, body: unknown, principal: string | null, now: number): Order {
  const input = parseBody(OrderInput, body);
  const cart = findCart(store, input.id);
  assertOpen(cart);
  if (cart.items.length === 0) throw invalid('id', 'the cart holds no inventory');
  const customer = person(cart.customer);
  if (!((customer.firstName && customer.lastName) || customer.email)) {
    throw invalid(
      'customer',
      'set a customer with firstName and lastName, or email, first (PUT /cart/{id}/customer)',
    );
  }
  const items = cart.items.map(orderItem);
  const discount = cartDiscount(cart);
  const total = roundMoney(cartSubtotal(cart) - discount);
  const order = input.orderId
    ? appendTo(store, input.orderId, { items, discount, total }, now)
    : store.addOrder({
        createdMs: now,
        modifiedMs: now,
        createdBy: API_USER_NAME,
        createdByEmail: principal ?? '',
        referenceId: input.referenceId ?? null,
        billing: input.billing ?? null,
        customer,
        items,
        discountAmount: discount,
        total,
        disableConfirmationEmail: input.disableConfirmationEmail ?? true,
      });
  convert(store, cart, order);
  return order;
}

/** `orderId` given: the cart's contents join that order, which counts as a modification. */
function appendTo(
  store: ResmarkStore,
  orderId: string,
  add: { items: OrderItem[]; discount: number; total: number },
  now: number,
): Order {
  const existing = store.findOrder(orderId);
  if (!existing) throw notFound(`Order ${orderId}`);
  existing.items.push(...add.items);
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

function person(customer: Record<string, unknown>): Person {
  const text = (key: string): string | null => {
    const v = customer[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  };
  return {
    firstName: text('firstName'),
    lastName: text('lastName'),
    email: text('email'),
    phone: text('phone'),
  };
}
