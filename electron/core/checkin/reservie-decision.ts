// Core (pure): the Reservie check-in decision. Booked: in, nothing spent, ledger only (Reservie
// has no attendance write, §10.2). Walk-in: one use of a valid pass, sent back as one pass-paid
// registration. Twice is once. The same function decides online (live data) and offline (cache).
import type { CheckInSettings } from './checkin-settings';
import type {
  AlreadyCheckedIn,
  CheckInSession,
  ExistingCheckIn,
  NewCheckIn,
  PaidBy,
  Refusal,
  ReserviePassRegistration,
} from './checkin-types';
import { reservieWindow } from './checkin-window';
import { choosePass, type HeldPass } from './pass-choice';
import type { Said } from '../../../shared/domain/said';
import { pick, saying } from '../../../shared/domain/said-english';
import { localDay, saidTime } from './venue-time';

export interface ReservieSessionInput extends CheckInSession {
  endsAt: string;
  /** The event the registration is made on; equals `id` for v1 single-session events. */
  eventId: string;
}

export interface ReservieCheckInInput {
  now: Date;
  settings: CheckInSettings;
  session: ReservieSessionInput;
  customer: { id: string; name: string };
  /** The customer's registrations on this session (any status). */
  registrations: readonly { id: string; status: string }[];
  /** The customer's passes, uses already net of this desk's unconfirmed spends. */
  passes: readonly HeldPass[];
  /** A pass staff picked instead of the default; null for the default. */
  pickedPassId: string | null;
  /** This person's check-in to this session already in the ledger (not undone), if any. */
  existing: ExistingCheckIn | null;
  /** How full the session is; a walk-in needs a free place (reservie.md §10.6). */
  room: SessionRoom;
}

export interface SessionRoom {
  /** Places on the session (the cached event's capacity); null when unknown: nothing to check. */
  capacity: number | null;
  /** Places held by confirmed registrations (the live register, or the cached one). */
  booked: number;
  /** This desk's walk-ins on the session whose registration has not been confirmed yet. */
  queuedHere: number;
}

export interface ReservieCheckedIn {
  outcome: 'checked_in';
  record: NewCheckIn;
  /** Null for a booked customer: nothing to send. */
  writeBack: ReserviePassRegistration | null;
  /** For the pass paid with: uses left after this one (what the screen shows at once). */
  remainingUses: number | null;
  message: string;
  said: Said;
}

export type ReservieDecision = ReservieCheckedIn | AlreadyCheckedIn | Refusal;

export function alreadyCheckedIn(existing: ExistingCheckIn, now: Date, timeZone: string): AlreadyCheckedIn {
  const at = new Date(existing.at);
  return {
    outcome: 'already_checked_in',
    existing,
    ...saying({ code: 'already.at', at: saidTime(at, now, timeZone), desk: existing.deskName }),
  };
}

export function decideReservieCheckIn(input: ReservieCheckInInput): ReservieDecision {
  const { now, settings, session, customer } = input;
  if (input.existing) return alreadyCheckedIn(input.existing, now, settings.timeZone);
  const window = reservieWindow(session, now, settings);
  if (!window.open)
    return { outcome: 'refused', reason: window.reason, ...pick(window), offerPassSale: false };

  const booking = input.registrations.find((r) => r.status === 'confirmed');
  if (booking) {
    const paidBy: PaidBy = { method: 'booked', registrationId: booking.id };
    return {
      outcome: 'checked_in',
      record: record(input, paidBy),
      writeBack: null,
      remainingUses: null,
      ...saying({ code: 'checkedIn.booked', at: saidTime(now, now, settings.timeZone) }),
    };
  }

  // A walk-in to a full class would be queued and refused on replay (409 event_full): say it now.
  const full = fullness(session.name, input.room);
  if (full) return { outcome: 'refused', reason: 'session_full', ...saying(full), offerPassSale: false };

  const choice = choosePass(input.passes, localDay(now, settings.timeZone), input.pickedPassId);
  if (!choice.ok) return { outcome: 'refused', reason: choice.reason, ...pick(choice), offerPassSale: true };
  const pass = choice.pass;
  const remainingUses = pass.remainingUses - 1;
  return {
    outcome: 'checked_in',
    record: record(input, { method: 'pass', customerPassId: pass.id }),
    writeBack: passRegistration(session, customer.id, pass.id),
    remainingUses,
    ...saying({ code: 'checkedIn.withPass', pass: pass.passName, usesLeft: remainingUses }),
  };
}

/** "Yoga Flow is full (20 of 20)" when no place is left, else null. */
export function fullness(sessionName: string, room: SessionRoom): Said | null {
  if (room.capacity === null) return null;
  const taken = room.booked + room.queuedHere;
  if (taken < room.capacity) return null;
  return { code: 'session.full', session: sessionName, taken, capacity: room.capacity };
}

function record(input: ReservieCheckInInput, paidBy: PaidBy): NewCheckIn {
  const { session, customer, now, settings } = input;
  return {
    backend: 'reservie',
    session: { id: session.id, name: session.name, startsAt: session.startsAt },
    person: { kind: 'customer', customerId: customer.id, name: customer.name },
    paidBy,
    at: now.toISOString(),
    day: localDay(now, settings.timeZone),
  };
}

export function passRegistration(
  session: Pick<ReservieSessionInput, 'id' | 'eventId'>,
  customerId: string,
  customerPassId: string,
): ReserviePassRegistration {
  return {
    kind: 'reservie.passRegistration',
    backend: 'reservie',
    method: 'POST',
    path: `/events/${encodeURIComponent(session.eventId)}/registrations`,
    body: {
      customerId,
      spaces: 1,
      paymentMethod: 'pass',
      customerPassId,
      ...(session.id !== session.eventId ? { dateId: session.id } : {}),
    },
  };
}
