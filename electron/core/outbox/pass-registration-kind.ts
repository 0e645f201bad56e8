// Core (plain Node): the outbox kind of a Reservie walk-in: one pass-paid registration. Found in
// the session's register (same customer, same pass, not cancelled) means it arrived; confirmed
// means the ledger says so and the pass is re-read into the cache at once.
import type { LinkClient } from '../connections/links';
import type { ReservieClient } from '../backends/reservie/reservie-client';
import type { CheckInLedger } from '../checkin/ledger-store';
import { PassRegistrationPayload } from '../checkin/pass-registration';
import type { CustomerPassRecord, RegistrationRecord } from '../store/records';
import type { OutboxItem } from '../store/outbox-store';
import type { Logger } from '../ports';
import type { OutboxKind } from './outbox-kinds';

export interface PassRegistrationDeps {
  ledger(): CheckInLedger;
  /** Puts a pass just read from the back end into the cache. */
  putCustomerPass(pass: CustomerPassRecord): void;
  onChanged(sessionId: string): void;
  logger: Logger;
}

function reservie(client: LinkClient): ReservieClient {
  if (client.backend !== 'reservie') throw new Error('A pass registration goes to Reservie only.');
  return client.api;
}

export function passRegistrationKind(d: PassRegistrationDeps): OutboxKind {
  const payloadOf = (item: OutboxItem) => PassRegistrationPayload.parse(item.payload);
  return {
    backend: 'reservie',
    async send(item, client) {
      const p = payloadOf(item);
      const result = await reservie(client).createRegistration(p.sessionId, {
        customerId: p.customerId,
        spaces: 1,
        paymentMethod: 'pass',
        customerPassId: p.customerPassId,
      });
      return result.id ?? null;
    },
    async lookUp(item, client) {
      const p = payloadOf(item);
      const api = reservie(client);
      const found: RegistrationRecord[] = [];
      for (let page = 1; page <= 100; page++) {
        const got = await api.listRegistrations(p.sessionId, { page, perPage: 100, lane: 'interactive' });
        found.push(...got.items);
        if (got.items.length < got.perPage || (got.total !== null && page * got.perPage >= got.total)) break;
      }
      const match = found.find(
        (r) =>
          r.customerId === p.customerId &&
          r.customerPassId === p.customerPassId &&
          r.paymentMethod === 'pass' &&
          r.status !== 'cancelled',
      );
      return match?.id ?? null;
    },
    async confirmed(item, serverId, client) {
      const p = payloadOf(item);
      // The server spent the use, so its count becomes the truth and this desk's pending use stops
      // counting. Re-read the pass first and only then mark the check-in confirmed: the other way
      // round, the screen would show the use as given back until the re-read landed.
      try {
        const passes = await reservie(client).listCustomerPasses({
          page: 1,
          perPage: 100,
          customerId: p.customerId,
          lane: 'interactive',
        });
        for (const pass of passes.items) if (pass.customerId === p.customerId) d.putCustomerPass(pass);
      } finally {
        const ledger = d.ledger();
        const checkIn = ledger.get(item.referenceId);
        if (checkIn && (checkIn.writeBack === 'saved' || checkIn.writeBack === 'needs_attention'))
          ledger.setWriteBackState(item.referenceId, 'confirmed', serverId);
        d.onChanged(p.sessionId);
      }
    },
    refused(item, message) {
      const ledger = d.ledger();
      const checkIn = ledger.get(item.referenceId);
      if (checkIn?.writeBack === 'saved')
        ledger.setWriteBackState(item.referenceId, 'needs_attention', message);
      d.onChanged(payloadOf(item).sessionId);
    },
  };
}
