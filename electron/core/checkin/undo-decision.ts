// Core (pure): whether a check-in can be undone, and what undoing it means. Within 5 minutes only.
// Before the write-back went, it is withdrawn from the queue and the pass use is back; after it
// went, Reservie has no API to cancel a registration, so staff must cancel it there.
import { UNDO_WINDOW_MS } from './checkin-settings';
import { localTime } from './venue-time';

/** Where the check-in's write-back stands, as the outbox knows it. */
export type WriteBackProgress =
  /** Nothing to send: a booked customer, or Resmark. */
  | 'none'
  /** Waiting on this desk; not sent yet. */
  | 'waiting'
  /** A send is under way: its outcome is not known yet. */
  | 'sending'
  /** The back end has it. */
  | 'sent'
  /** The back end refused it; it waits for staff. */
  | 'needs_attention';

export interface UndoInput {
  now: Date;
  timeZone: string;
  checkIn: { id: string; at: string };
  /** True when the ledger already holds an undo of this check-in. */
  undone: boolean;
  writeBack: WriteBackProgress;
}

export type UndoDecision =
  | {
      allowed: true;
      /** Record the undo; and, when true, take the write-back out of the queue (the use is back). */
      withdrawWriteBack: boolean;
      /** A note to keep visible on the check-in, when something is left for staff to do. */
      note: string | null;
      message: string;
    }
  | { allowed: false; reason: 'already_undone' | 'too_late' | 'sending'; message: string };

export const CANCEL_IN_RESERVIE_NOTE =
  'Reservie has no way for this app to cancel a registration: cancel it in Reservie to give the pass use back.';

export function decideUndo(input: UndoInput): UndoDecision {
  const at = new Date(input.checkIn.at);
  if (input.undone)
    return { allowed: false, reason: 'already_undone', message: 'This check-in is already undone' };
  if (input.now.getTime() - at.getTime() > UNDO_WINDOW_MS) {
    const message = `Too late to undo: check-ins can be undone for 5 minutes, and this one was at ${localTime(at, input.timeZone)}`;
    return { allowed: false, reason: 'too_late', message };
  }
  switch (input.writeBack) {
    case 'none':
      return { allowed: true, withdrawWriteBack: false, note: null, message: 'Check-in undone' };
    case 'waiting':
    case 'needs_attention':
      return {
        allowed: true,
        withdrawWriteBack: true,
        note: null,
        message: 'Check-in undone; the pass use is back',
      };
    case 'sending':
      // Withdrawing now could race the send and leave a registration nobody knows about.
      return {
        allowed: false,
        reason: 'sending',
        message: 'This check-in is being sent to Reservie; try again in a moment',
      };
    case 'sent':
      return {
        allowed: true,
        withdrawWriteBack: false,
        note: CANCEL_IN_RESERVIE_NOTE,
        message: 'Check-in undone here. ' + CANCEL_IN_RESERVIE_NOTE,
      };
  }
}
