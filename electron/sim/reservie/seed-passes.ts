// Simulator (plain Node): the pass catalogue and the customers' passes: a spread of start dates
// over ten months, so some are active, some expired and some used up.
import { addDays, DAY_MS, isoSeconds, parseDay } from '../common/dates';
import type { Prng } from '../common/prng';
import { expiryFor } from './pass-rules';
import type { ReservieStore } from './store';
import type { CustomerPass, Pass } from './types';

const CATALOGUE: readonly (Omit<Pass, 'id' | 'createdAt'> & { weight: number })[] = [
  {
    name: 'Intro Week Unlimited',
    credits: 999,
    price: 2500,
    validityPeriod: 7,
    validityUnit: 'days',
    weight: 2,
  },
  { name: 'Single Class', credits: 1, price: 1400, validityPeriod: 1, validityUnit: 'months', weight: 1 },
  { name: '5-Class Pass', credits: 5, price: 6000, validityPeriod: 2, validityUnit: 'months', weight: 4 },
  { name: '10-Class Pass', credits: 10, price: 11000, validityPeriod: 3, validityUnit: 'months', weight: 4 },
  {
    name: 'Monthly Unlimited',
    credits: 999,
    price: 9900,
    validityPeriod: 1,
    validityUnit: 'months',
    weight: 3,
  },
  {
    name: 'Climbing 10-Visit',
    credits: 10,
    price: 10500,
    validityPeriod: 6,
    validityUnit: 'months',
    weight: 2,
  },
];

/** Roughly three passes for every four customers, as the brief asks (1,500 for 2,000). */
export const PASSES_PER_CUSTOMER = 0.75;

export function seedPasses(store: ReservieStore, todayStartMs: number): Pass[] {
  return CATALOGUE.map((def, i) => {
    const { weight: _weight, ...fields } = def;
    const createdAt = isoSeconds(todayStartMs - (730 - i * 30) * DAY_MS + 10 * 3_600_000);
    return store.passes.add({ id: store.nextId('pass'), ...fields, createdAt });
  });
}

export function seedCustomerPasses(store: ReservieStore, rng: Prng, passes: Pass[], today: string): void {
  const customers = store.customers.all();
  if (customers.length === 0) return;
  const weighted = passes.flatMap((p, i) => Array<Pass>(CATALOGUE[i]?.weight ?? 1).fill(p));
  const count = Math.round(customers.length * PASSES_PER_CUSTOMER);
  const drafts: Omit<CustomerPass, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const pass = rng.pick(weighted);
    // Half bought in the last two months (mostly still active), the rest older (mostly expired).
    const startDate = addDays(today, -(rng.chance(0.5) ? rng.int(0, 60) : rng.int(61, 300)));
    drafts.push({
      customerId: rng.pick(customers).id,
      passId: pass.id,
      remainingUses: remainingUses(rng, pass),
      startDate,
      expiryDate: expiryFor(pass, startDate),
      updatedAt: isoSeconds((parseDay(startDate) ?? 0) + rng.int(8, 20) * 3_600_000),
    });
  }
  // Creation order follows purchase date, as it would in the real system.
  drafts.sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (const draft of drafts) store.addCustomerPass({ id: store.nextId('cp'), ...draft });
}

function remainingUses(rng: Prng, pass: Pass): number {
  if (rng.chance(0.12)) return 0;
  if (pass.credits >= 999) return pass.credits - rng.int(0, 30);
  return rng.int(1, pass.credits);
}
