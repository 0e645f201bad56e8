// Core (pure): what the check-in ledger hands back. The write-back state is this desk's progress
// in sending the one write a check-in may need; "ledger only" means there is nothing to send.
import type { BackendId } from '../../../shared/domain/backend';
import type { CheckInPerson, CheckInSession, PaidBy } from './checkin-types';

export const WRITE_BACK_STATES = ['saved', 'confirmed', 'needs_attention', 'withdrawn'] as const;
/** saved: on this desk, not yet confirmed; confirmed: the back end has it; withdrawn: by an undo. */
export type WriteBackState = (typeof WRITE_BACK_STATES)[number];

/** This desk: its id (made once at install) and the name staff gave it ("Front desk 2"). */
export interface Desk {
  id: string;
  name: string;
}

export interface LedgerUndo {
  id: string;
  at: string;
  deskName: string;
  /** Left for staff, e.g. "cancel it in Reservie" after the write-back had gone. */
  note: string | null;
}

export interface LedgerCheckIn {
  /** "<desk id>:<sequence>": unique across desks. Also the outbox referenceId of its write-back. */
  id: string;
  deskId: string;
  seq: number;
  deskName: string;
  at: string;
  day: string;
  backend: BackendId;
  session: CheckInSession;
  /** The customer id, or "<order id>/<item index>/<participant>" for a Resmark participant. */
  personId: string;
  person: CheckInPerson;
  paidBy: PaidBy;
  /** 'ledger_only' when there is nothing to send (booked, Resmark). */
  writeBack: WriteBackState | 'ledger_only';
  writeBackDetail: string | null;
  /** How staff chose to send the write-back instead of what was decided at the desk; null: as decided. */
  sendWith: SendWith | null;
  undo: LedgerUndo | null;
}

/** A write-back sent with another pass, or registered as paid by cash or card (reservie.md §10.1). */
export type SendWith = { method: 'pass'; customerPassId: string } | { method: 'cash' | 'card' };

export type RecordResult =
  | { recorded: true; checkIn: LedgerCheckIn }
  /** The person was in already (not undone): nothing was written. */
  | { recorded: false; existing: LedgerCheckIn };

/** Which check-ins a CSV export holds. */
export type ExportScope = { day: string } | { backend: BackendId; sessionId: string };
