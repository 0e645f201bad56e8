// Core (pure): whether a check-in can be undone, and what undoing it means. Within 5 minutes only.
// Before the write-back went, it is withdrawn from the queue and the pass use is back; after it
// went, Reservie has no API to cancel a registration, so staff must cancel it there.
import { UNDO_WINDOW_MS } from './checkin-settings';
import type { Said } from '../../../shared/domain/said';
import { saying } from '../../../shared/domain/said-english';
import { saidTime } from './venue-time';

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
      noteSaid: Said | null;
      message: string;
      said: Said;
    }
  | { allowed: false; reason: 'already_undone' | 'too_late' | 'sending'; message: string; said: Said };

export { CANCEL_IN_RESERVIE_NOTE } from '../../../shared/domain/said-english';

export function decideUndo(input: UndoInput): UndoDecision {
  const at = new Date(input.checkIn.at);
  if (input.undone) return { allowed: false, reason: 'already_undone', ...saying({ code: 'undo.already' }) };
  if (input.now.getTime() - at.getTime() > UNDO_WINDOW_MS) {
    const said = saying({ code: 'undo.tooLate', at: saidTime(at, input.now, input.timeZone) });
    return { allowed: false, reason: 'too_late', ...said };
  }
  const none = { note: null, noteSaid: null };
  switch (input.writeBack) {
    case 'none':
      return { allowed: true, withdrawWriteBack: false, ...none, ...saying({ code: 'undo.done' }) };
    case 'waiting':
    case 'needs_attention':
      return { allowed: true, withdrawWriteBack: true, ...none, ...saying({ code: 'undo.useBack' }) };
    case 'sending':
      // Withdrawing now could race the send and leave a registration nobody knows about.
      return { allowed: false, reason: 'sending', ...saying({ code: 'undo.sending' }) };
    case 'sent': {
      const note = saying({ code: 'note.cancelInReservie' });
      return {
        allowed: true,
        withdrawWriteBack: false,
        note: note.message,
        noteSaid: note.said,
        ...saying({ code: 'undo.doneCancelInReservie' }),
      };
    }
  }
}
