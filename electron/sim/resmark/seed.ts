// Simulator (plain Node): builds the Resmark demo data set (a Cornish activity operator), the
// same for the same seed and start day. Runtime ids (carts, orders) come from a seeded stream too.
import { parseDay } from '../common/dates';
import { createPrng, mixSeed } from '../common/prng';
import { seedCatalogue } from './seed-catalogue';
import { seedInventory } from './seed-inventory';
import { seedOrders } from './seed-orders';
import { ResmarkStore } from './store';
import { venueDay } from './venue-time';

export function seedResmark(seed: number, now: number): ResmarkStore {
  const today = venueDay(now);
  const todayStartMs = parseDay(today) ?? now;
  const stream = (part: number) => createPrng(mixSeed(seed, todayStartMs / 86_400_000, part));
  const store = new ResmarkStore(stream(0).hex(24), stream(1));
  seedCatalogue(store, stream(2), todayStartMs);
  seedInventory(store, today);
  seedOrders(store, stream(3), today);
  return store;
}
