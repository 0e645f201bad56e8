// Shared (pure TS): a `said` value in the core's own English, the `message` beside it on every
// answer (what the CLI prints and scripts read). The screens translate `said` themselves; their
// English reads the same (renderer/src/i18n/say.test.ts).
import { shortDayLabel } from './day-label';
import type { PassSaid, Said, SaidTime } from './said';

const dayLabel = (day: string): string => shortDayLabel(day, 'en');

/** "08:00", or "08:00 on 3 Dec" on another day. */
function time(t: SaidTime): string {
  return t.otherDay === null ? t.clock : `${t.clock} on ${dayLabel(t.otherDay)}`;
}

/** "10-Class Pass" reads "10-class pass" at the start of a sentence. */
function passInSentence(passName: string): string {
  const lower = passName.trim().toLowerCase() || 'pass';
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const on = (day: string | null): string => (day === null ? '' : ` on ${dayLabel(day)}`);

function passProblem(p: PassSaid): string {
  const name = passInSentence(p.pass);
  switch (p.code) {
    case 'pass.expired':
      return `${name} expired${on(p.on)}`;
    case 'pass.notStarted':
      return `${name} starts on ${dayLabel(p.on)}`;
    case 'pass.usedUp':
      return `${name} used up${on(p.on)}`;
    case 'pass.notUsable':
      return `${name} is ${p.status}`;
  }
}

export const CANCEL_IN_RESERVIE_NOTE =
  'Reservie has no way for this app to cancel a registration: cancel it in Reservie to give the pass use back.';

export function english(said: Said): string {
  switch (said.code) {
    case 'pass.expired':
    case 'pass.notStarted':
    case 'pass.usedUp':
    case 'pass.notUsable':
      return passProblem(said);
    case 'window.tooEarly':
      return `Too early, opens at ${time(said.opens)}`;
    case 'window.ended':
      return 'This session has ended';
    case 'window.tooLate':
      return `Too late, check-in closed at ${time(said.closed)}`;
    case 'session.noneOpen':
      return 'No session is open for check-in now';
    case 'session.notToday':
      return 'That session is not on today';
    case 'session.full':
      return `${said.session} is full (${said.taken} of ${said.capacity})`;
    case 'passes.none':
      return 'No pass';
    case 'passes.notHeld':
      return 'That pass is not one of theirs';
    case 'passes.noneValid':
      return said.problems.map(passProblem).join('; ');
    case 'booking.nothingToday':
      return 'This booking has nothing today';
    case 'booking.noParticipants':
      return 'No assigned participants';
    case 'booking.tickOne':
      return 'Tick at least one participant';
    case 'booking.notOnIt':
      return `${said.participant} is not on this booking`;
    case 'checkedIn.booked':
      return `Checked in (booked) at ${said.at.clock}`;
    case 'checkedIn.withPass':
      return `Checked in with ${said.pass}: ${said.usesLeft} ${said.usesLeft === 1 ? 'use' : 'uses'} left`;
    case 'checkedIn.participants':
      return `${said.count} checked in` + (said.alreadyIn > 0 ? `, ${said.alreadyIn} already in` : '');
    case 'already.at':
      return `Already checked in at ${time(said.at)} on ${said.desk}`;
    case 'already.onDesk':
      return `Already checked in on ${said.desk}`;
    case 'already.plain':
      return 'Already checked in';
    case 'undo.done':
      return 'Check-in undone';
    case 'undo.useBack':
      return 'Check-in undone; the pass use is back';
    case 'undo.count':
      return `${said.count} check-ins undone`;
    case 'undo.doneCancelInReservie':
      return 'Check-in undone here. ' + CANCEL_IN_RESERVIE_NOTE;
    case 'undo.already':
      return 'This check-in is already undone';
    case 'undo.tooLate':
      return `Too late to undo: check-ins can be undone for 5 minutes, and this one was at ${said.at.clock}`;
    case 'undo.sending':
      return 'This check-in is being sent to Reservie; try again in a moment';
    case 'note.cancelInReservie':
      return CANCEL_IN_RESERVIE_NOTE;
  }
}

/** The `said` and its English together, as every answer carries them. */
export function saying(said: Said): { said: Said; message: string } {
  return { said, message: english(said) };
}

/** The words of an answer (its English and its `said`), to pass on as they are. */
export function pick(from: { message: string; said: Said }): { message: string; said: Said } {
  return { message: from.message, said: from.said };
}
