// Simulator (plain Node): pass arithmetic shared by assignment, seeding and registration: expiry
// from the pass validity, and which of a customer's passes pays (§10.5 [A]: soonest expiry first).
import { addDays, addMonths } from '../common/dates';
import { invalid } from '../common/sim-error';
import type { ReservieStore } from './store';
import type { CustomerPass, Pass } from './types';
import { passStatus } from './views';

/** startDate + validity, as in the seed example (2024-02-01 + 3 months = 2024-05-01). */
export function expiryFor(pass: Pass, startDate: string): string {
  switch (pass.validityUnit) {
    case 'days':
      return addDays(startDate, pass.validityPeriod);
    case 'weeks':
      return addDays(startDate, pass.validityPeriod * 7);
    case 'months':
      return addMonths(startDate, pass.validityPeriod);
    default: {
      const never: never = pass.validityUnit;
      throw new Error(`unknown validity unit ${String(never)}`);
    }
  }
}

/** The pass that pays for `uses`: the one named, or the customer's soonest-expiring usable one. */
export function choosePass(
  store: ReservieStore,
  customerId: string,
  customerPassId: string | null | undefined,
  uses: number,
  today: string,
): CustomerPass {
  if (customerPassId) {
    const cp = store.customerPasses.get(customerPassId);
    if (!cp || cp.customerId !== customerId)
      throw invalid('customerPassId', 'not a pass held by this customer');
    const status = passStatus(cp, today);
    if (status !== 'active') throw invalid('customerPassId', `pass is ${status}`);
    if (cp.remainingUses < uses) throw invalid('customerPassId', 'not enough uses left on the pass');
    return cp;
  }
  const usable = store
    .passesOf(customerId)
    .filter((cp) => passStatus(cp, today) === 'active' && cp.remainingUses >= uses && cp.startDate <= today)
    .sort((a, b) => a.expiryDate.localeCompare(b.expiryDate) || a.startDate.localeCompare(b.startDate));
  const first = usable[0];
  if (!first) throw invalid('customerPassId', 'the customer holds no usable pass');
  return first;
}
