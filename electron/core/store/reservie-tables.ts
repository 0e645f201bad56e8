// Core (plain Node): writes and sweeps of the Reservie tables (customers, sessions, passes,
// customer passes, registrations). Statements are prepared once; callers own the transaction.
import type { CacheDb } from './open-database';
import type {
  CustomerPassRecord,
  CustomerRecord,
  PassRecord,
  RegistrationRecord,
  SessionRecord,
} from './records';
import type { RecordWriters, Sweepers } from './resources';
import { customerSearchKeys, phoneDigits, reversedDigits, toUtcIso } from './search-keys';
import { tableSweeper, toFlag, upserter, type Row } from './sql-helpers';

type ReservieResource = 'customers' | 'events' | 'passes' | 'customerPasses' | 'registrations';

const customerRow = (c: CustomerRecord, gen: number): Row => ({
  id: c.id,
  first_name: c.firstName,
  last_name: c.lastName,
  email: c.email,
  phone: c.phone,
  phone_digits: phoneDigits(c.phone),
  phone_reversed: reversedDigits(c.phone),
  search_keys: customerSearchKeys(c),
  created_at: c.createdAt,
  sync_gen: gen,
});

const sessionRow = (s: SessionRecord, gen: number): Row => ({
  id: s.id,
  event_id: s.eventId,
  name: s.name,
  starts_at: toUtcIso(s.startsAt),
  ends_at: toUtcIso(s.endsAt),
  capacity: s.capacity,
  spaces_available: s.spacesAvailable,
  price: s.price,
  currency: s.currency,
  sync_gen: gen,
});

const passRow = (p: PassRecord, gen: number): Row => ({
  id: p.id,
  name: p.name,
  credits: p.credits,
  price: p.price,
  validity_period: p.validityPeriod,
  validity_unit: p.validityUnit,
  sync_gen: gen,
});

const customerPassRow = (cp: CustomerPassRecord, gen: number): Row => ({
  id: cp.id,
  customer_id: cp.customerId,
  pass_id: cp.passId,
  remaining_uses: cp.remainingUses,
  start_date: cp.startDate,
  expiry_date: cp.expiryDate,
  status: cp.status,
  sync_gen: gen,
});

const registrationRow = (r: RegistrationRecord, gen: number): Row => ({
  id: r.id,
  session_id: r.sessionId,
  customer_id: r.customerId,
  spaces: r.spaces,
  status: r.status,
  payment_method: r.paymentMethod,
  customer_pass_id: r.customerPassId,
  attended: toFlag(r.attended),
  created_at: r.createdAt,
  sync_gen: gen,
});

/** A session's register is re-read whole, so its sweep is by session (registrations_by_session). */
export const RESERVIE_SQL = {
  sweepSession: 'DELETE FROM registrations WHERE session_id = ? AND sync_gen <> ?',
} as const;

export function createReservieTables(db: CacheDb): {
  writers: RecordWriters<ReservieResource>;
  sweepers: Sweepers<ReservieResource>;
} {
  const sweepAll = (table: string) => tableSweeper(db, table).all;
  const sweepSession = db.prepare<[string, number]>(RESERVIE_SQL.sweepSession);
  const sweepRegistrations = sweepAll('registrations');
  return {
    writers: {
      customers: upserter(db, 'customers', 'id', customerRow),
      events: upserter(db, 'sessions', 'id', sessionRow),
      passes: upserter(db, 'passes', 'id', passRow),
      customerPasses: upserter(db, 'customer_passes', 'id', customerPassRow),
      registrations: upserter(db, 'registrations', 'id', registrationRow),
    },
    sweepers: {
      customers: sweepAll('customers'),
      events: sweepAll('sessions'),
      passes: sweepAll('passes'),
      customerPasses: sweepAll('customer_passes'),
      // Only the registers that were re-read may lose rows; the others keep what they had.
      registrations: (gen, scope) =>
        scope
          ? scope.sessionIds.reduce((n, id) => n + sweepSession.run(id, gen).changes, 0)
          : sweepRegistrations(gen),
    },
  };
}
