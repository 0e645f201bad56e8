// Core (plain Node): the Resmark carts queued orders are being sent in, kept in the outbox file
// (migration 0007) so they outlive a kill. One cart per order step at a time; the row goes when the
// cart is ordered or released.
import type { OutboxDb } from '../store/open-database';
import type { Clock } from '../ports';

export interface OpenCarts {
  /** The cart an earlier attempt of this order step opened and did not close, if any. */
  of(referenceId: string): string | null;
  /** Durable before it returns: the cart exists before any seat is locked in it. */
  remember(referenceId: string, cartId: string): void;
  forget(referenceId: string): void;
}

export function createOpenCarts(db: OutboxDb, clock: Clock): OpenCarts {
  const put = db.prepare(
    `INSERT INTO open_carts (reference_id, cart_id, opened_at) VALUES (?, ?, ?)
     ON CONFLICT (reference_id) DO UPDATE SET cart_id = excluded.cart_id, opened_at = excluded.opened_at`,
  );
  const get = db.prepare<[string], string>('SELECT cart_id FROM open_carts WHERE reference_id = ?').pluck();
  const del = db.prepare('DELETE FROM open_carts WHERE reference_id = ?');
  return {
    of: (ref) => get.get(ref) ?? null,
    remember: (ref, cartId) => void put.run(ref, cartId, clock.now().toISOString()),
    forget: (ref) => void del.run(ref),
  };
}
