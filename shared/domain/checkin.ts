// Shared (pure TS + zod): the shapes of the `checkin:` calls. Inputs are strict and bounded: they
// come from a renderer (or the kiosk) and go into the ledger and the outbox.
import { z } from 'zod';

/** An id as the back end names it: non-empty, bounded, no control characters. */
const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

export const CheckInOptionsQuery = z.object({ customerId: Id }).strict();
export type CheckInOptionsQuery = z.infer<typeof CheckInOptionsQuery>;

/** A Reservie check-in: the customer, on a session (the default one when absent), paid as the rules say. */
export const CheckInRequest = z
  .object({
    backend: z.literal('reservie'),
    customerId: Id,
    /** Null or absent: the default session (the soonest whose window is open). */
    sessionId: Id.nullish(),
    /** Null or absent: the valid pass that expires first. */
    customerPassId: Id.nullish(),
  })
  .strict();
export type CheckInRequest = z.infer<typeof CheckInRequest>;

export const UndoRequest = z
  .object({
    checkInId: z
      .string()
      .min(3)
      .max(200)
      .regex(/^[A-Za-z0-9_-]{1,64}:\d{1,15}$/),
  })
  .strict();
export type UndoRequest = z.infer<typeof UndoRequest>;

/** saved on this desk, confirmed by the back end, or waiting for staff; null when nothing is sent. */
export type CheckInWriteBackState = 'saved' | 'confirmed' | 'needs_attention' | 'withdrawn';

export interface CheckInSessionOption {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  /** Whether the check-in window is open now. */
  open: boolean;
  /** Why not, in staff's words ("too early, opens at 08:00"); null when open. */
  closedMessage: string | null;
  booked: boolean;
  /** Their check-in to it (not undone) in the ledger, if any. */
  checkedIn: { checkInId: string; at: string; deskName: string } | null;
}

export interface CheckInPassOption {
  id: string;
  passName: string;
  /** Uses left as this desk sees them: the cached count less this desk's unconfirmed spends. */
  remainingUses: number;
  startDate: string | null;
  expiryDate: string | null;
  valid: boolean;
  /** Why it cannot pay ("10-class pass used up on 12 Nov"); null when valid. */
  problem: string | null;
}

export interface CheckInOptions {
  customer: { id: string; name: string };
  sessions: CheckInSessionOption[];
  /** The session chosen by default; null when no window is open. */
  defaultSessionId: string | null;
  passes: CheckInPassOption[];
  /** The pass a walk-in would pay with by default; null when none is valid. */
  defaultPassId: string | null;
}

export interface CheckInOutcome {
  outcome: 'checked_in' | 'already_checked_in' | 'refused';
  /** What staff see. */
  message: string;
  /** A refusal's reason code (too_early, no_valid_pass…); null otherwise. */
  reason: string | null;
  /** The ledger id of the check-in (the new one, or the earlier one); null when refused. */
  checkInId: string | null;
  session: { id: string; name: string; startsAt: string } | null;
  customerPassId: string | null;
  /** The pass's uses left after this check-in; null when no pass was spent. */
  remainingUses: number | null;
  /** The write-back's state; null when nothing is sent (booked, refused). */
  state: CheckInWriteBackState | null;
  /** 'live' when the back end answered in time, else 'cache'. */
  decidedFrom: 'live' | 'cache';
  /** True when selling a pass would let them in. */
  offerPassSale: boolean;
}

export interface UndoOutcome {
  undone: boolean;
  message: string;
  /** Left visible on the check-in, e.g. "cancel it in Reservie"; null when nothing is left to do. */
  note: string | null;
}

export interface TodaySession {
  id: string;
  backend: 'reservie' | 'resmark';
  name: string;
  startsAt: string;
  endsAt: string;
  booked: number;
  checkedIn: number;
}

/** Pushed when check-ins or their write-backs changed, so the Today counts can be re-read. */
export interface CheckInChanged {
  backend: 'reservie' | 'resmark';
  sessionId: string;
}
