// Core (plain Node): the outbox kind of a Reservie walk-in: one registration, pass-paid as decided
// at the desk (or, after staff resolved a refusal, with another pass or paid by cash or card).
// Found in the session's register (same customer, same payment, not cancelled) means it arrived;
// confirmed means the ledger says so and the customer's passes are re-read into the cache at once.
import { CoreError } from '../../../shared/ipc/core-error';
import type { LinkClient } from '../connections/links';
import type { ReservieClient } from '../backends/reservie/reservie-client';
import type { CheckInLedger } from '../checkin/ledger-store';
import type { LedgerCheckIn } from '../checkin/ledger-types';
import { PassRegistrationPayload } from '../checkin/pass-registration';
import type { CustomerPassRecord, RegistrationRecord } from '../store/records';
import type { OutboxItem } from '../store/outbox-store';
import type { Logger } from '../ports';
import type { KindActions, OutboxKind } from './outbox-kinds';

export interface PassRegistrationDeps {
  ledger(): CheckInLedger;
  /** Puts a pass just read from the back end into the cache. */
  putCustomerPass(pass: CustomerPassRecord): void;
  /** Whether this customer's pass can pay today, as the check-in rules say (uses net of this desk's). */
  passCanPay(
    customerId: string,
    customerPassId: string,
  ): { ok: true; passName: string } | { ok: false; message: string };
  onChanged(sessionId: string): void;
  logger: Logger;
}

function reservie(client: LinkClient): ReservieClient {
  if (client.backend !== 'reservie') throw new Error('A pass registration goes to Reservie only.');
  return client.api;
}

const payloadOf = (item: OutboxItem) => PassRegistrationPayload.parse(item.payload);
const methodOf = (p: PassRegistrationPayload) => ('customerPassId' in p ? 'pass' : p.paymentMethod);

export function passRegistrationKind(d: PassRegistrationDeps): OutboxKind {
  return {
    backend: 'reservie',
    async send(item, client) {
      const p = payloadOf(item);
      const result = await reservie(client).createRegistration(p.sessionId, {
        customerId: p.customerId,
        spaces: 1,
        ...('customerPassId' in p
          ? { paymentMethod: 'pass' as const, customerPassId: p.customerPassId }
          : { paymentMethod: p.paymentMethod }),
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
          r.paymentMethod === methodOf(p) &&
          ('customerPassId' in p ? r.customerPassId === p.customerPassId : true) &&
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
    describe(item) {
      const c = d.ledger().get(item.referenceId);
      const p = PassRegistrationPayload.safeParse(item.payload);
      return {
        summary: {
          what: 'Check-in',
          who: c?.person.name ?? null,
          about: c?.session.name ?? null,
          at: c?.session.startsAt ?? null,
        },
        customerId: p.success ? p.data.customerId : null,
      };
    },
    actions: checkInActions(d),
  };
}

/**
 * A refused check-in's ways out. The person is in the room, so the check-in itself stays recorded
 * whatever staff choose; only how (or whether) Reservie hears of it changes.
 */
function checkInActions(d: PassRegistrationDeps): KindActions {
  const checkInOf = (item: OutboxItem): LedgerCheckIn => {
    const c = d.ledger().get(item.referenceId);
    if (!c || c.writeBack !== 'needs_attention')
      throw new CoreError('CONFLICT', 'This check-in no longer needs attention: refresh the queue.');
    return c;
  };
  return {
    retry: {
      apply(item) {
        checkInOf(item);
        d.ledger().resumeWriteBack(item.referenceId, null);
        return { requeue: item.payload, label: null, detail: {}, message: 'Sending it again as it was' };
      },
    },
    otherPass: {
      apply(item, input) {
        checkInOf(item);
        const p = payloadOf(item);
        if ('customerPassId' in p && p.customerPassId === input.customerPassId)
          throw new CoreError('BAD_INPUT', 'That is the pass Reservie refused: choose another, or retry.');
        const can = d.passCanPay(p.customerId, input.customerPassId);
        if (!can.ok) throw new CoreError('BAD_INPUT', `That pass cannot pay: ${can.message}.`);
        d.ledger().resumeWriteBack(item.referenceId, {
          method: 'pass',
          customerPassId: input.customerPassId,
        });
        const label = `with ${can.passName}`;
        return {
          requeue: { sessionId: p.sessionId, customerId: p.customerId, customerPassId: input.customerPassId },
          label,
          detail: { customerPassId: input.customerPassId },
          message: `Sending it again ${label}`,
        };
      },
    },
    recordPayment: {
      apply(item, input) {
        checkInOf(item);
        const p = payloadOf(item);
        d.ledger().resumeWriteBack(item.referenceId, { method: input.tender });
        const label = `paid by ${input.tender}`;
        return {
          requeue: { sessionId: p.sessionId, customerId: p.customerId, paymentMethod: input.tender },
          label,
          detail: { tender: input.tender },
          message: `Sending it again as ${label}`,
        };
      },
    },
    dismiss: {
      apply(item, input) {
        checkInOf(item);
        d.ledger().setWriteBackState(item.referenceId, 'withdrawn', `Dismissed at the desk: ${input.reason}`);
        return {
          close: true,
          label: null,
          detail: {},
          message: 'Dismissed: the check-in stays recorded, and nothing is sent to Reservie',
        };
      },
    },
  };
}
