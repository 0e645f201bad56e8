// Core (pure): the key a person is known by in the ledger, the same on every desk.
import type { CheckInPerson } from './checkin-types';

/** A customer's id, or "<order id>/<item index>/<participant>" for one place on a Resmark order. */
export function personIdOf(person: CheckInPerson): string {
  return person.kind === 'customer'
    ? person.customerId
    : `${person.orderId}/${person.itemIndex}/${person.participant}`;
}
