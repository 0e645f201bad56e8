// Test/bench support (Node): places real orders on a Resmark simulator through the public cart flow.
import type { ResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import type { SlotRecord } from '../../electron/core/store/records';

/** Books `n` one-guest orders on slots with free seats; returns their confirmation numbers. */
export async function placeOrders(
  client: ResmarkClient,
  slots: readonly SlotRecord[],
  n: number,
  tag: string,
) {
  const now = Date.now();
  const open = slots.filter(
    (s) => Date.parse(s.startTime) > now && Object.values(s.tiersAvailable).some((v) => v > 0),
  );
  const confirmations: string[] = [];
  for (let i = 0; i < n; i++) {
    const slot = open[i % open.length]!;
    const tier = Object.keys(slot.prices)[0]!;
    const cart = await client.createCart({ lane: 'interactive' });
    await client.addItem(
      cart.id,
      { itemId: slot.activityId, participants: { [tier]: 1 } },
      { lane: 'interactive' },
    );
    await client.setCustomer(cart.id, {
      firstName: 'Bench',
      lastName: `${tag} ${i}`,
      email: `${tag}.${i}@example.com`,
    });
    const order = await client.createOrder({
      cartId: cart.id,
      referenceId: `${tag}-${i}`,
      memo: 'walk-up cash',
    });
    confirmations.push(order.confirmation);
  }
  return confirmations;
}
