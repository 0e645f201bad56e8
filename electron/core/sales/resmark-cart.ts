// Core (plain Node): one open Resmark cart at the desk. Adding the item locks the seats for 30
// minutes (resmark.md §8.4); the session counts that down on the injected scheduler (monotonic,
// so a changed wall clock cannot stretch it), renews at about 25 minutes while the sale is open,
// releases the seats on cancel, and places the order under our referenceId. A lock that ran out
// is said plainly, with a retry that locks the seats again if they are still there.
import { isBackendError } from '../http/errors';
import type { Scheduler } from '../http/scheduler';
import {
  findOrderByReference,
  type CartCustomerInput,
  type CartItemInput,
  type CartSummary,
  type ResmarkClient,
} from '../backends/resmark/resmark-client';
import type { OrderRecord } from '../store/records';
import { outcomeUnknown } from './outcome';

export const LOCK_MS = 30 * 60_000;
export const RENEW_AFTER_MS = 25 * 60_000;
/** After a renewal that failed for a passing reason, try again this much later (while the lock lasts). */
const RENEW_RETRY_MS = 60_000;

export type CartClient = Pick<
  ResmarkClient,
  | 'createCart'
  | 'addItem'
  | 'setCustomer'
  | 'renewCart'
  | 'deleteCart'
  | 'getCart'
  | 'createOrder'
  | 'listOrders'
>;

export interface CartSessionDeps {
  client: CartClient;
  scheduler: Scheduler;
  renewAfterMs?: number;
  /** Told when a renewal failed; the session keeps trying while the lock lasts. */
  onRenewFailed?: (error: unknown) => void;
  /**
   * Told the new cart's id before any seat is locked in it (the queued order step writes it down,
   * so an attempt cut short by a kill can release its seats on the next one).
   */
  onCartCreated?: (cartId: string) => void;
}

export interface OrderChoice {
  referenceId: string;
  memo: string;
  sendConfirmationEmail: boolean;
}

export const SEATS_RELEASED_MESSAGE = 'The seats were held for 30 minutes and have been released.';

/** The lock ran out before the order: `retry()` opens a new cart with the same seats, if any remain. */
export class SeatsReleasedError extends Error {
  readonly code = 'CONFLICT' as const;
  constructor(readonly retry: () => Promise<CartSession>) {
    super(SEATS_RELEASED_MESSAGE);
    this.name = 'SeatsReleasedError';
  }
}

export interface CartSession {
  readonly cartId: string;
  /** Scheduler time (ms) by which the seats are certainly still held, for the countdown. */
  lockEndsAt(): number;
  remainingMs(): number;
  /** The lock's end as the server said it, when it did (ISO). */
  serverLockExpires(): string | null;
  setCustomer(customer: CartCustomerInput): Promise<void>;
  /**
   * Converts the cart. After an attempt whose outcome is unknown, looks the order up by its
   * referenceId first: found means sent, and it is returned instead of ordering again.
   */
  placeOrder(choice: OrderChoice): Promise<OrderRecord>;
  /** Releases the seats (`DELETE /cart/{id}`) and stops renewing. */
  cancel(): Promise<void>;
  /** Stops renewing but keeps the cart (its order may exist): the lock then runs out by itself. */
  stopRenewing(): void;
  /** Resolves once no renewal is in flight (for shutdown and tests). */
  settled(): Promise<void>;
}

/** Creates a cart and locks the item's seats. An item refused (sold out) leaves no cart behind. */
export async function openCartSession(deps: CartSessionDeps, item: CartItemInput): Promise<CartSession> {
  const { client, scheduler } = deps;
  const cart = await client.createCart();
  deps.onCartCreated?.(cart.id);
  // The lock started no earlier than the request: counting from here never overstates it.
  const sentAt = scheduler.now();
  let added: CartSummary;
  try {
    added = await client.addItem(cart.id, item);
  } catch (error) {
    await client.deleteCart(cart.id).catch(() => undefined); // best effort: an empty cart holds nothing
    throw error;
  }
  return cartSession(deps, item, added, sentAt);
}

function cartSession(
  deps: CartSessionDeps,
  item: CartItemInput,
  cart: CartSummary,
  lockedAt: number,
): CartSession {
  const { client, scheduler } = deps;
  const renewAfter = deps.renewAfterMs ?? RENEW_AFTER_MS;
  let lockStart = lockedAt;
  let serverLock = cart.lockExpiresDate;
  let customer: CartCustomerInput | null = null;
  let closed = false;
  let orderUncertain = false;
  let inFlight: Promise<void> = Promise.resolve();
  let cancelTimer: (() => void) | null = null;

  const lockEndsAt = () => lockStart + LOCK_MS;

  function schedule(ms: number): void {
    cancelTimer?.();
    cancelTimer = scheduler.setTimer(() => {
      cancelTimer = null;
      inFlight = renew();
    }, ms);
  }

  async function renew(): Promise<void> {
    if (closed) return;
    const sentAt = scheduler.now();
    try {
      const renewed = await client.renewCart(cart.id);
      lockStart = sentAt;
      serverLock = renewed.lockExpiresDate;
      if (!closed) schedule(renewAfter);
    } catch (error) {
      deps.onRenewFailed?.(error);
      // A refusal (409: the lock already ran out) will not change; a passing failure may.
      const left = lockEndsAt() - scheduler.now();
      if (!closed && isBackendError(error) && error.transient && left > RENEW_RETRY_MS)
        schedule(RENEW_RETRY_MS);
    }
  }

  function close(): void {
    closed = true;
    cancelTimer?.();
    cancelTimer = null;
  }

  /** A refused order: did the lock run out (items dropped, cart expired), or something else? */
  async function lockRanOut(): Promise<boolean> {
    const now = await client.getCart(cart.id).catch(() => null);
    if (now === null) return scheduler.now() >= lockEndsAt();
    return now.status === 'expired' || now.items.length < cart.items.length;
  }

  async function retry(): Promise<CartSession> {
    await client.deleteCart(cart.id).catch(() => undefined); // holds nothing any more; tidy up
    const next = await openCartSession(deps, item);
    if (customer) await next.setCustomer(customer);
    return next;
  }

  schedule(renewAfter);

  return {
    cartId: cart.id,
    lockEndsAt,
    remainingMs: () => Math.max(0, lockEndsAt() - scheduler.now()),
    serverLockExpires: () => serverLock,
    async setCustomer(c) {
      await client.setCustomer(cart.id, c);
      customer = c;
    },
    async placeOrder(choice) {
      if (orderUncertain) {
        const found = await findOrderByReference(client, choice.referenceId);
        if (found) {
          close();
          return found;
        }
      }
      try {
        const order = await client.createOrder({ cartId: cart.id, ...choice });
        close();
        return order;
      } catch (error) {
        if (outcomeUnknown(error)) {
          orderUncertain = true;
          throw error;
        }
        if (isBackendError(error) && error.code === 'CONFLICT' && (await lockRanOut())) {
          close();
          throw new SeatsReleasedError(retry);
        }
        throw error;
      }
    },
    async cancel() {
      close();
      await inFlight;
      await client.deleteCart(cart.id);
    },
    stopRenewing: close,
    settled: () => inFlight,
  };
}
