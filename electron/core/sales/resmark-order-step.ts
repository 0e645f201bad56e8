// Core (plain Node): the Resmark step of a queued walk-up sale, as the outbox sender replays it:
// a cart, the item, the lead guest, the order under the sale's referenceId — and its lookup,
// `GET /order?referenceId=`, for an attempt whose outcome is unknown (found means sent).
import type { Scheduler } from '../http/scheduler';
import { findOrderByReference } from '../backends/resmark/resmark-client';
import { openCartSession, type CartClient } from './resmark-cart';
import { outcomeUnknown } from './outcome';
import { isBackendError } from '../http/errors';
import type { ResmarkOrderStep } from './sale-plan';
import type { StepDepsBase, StepExecutor } from './step-executor';
import type { OpenCarts } from './open-carts';

export interface ResmarkStepDeps extends StepDepsBase {
  client: CartClient;
  scheduler: Scheduler;
  /** The carts earlier attempts opened (durable): released before a new one locks the seats again. */
  openCarts?: OpenCarts;
}

/**
 * An earlier attempt of this step opened a cart and never closed it (the sender was killed, or its
 * outcome was unknown): its seats stay locked for 30 minutes. The order was looked up and not found
 * before this send, so the cart was not converted: release it, or the retry may find its own seats
 * taken ("not enough availability") and a sale that was saved at the desk would be refused.
 */
async function releaseEarlierCart(step: ResmarkOrderStep, deps: ResmarkStepDeps): Promise<void> {
  const earlier = deps.openCarts?.of(step.referenceId);
  if (!earlier) return;
  try {
    await deps.client.deleteCart(earlier);
  } catch (error) {
    // Already converted, expired or gone: it holds nothing. Anything else: try again later.
    if (!(isBackendError(error) && !outcomeUnknown(error) && HELD_CART_GONE.has(error.code))) throw error;
  }
  deps.openCarts?.forget(step.referenceId);
}

/**
 * The order on the cart staff held the seats in. Null when that cart is gone or its lock ran out
 * (a refusal, so nothing was ordered): the caller then locks the seats again in a new cart.
 */
async function orderOnHeldCart(step: ResmarkOrderStep, cartId: string, deps: ResmarkStepDeps) {
  try {
    await deps.client.setCustomer(cartId, { ...step.customer });
    const order = await deps.client.createOrder({
      cartId,
      referenceId: step.referenceId,
      memo: step.memo,
      sendConfirmationEmail: step.sendConfirmationEmail,
    });
    return { serverId: order.id, detail: order.confirmation };
  } catch (error) {
    if (isBackendError(error) && !outcomeUnknown(error) && HELD_CART_GONE.has(error.code)) return null;
    throw error;
  }
}

const HELD_CART_GONE = new Set(['NOT_FOUND', 'CONFLICT']);

export const resmarkOrder: StepExecutor<ResmarkOrderStep, ResmarkStepDeps> = {
  async send(step, deps) {
    if (step.cartId) {
      const held = await orderOnHeldCart(step, step.cartId, deps);
      if (held) return held;
    }
    await releaseEarlierCart(step, deps);
    const session = await openCartSession(
      {
        client: deps.client,
        scheduler: deps.scheduler,
        onCartCreated: (cartId) => deps.openCarts?.remember(step.referenceId, cartId),
      },
      { itemId: step.activityId, participants: { ...step.participants } },
    );
    try {
      await session.setCustomer({ ...step.customer });
      const order = await session.placeOrder({
        referenceId: step.referenceId,
        memo: step.memo,
        sendConfirmationEmail: step.sendConfirmationEmail,
      });
      deps.openCarts?.forget(step.referenceId);
      return { serverId: order.id, detail: order.confirmation };
    } catch (error) {
      // Refused for sure: let the seats go now rather than in 30 minutes. Unknown: the order may
      // exist, and its lookup decides; if it does not, the next attempt releases this cart first.
      if (!outcomeUnknown(error)) {
        await session.cancel().then(
          () => deps.openCarts?.forget(step.referenceId),
          () => undefined,
        );
      } else session.stopRenewing();
      throw error;
    }
  },
  async lookup(step, deps) {
    const order = await findOrderByReference(deps.client, step.referenceId);
    return order ? { serverId: order.id, detail: order.confirmation } : null;
  },
};
