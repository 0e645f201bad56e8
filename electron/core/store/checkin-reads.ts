// Core (plain Node): the cache reads a check-in decides from (a customer, their passes with the
// pass type's name, today's sessions), and the one write-through it makes: a customer pass read
// live is put in the cache at once, so the next decision offline starts from what the server said.
import type { CacheDb } from './open-database';
import type { CustomerPassRecord, CustomerRecord } from './records';

export interface CachedPass {
  id: string;
  customerId: string;
  passId: string;
  passName: string;
  remainingUses: number;
  startDate: string | null;
  expiryDate: string | null;
  status: string;
}

export interface CachedSession {
  id: string;
  eventId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  /** Places on the session as last synced; null when the back end did not say. */
  capacity: number | null;
}

export interface CheckInReads {
  customer(id: string): CustomerRecord | null;
  /** The holder of a customer pass, by the pass's id. */
  customerOfPass(customerPassId: string): string | null;
  /** Customers with exactly this e-mail (case-insensitive). */
  customersByEmail(email: string): string[];
  passesOf(customerId: string): CachedPass[];
  passName(passId: string): string | null;
  /** Reservie sessions starting in [fromIso, toIso), by start. */
  sessionsBetween(fromIso: string, toIso: string): CachedSession[];
  /** Session ids in [fromIso, toIso) the customer holds a confirmed registration on. */
  bookedSessions(customerId: string, fromIso: string, toIso: string): Set<string>;
  /** Upserts a pass as the back end just gave it; a new row joins the current sync generation. */
  putCustomerPass(pass: CustomerPassRecord): void;
}

export function createCheckInReads(db: CacheDb): CheckInReads {
  const customer = db.prepare<[string], CustomerRecord>(
    `SELECT id, first_name AS firstName, last_name AS lastName, email, phone, created_at AS createdAt
     FROM customers WHERE id = ?`,
  );
  const passes = db.prepare<[string], CachedPass>(
    `SELECT cp.id, cp.customer_id AS customerId, cp.pass_id AS passId, COALESCE(p.name, 'Pass') AS passName,
       cp.remaining_uses AS remainingUses, cp.start_date AS startDate, cp.expiry_date AS expiryDate, cp.status
     FROM customer_passes cp LEFT JOIN passes p ON p.id = cp.pass_id
     WHERE cp.customer_id = ? ORDER BY cp.expiry_date, cp.id`,
  );
  const ofPass = db.prepare<[string], string>('SELECT customer_id FROM customer_passes WHERE id = ?').pluck();
  const byEmail = db
    .prepare<[string], string>('SELECT id FROM customers WHERE lower(email) = lower(?) ORDER BY id LIMIT 2')
    .pluck();
  const passName = db.prepare<[string], string>('SELECT name FROM passes WHERE id = ?').pluck();
  const sessions = db.prepare<[string, string], CachedSession>(
    `SELECT id, event_id AS eventId, name, starts_at AS startsAt, ends_at AS endsAt, capacity FROM sessions
     WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id`,
  );
  const booked = db
    .prepare<[string, string, string], string>(
      `SELECT r.session_id FROM registrations r JOIN sessions s ON s.id = r.session_id
       WHERE r.customer_id = ? AND r.status = 'confirmed' AND s.starts_at >= ? AND s.starts_at < ?`,
    )
    .pluck();
  const putPass = db.prepare(
    `INSERT INTO customer_passes (id, customer_id, pass_id, remaining_uses, start_date, expiry_date, status, sync_gen)
     VALUES (@id, @customerId, @passId, @remainingUses, @startDate, @expiryDate, @status,
       COALESCE((SELECT gen FROM sync_state WHERE backend = 'reservie' AND resource = 'customerPasses'), 0))
     ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, pass_id = excluded.pass_id,
       remaining_uses = excluded.remaining_uses, start_date = excluded.start_date,
       expiry_date = excluded.expiry_date, status = excluded.status`,
  );
  return {
    customer: (id) => customer.get(id) ?? null,
    customerOfPass: (id) => ofPass.get(id) ?? null,
    customersByEmail: (email) => byEmail.all(email),
    passesOf: (id) => passes.all(id),
    passName: (id) => passName.get(id) ?? null,
    sessionsBetween: (from, to) => sessions.all(from, to),
    bookedSessions: (id, from, to) => new Set(booked.all(id, from, to)),
    putCustomerPass: (p) => {
      putPass.run(p);
    },
  };
}
