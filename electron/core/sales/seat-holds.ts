// Core (plain Node): seats staff hold at the desk while they take a Resmark sale's details: one
// open cart each (resmark-cart.ts: 30-minute lock, renewed at about 25 minutes while held,
// released on cancel). Holds live in memory only: after a restart the lock simply runs out.
import { randomUUID } from 'node:crypto';
import type { SeatHold } from '../../../shared/domain/sales';
import { CoreError } from '../../../shared/ipc/core-error';
import type { Scheduler } from '../http/scheduler';
import type { Clock, Logger } from '../ports';
import { openCartSession, type CartClient, type CartSession } from './resmark-cart';

interface Held {
  id: string;
  activityId: string;
  participants: Record<string, number>;
  session: CartSession;
}

export interface SeatHolds {
  hold(client: CartClient, activityId: string, participants: Record<string, number>): Promise<SeatHold>;
  state(holdId: string): SeatHold;
  /** The hold for a sale: it must be for the same slot and the same participants. */
  forSale(holdId: string, activityId: string, participants: Record<string, number>): { cartId: string };
  /** The sale took the cart over (it is ordered or queued with it): stop renewing, forget it. */
  handOver(holdId: string): void;
  release(holdId: string): Promise<void>;
  closeAll(): Promise<void>;
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys({ ...a, ...b }).every((k) => (a[k] ?? 0) === (b[k] ?? 0));

export function createSeatHolds(d: { scheduler: Scheduler; clock: Clock; logger: Logger }): SeatHolds {
  const holds = new Map<string, Held>();
  const get = (id: string): Held => {
    const h = holds.get(id);
    if (!h) throw new CoreError('NOT_FOUND', 'Those seats are no longer held. Hold them again.');
    return h;
  };
  const view = (h: Held): SeatHold => {
    const left = h.session.remainingMs();
    return {
      holdId: h.id,
      activityId: h.activityId,
      participants: h.participants,
      lockEndsAt: new Date(d.clock.now().getTime() + left).toISOString(),
      expired: left <= 0,
    };
  };
  return {
    async hold(client, activityId, participants) {
      const session = await openCartSession(
        {
          client,
          scheduler: d.scheduler,
          onRenewFailed: (error) =>
            d.logger.warn('renewing held seats failed', {
              error: error instanceof Error ? error.message : String(error),
            }),
        },
        { itemId: activityId, participants: { ...participants } },
      );
      const h: Held = { id: `hold-${randomUUID()}`, activityId, participants: { ...participants }, session };
      holds.set(h.id, h);
      return view(h);
    },
    state: (id) => view(get(id)),
    forSale(id, activityId, participants) {
      const h = get(id);
      if (h.activityId !== activityId || !sameCounts(h.participants, participants)) {
        throw new CoreError(
          'BAD_INPUT',
          'The held seats are for another time or other participants: hold them again.',
        );
      }
      return { cartId: h.session.cartId };
    },
    handOver(id) {
      holds.get(id)?.session.stopRenewing();
      holds.delete(id);
    },
    async release(id) {
      const h = get(id);
      holds.delete(id);
      await h.session.cancel();
    },
    async closeAll() {
      const all = [...holds.values()];
      holds.clear();
      // Let the seats go now rather than in 30 minutes; best effort at shutdown.
      await Promise.all(all.map((h) => h.session.cancel().catch(() => undefined)));
    },
  };
}
