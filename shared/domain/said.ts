// Shared (pure TS): what the check-in core says to staff or a guest, as a code and its values
// rather than an English sentence, so each screen says it in its own language (a German kiosk
// must not show "Too early, opens at 08:00"). The core keeps its English `message` beside it for
// the CLI, the logs and scripts; the renderer translates `said` (renderer/src/i18n/say.ts).

/** An instant as the venue reads it. */
export interface SaidTime {
  /** ISO-8601: the renderer formats it in the venue's zone and locale. */
  at: string;
  /** "08:00", the venue's 24-hour clock: what the English message says. */
  clock: string;
  /** YYYY-MM-DD when it falls on another venue day than now; null on the same day. */
  otherDay: string | null;
}

/** Why one pass cannot pay today. `pass` is the pass type's name as the venue wrote it. */
export type PassSaid =
  /** `on`: the expiry day (YYYY-MM-DD); null when an admin expired it early. */
  | { code: 'pass.expired'; pass: string; on: string | null }
  | { code: 'pass.notStarted'; pass: string; on: string }
  /** `on`: the day the last use went, when known. */
  | { code: 'pass.usedUp'; pass: string; on: string | null }
  /** A status we do not know (suspended, cancelled…), said as the back end wrote it. */
  | { code: 'pass.notUsable'; pass: string; status: string };

export type Said =
  | PassSaid
  | { code: 'window.tooEarly'; opens: SaidTime }
  | { code: 'window.ended' }
  | { code: 'window.tooLate'; closed: SaidTime }
  | { code: 'session.noneOpen' }
  | { code: 'session.notToday' }
  | { code: 'session.full'; session: string; taken: number; capacity: number }
  | { code: 'passes.none' }
  | { code: 'passes.notHeld' }
  /** Every pass they hold, and what is wrong with each, soonest expiry first. */
  | { code: 'passes.noneValid'; problems: PassSaid[] }
  | { code: 'booking.nothingToday' }
  | { code: 'booking.noParticipants' }
  | { code: 'booking.tickOne' }
  | { code: 'booking.notOnIt'; participant: string }
  | { code: 'checkedIn.booked'; at: SaidTime }
  | { code: 'checkedIn.withPass'; pass: string; usesLeft: number }
  /** Resmark: `count` participants went in now, `alreadyIn` were in before. */
  | { code: 'checkedIn.participants'; count: number; alreadyIn: number }
  | { code: 'already.at'; at: SaidTime; desk: string }
  | { code: 'already.onDesk'; desk: string }
  | { code: 'already.plain' }
  | { code: 'undo.done' }
  | { code: 'undo.useBack' }
  | { code: 'undo.count'; count: number }
  | { code: 'undo.doneCancelInReservie' }
  | { code: 'undo.already' }
  | { code: 'undo.tooLate'; at: SaidTime }
  | { code: 'undo.sending' }
  /** The note left on an undone check-in whose registration Reservie already has. */
  | { code: 'note.cancelInReservie' };

export type SaidCode = Said['code'];
