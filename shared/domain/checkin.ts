// Shared (pure TS + zod): the shapes of the `checkin:` calls. Inputs are strict and bounded: they
// come from a renderer (or the kiosk) and go into the ledger and the outbox.
import { z } from 'zod';
import { KIOSK_MIN_QUERY_LENGTH, MAX_EMAIL_LENGTH } from './limits';
import type { PassSaid, Said } from './said';

/** An id as the back end names it: non-empty, bounded, no control characters. */
const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[^\p{Cc}]+$/u, 'must not contain control characters');

export const CheckInOptionsQuery = z.object({ customerId: Id }).strict();
export type CheckInOptionsQuery = z.infer<typeof CheckInOptionsQuery>;

/** What a scan or the CLI gives: a customer id, a customer-pass id or an e-mail. */
export const ResolveQuery = z.object({ text: z.string().trim().min(1).max(254) }).strict();
export type ResolveQuery = z.infer<typeof ResolveQuery>;

export interface ResolvedPerson {
  customerId: string;
  /** Which kind of identifier matched. */
  matched: 'customerId' | 'customerPassId' | 'email';
}

/**
 * What a guest types or scans at the self-service kiosk. Fewer than 3 characters is refused rather
 * than answered with a list: the kiosk must never let a passer-by browse the venue's customers.
 */
export const KioskFindQuery = z
  .object({
    text: z
      .string()
      .trim()
      .min(KIOSK_MIN_QUERY_LENGTH, `Type at least ${KIOSK_MIN_QUERY_LENGTH} characters`)
      .max(MAX_EMAIL_LENGTH),
  })
  .strict();
export type KioskFindQuery = z.infer<typeof KioskFindQuery>;

/** One person as the kiosk may show them to the public: first name and last initial, nothing else. */
export interface KioskMatch {
  customerId: string;
  /** "Ann K." */
  displayName: string;
}

export interface KioskFindResult {
  /** At most 5; one when a scanned code or an exact e-mail named the person. */
  matches: KioskMatch[];
  /** More than 5 people match: none is shown, and the guest is asked for more of their name. */
  tooMany: boolean;
  /**
   * People left out because they share their public name with another match: two "Ann K." buttons
   * cannot be told apart, so the kiosk asks for more of the name or the card instead.
   */
  sameNameHidden: number;
}

/** A Reservie check-in: the customer, on a session (the default one when absent), paid as the rules say. */
export const ReservieCheckInRequest = z
  .object({
    backend: z.literal('reservie'),
    customerId: Id,
    /** Null or absent: the default session (the soonest whose window is open). */
    sessionId: Id.nullish(),
    /** Null or absent: the valid pass that expires first. */
    customerPassId: Id.nullish(),
  })
  .strict();

/** "Adult#2": a participant's tier and place within it, as `checkin:resmarkOrder` lists them. */
const ParticipantKey = z
  .string()
  .min(3)
  .max(140)
  .regex(/^[^\p{Cc}#]+#\d{1,4}$/u, 'must be a participant such as "Adult#2"');

/**
 * A Resmark check-in: participants of one item of an order (the order paid; the ledger is the
 * only record, since Resmark has no check-in API). No item: the one whose window is open now.
 */
export const ResmarkCheckInRequest = z
  .object({
    backend: z.literal('resmark'),
    orderId: Id,
    itemIndex: z.number().int().min(0).max(999).nullish(),
    participants: z.union([z.literal('all'), z.array(ParticipantKey).min(1).max(200)]),
  })
  .strict();

export const CheckInRequest = z.discriminatedUnion('backend', [
  ReservieCheckInRequest,
  ResmarkCheckInRequest,
]);
export type CheckInRequest = z.infer<typeof CheckInRequest>;
export type ReservieCheckInRequest = z.infer<typeof ReservieCheckInRequest>;
export type ResmarkCheckInRequest = z.infer<typeof ResmarkCheckInRequest>;

/** A Resmark order by its confirmation number, our reference, or its id, typed or scanned in full. */
export const ResmarkOrderQuery = z.object({ text: z.string().trim().min(1).max(128) }).strict();
export type ResmarkOrderQuery = z.infer<typeof ResmarkOrderQuery>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day such as 2026-12-01');

/** Which check-ins a CSV export holds: one venue day, one session or departure, or both. */
export const LedgerExportQuery = z
  .object({
    day: Day.optional(),
    sessionId: Id.optional(),
    /** With `sessionId`: which back end names it; both when absent. */
    backend: z.enum(['reservie', 'resmark']).optional(),
  })
  .strict()
  .refine((q) => q.day !== undefined || q.sessionId !== undefined, {
    message: 'give a day, a session, or both',
  })
  .refine((q) => q.backend === undefined || q.sessionId !== undefined, {
    message: '"backend" goes with "sessionId"',
    path: ['backend'],
  });
export type LedgerExportQuery = z.infer<typeof LedgerExportQuery>;

export interface LedgerExport {
  /** RFC 4180, CRLF line ends, a header row first. */
  csv: string;
  /** Check-ins in it (undone ones included, marked so). */
  rows: number;
  /** A file name that says what it holds, e.g. checkins-2026-12-01.csv. */
  fileName: string;
}

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
  /** The same, for the screen to say in its own language; null when open. */
  closedSaid: Said | null;
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
  /** The same, for the screen to say in its own language; null when valid. */
  problemSaid: PassSaid | null;
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
  /** What staff see, in the core's English (the CLI prints it). */
  message: string;
  /** The same, for the screen to say in its own language. */
  said: Said;
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
  /** Resmark only: each ticked participant's outcome (absent for Reservie and for refusals). */
  participants?: ResmarkParticipantOutcome[];
}

/** One place on a Resmark order item, and its check-in (not undone) if any. */
export interface ResmarkParticipantView {
  /** "Adult#2": what a check-in request names. */
  key: string;
  /** "Adult 2", for the screen. */
  label: string;
  checkedIn: { checkInId: string; at: string; deskName: string } | null;
}

/** One item of the order that departs today. */
export interface ResmarkItemView {
  itemIndex: number;
  /** The departure (activity) id the ledger files it under. */
  departureId: string;
  productName: string;
  startsAt: string;
  endsAt: string | null;
  open: boolean;
  /** "Too early, opens at 08:00" / "Too late, check-in closed at 09:30"; null when open. */
  closedMessage: string | null;
  closedSaid: Said | null;
  participants: ResmarkParticipantView[];
}

/** A Resmark order as the desk checks it in: who booked, and what of it departs today. */
export interface ResmarkOrderView {
  orderId: string;
  confirmation: string;
  name: string;
  email: string | null;
  /** Today's items, earliest first; empty when nothing on the order is today. */
  items: ResmarkItemView[];
  /** The item check-in goes to by default (the soonest whose window is open); null when none is. */
  defaultItemIndex: number | null;
}

/** A Resmark check-in's participants: who went in now, and who was in already. */
export interface ResmarkParticipantOutcome {
  participant: string;
  label: string;
  outcome: 'checked_in' | 'already_checked_in';
  checkInId: string;
  /** "Already checked in at 09:02 on Front desk 2" for those in before; null for the new ones. */
  message: string | null;
  said: Said | null;
}

export interface UndoOutcome {
  undone: boolean;
  message: string;
  said: Said;
  /** Left visible on the check-in, e.g. "cancel it in Reservie"; null when nothing is left to do. */
  note: string | null;
  noteSaid: Said | null;
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
