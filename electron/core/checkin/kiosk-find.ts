// Core (plain Node): the kiosk's look-up: a scanned code (customer id, customer-pass id, e-mail)
// names one person; typed text finds at most 5 by name, whole e-mail or whole phone. Each match is
// a customer id and a public name only, and people who cannot be told apart are not offered.
import type { KioskFindResult, KioskMatch, ResolvedPerson } from '../../../shared/domain/checkin';
import { KIOSK_MAX_MATCHES } from '../../../shared/domain/limits';
import type { KioskSearch } from '../store/kiosk-search';
import { publicName } from './public-name';

export interface KioskFindDeps {
  /** What `checkin:resolve` does: an id, a customer-pass id or a unique e-mail. */
  resolve(text: string): ResolvedPerson | null;
  customerName(customerId: string): { firstName: string; lastName: string } | null;
  search: KioskSearch;
}

export function kioskFind(text: string, d: KioskFindDeps): KioskFindResult {
  const resolved = d.resolve(text);
  const named = resolved && d.customerName(resolved.customerId);
  if (resolved && named)
    return {
      matches: [
        { customerId: resolved.customerId, displayName: publicName(named.firstName, named.lastName) },
      ],
      tooMany: false,
      sameNameHidden: 0,
    };
  // One more than can be shown, to tell "these are all" from "there are more".
  const found = d.search(text, KIOSK_MAX_MATCHES + 1);
  if (found.length > KIOSK_MAX_MATCHES) return { matches: [], tooMany: true, sameNameHidden: 0 };
  const people: KioskMatch[] = found.map((c) => ({
    customerId: c.id,
    displayName: publicName(c.firstName, c.lastName),
  }));
  const count = new Map<string, number>();
  for (const p of people) count.set(p.displayName, (count.get(p.displayName) ?? 0) + 1);
  const matches = people.filter((p) => count.get(p.displayName) === 1);
  return { matches, tooMany: false, sameNameHidden: people.length - matches.length };
}
