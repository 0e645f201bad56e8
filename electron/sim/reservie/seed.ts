// Simulator (plain Node): builds the Reservie demo data set, the same for the same seed, scale
// and start day (the UTC day, as the API reckons days; class times stay London hours). Each part
// draws from its own PRNG stream, so changing one does not reshuffle the others.
import { parseDay } from '../common/dates';
import { createPrng, mixSeed } from '../common/prng';
import { seedCustomers } from './seed-customers';
import { seedCustomerPasses, seedPasses } from './seed-passes';
import { seedSchedule } from './seed-schedule';
import { ReservieStore } from './store';
import { apiDay } from './views';

export const DEFAULT_CUSTOMERS = 2000;
export const MAX_CUSTOMERS = 100_000;

export function seedReservie(seed: number, scale: number, now: number): ReservieStore {
  const store = new ReservieStore();
  const today = apiDay(now);
  const todayStartMs = parseDay(today) ?? now;
  const stream = (part: number) => createPrng(mixSeed(seed, todayStartMs / 86_400_000, part));
  seedCustomers(store, stream(1), scale, todayStartMs);
  const passes = seedPasses(store, todayStartMs);
  seedCustomerPasses(store, stream(2), passes, today);
  seedSchedule(store, stream(3), today);
  return store;
}
