// Resmark test support (plain Node): finds a bookable slot and walks a cart to an order over HTTP.
import type { Api, Envelope } from '../testing/sim-http';

export interface SlotJson {
  activityId: string;
  startTime: string;
  price: Record<string, number>;
  tiersAvailable: Record<string, number>;
}

export interface CartJson {
  id: string;
  items: {
    activityId: string;
    participants: Record<string, number>;
    total: number;
    lockExpiresDate: string;
  }[];
  total: number;
  status: string;
  lockExpiresDate: string | null;
  orderId: string | null;
}

export interface OrderJson {
  id: string;
  confirmation: number;
  referenceId: string | null;
  createdDate: string;
  modifiedDate: string;
  total: number;
  amountPaid: number;
  billing: Record<string, unknown> | null;
  payments: {
    date: string;
    amount: number;
    referenceId: string | null;
    billing: Record<string, unknown> | null;
  }[];
  customer: Record<string, string | null>;
  items: { activityId: string; participants: Record<string, number>; total: number }[];
}

/** A slot of a named product on a day (`hour` = index from 09:00). */
export async function slotOf(rm: Api, productName: string, day: string, hour = 0): Promise<SlotJson> {
  const product = await rm.get<Envelope<{ productNumber: number }>>(
    `/product/${encodeURIComponent(productName)}`,
  );
  const inv = await rm.get<Envelope<{ items: { timesAvailable: SlotJson[] }[] }>>(
    `/product/${product.body.data.productNumber}/item?from=${day}&to=${day}`,
  );
  const slot = inv.body.data.items[0]?.timesAvailable[hour];
  if (!slot) throw new Error(`no slot for ${productName} on ${day}`);
  return slot;
}

export async function seatsOf(rm: Api, productName: string, day: string, hour = 0): Promise<number> {
  const slot = await slotOf(rm, productName, day, hour);
  return slot.tiersAvailable['*'] ?? Object.values(slot.tiersAvailable).reduce((a, b) => a + b, 0);
}

export async function newCart(rm: Api): Promise<CartJson> {
  return (await rm.post<Envelope<CartJson>>('/cart')).body.data;
}

/** Cart with one item and a customer, ready to order. */
export async function readyCart(
  rm: Api,
  activityId: string,
  participants: Record<string, number>,
): Promise<CartJson> {
  const cart = await newCart(rm);
  await rm.post(`/cart/${cart.id}/item`, { itemId: activityId, participants });
  const res = await rm.put<Envelope<CartJson>>(`/cart/${cart.id}/customer`, {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    phone: '07700 900001',
  });
  return res.body.data;
}

export async function placeOrder(
  rm: Api,
  cartId: string,
  extra: Record<string, unknown> = {},
): Promise<OrderJson> {
  const res = await rm.post<Envelope<OrderJson>>('/order', { id: cartId, ...extra });
  if (res.status !== 200) throw new Error(`order failed: ${res.status} ${res.text}`);
  return res.body.data;
}
