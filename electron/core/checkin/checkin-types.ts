// Core (pure): what a check-in decision hands back. Plain data: the ledger records `record`, the
// outbox queues `writeBack`, the screen shows `message`; nothing here does I/O.
import type { BackendId } from '../../../shared/domain/backend';
import type { Said } from '../../../shared/domain/said';

/** Who was checked in: a Reservie customer, or one participant of a Resmark order item. */
export type CheckInPerson =
  | { kind: 'customer'; customerId: string; name: string }
  | {
      kind: 'participant';
      orderId: string;
      confirmation: string;
      itemIndex: number;
      /** Stable within the item whatever order the tiers come in: "Adult#2". */
      participant: string;
      name: string;
    };

/** How the place was paid for. */
export type PaidBy =
  /** Reservie: a confirmed registration already paid; nothing is spent. */
  | { method: 'booked'; registrationId: string }
  /** Reservie walk-in: one use of this customer pass. */
  | { method: 'pass'; customerPassId: string }
  /** Resmark: the order paid; the ledger is the only record. */
  | { method: 'none' };

export interface CheckInSession {
  /** Reservie session id, or Resmark departure (activity) id. */
  id: string;
  name: string;
  startsAt: string;
}

/** A check-in to write to the ledger, before the screen says "checked in". */
export interface NewCheckIn {
  backend: BackendId;
  session: CheckInSession;
  person: CheckInPerson;
  paidBy: PaidBy;
  /** ISO-8601 instant of the decision. */
  at: string;
  /** The venue's calendar day of `at` (YYYY-MM-DD): what the per-day export filters on. */
  day: string;
}

/**
 * The one write a Reservie walk-in sends: a pass-paid registration, so the server spends the use
 * (reservie.md §10.1, §10.4). Never a PUT of remainingUses worked out here: two desks that spent
 * offline would overwrite each other and lose a use.
 */
export interface ReserviePassRegistration {
  kind: 'reservie.passRegistration';
  backend: 'reservie';
  method: 'POST';
  path: string;
  body: {
    customerId: string;
    spaces: 1;
    paymentMethod: 'pass';
    customerPassId: string;
    /** Only for series events, whose sessions are dates (reservie.md §10.3). */
    dateId?: string;
  };
}

export type WriteBack = ReserviePassRegistration;

/** A check-in the ledger already holds (not undone): "already checked in at 09:02 on Front desk 2". */
export interface ExistingCheckIn {
  id: string;
  at: string;
  deskName: string;
}

export type RefusalReason =
  | 'too_early'
  | 'ended'
  | 'too_late'
  | 'no_open_session'
  | 'unknown_session'
  | 'session_full'
  | 'no_pass'
  | 'no_valid_pass'
  | 'pass_not_held'
  | 'no_items_today'
  | 'no_participants'
  | 'unknown_participant';

export interface Refusal {
  outcome: 'refused';
  reason: RefusalReason;
  /** The words staff see, e.g. "10-class pass used up on 12 Nov". */
  message: string;
  said: Said;
  /** True when selling a pass would let them in (the walk-up sale flow). */
  offerPassSale: boolean;
}

export interface AlreadyCheckedIn {
  outcome: 'already_checked_in';
  existing: ExistingCheckIn;
  message: string;
  said: Said;
}
