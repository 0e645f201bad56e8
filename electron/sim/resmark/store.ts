// Simulator (plain Node): the Resmark data set in memory. Seat locks are released lazily: every
// request first sweeps cart items whose lock has run out on the virtual clock.
import { OrderedCollection } from '../common/ordered-collection';
import type { Prng } from '../common/prng';
import { releaseSeats } from './seats';
import type { Cart, CartItem, Checkin, Order, OrderTransaction, Product, Slot, TagCategory } from './types';

export const LOCK_MS = 30 * 60_000;
/** `createdBy` of carts and orders made through the API. */
export const API_USER_NAME = 'Demo Agent';

export class ResmarkStore {
  readonly products = new OrderedCollection<Product>();
  readonly tags: TagCategory[] = [];
  readonly slots = new Map<string, Slot>();
  /** productId -> day -> slots in start order. */
  readonly slotsByProduct = new Map<string, Map<string, Slot[]>>();
  readonly carts = new OrderedCollection<Cart>();
  readonly orders = new OrderedCollection<Order>();
  readonly transactions: OrderTransaction[] = [];
  readonly checkins: Checkin[] = [];
  /** Carts holding live locks: the only ones a sweep has to look at. */
  private readonly locking = new Set<Cart>();
  private readonly byConfirmation = new Map<number, Order>();
  private lastOrderSecond = 0;
  private orderCounter = 0;

  constructor(
    readonly entityId: string,
    private readonly ids: Prng,
  ) {}

  objectId(): string {
    return this.ids.hex(24);
  }

  uuid(): string {
    const h = this.ids.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }

  addSlot(slot: Slot): void {
    this.slots.set(slot.activityId, slot);
    const days = this.slotsByProduct.get(slot.productId) ?? new Map<string, Slot[]>();
    this.slotsByProduct.set(slot.productId, days);
    const list = days.get(slot.day) ?? [];
    list.push(slot);
    days.set(slot.day, list);
  }

  /** Mongo-style ids that sort in creation order, so "sort by id" is "sort by age" (§7.5). */
  addOrder(draft: Omit<Order, 'id' | 'confirmation'>): Order {
    const second = Math.max(this.lastOrderSecond, Math.floor(draft.createdMs / 1000));
    this.lastOrderSecond = second;
    const id =
      second.toString(16).padStart(8, '0') +
      (++this.orderCounter).toString(16).padStart(6, '0') +
      this.ids.hex(10);
    const order = this.orders.add({ id, confirmation: this.newConfirmation(), ...draft });
    this.byConfirmation.set(order.confirmation, order);
    this.transactions.push({ at: draft.createdMs, kind: 'create', orderId: id });
    return order;
  }

  /** By session id or 7-digit confirmation number. */
  findOrder(idOrConfirmation: string): Order | undefined {
    return (
      this.orders.get(idOrConfirmation) ??
      (/^\d+$/.test(idOrConfirmation) ? this.byConfirmation.get(Number(idOrConfirmation)) : undefined)
    );
  }

  markModified(order: Order, at: number): void {
    order.modifiedMs = at;
    this.transactions.push({ at, kind: 'modify', orderId: order.id });
  }

  trackLocks(cart: Cart): void {
    if (cart.status !== 'ordered' && cart.items.length > 0) this.locking.add(cart);
    else this.locking.delete(cart);
  }

  /**
   * Drops the items whose own lock has run out and gives their seats back; the cart survives,
   * marked `expired` so it can never become an order (§8.5 [A]). Other items keep their locks.
   */
  sweep(now: number): void {
    for (const cart of this.locking) {
      const expired = cart.items.filter((item) => item.lockExpiresAt <= now);
      if (expired.length === 0) continue;
      for (const item of expired) this.releaseItem(item);
      cart.items = cart.items.filter((item) => item.lockExpiresAt > now);
      cart.status = 'expired';
      this.trackLocks(cart);
    }
  }

  releaseItem(item: CartItem): void {
    releaseSeats(item.slot, item.participants);
  }

  /** Gives back every seat the cart still locks (deleting it). */
  releaseCart(cart: Cart): void {
    for (const item of cart.items) this.releaseItem(item);
    cart.items = [];
    this.locking.delete(cart);
  }

  private newConfirmation(): number {
    for (;;) {
      const n = this.ids.int(1_000_000, 9_999_999);
      if (!this.byConfirmation.has(n)) return n;
    }
  }
}
