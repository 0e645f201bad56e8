// Renderer (pure): a `said` value from the core in the screen's language. The core sends codes
// and values, not sentences (shared/domain/said.ts), so a German kiosk says "Zu früh, der
// Check-in öffnet um 08:00" where the CLI says "Too early, opens at 08:00". English here matches
// the core's own English word for word (say.test.ts checks it), so staff read one wording.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { shortDayLabel } from '../../../shared/domain/day-label';
import type { PassSaid, Said, SaidTime } from '../../../shared/domain/said';
import { formatTime } from '../lib/format';

type T = TFunction<'said'>;

interface Speaker {
  t: T;
  /** The screen's language, for the short day in a sentence ("12 Nov", "12. Nov."). */
  language: string;
  /** An instant as a clock time in the venue's zone and locale. */
  time: (iso: string) => string;
}

function timeOf(s: Speaker, at: SaidTime): string {
  const time = s.time(at.at);
  return at.otherDay === null
    ? time
    : s.t('time.onDay', { time, day: shortDayLabel(at.otherDay, s.language) });
}

/**
 * English puts a pass type's name in lower case inside a sentence ("10-class pass used up"), as
 * the core does; other languages keep it as the venue wrote it (German capitalises nouns).
 */
function passName(s: Speaker, name: string): string {
  if (s.language !== 'en') return name;
  const lower = name.trim().toLowerCase() || 'pass';
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function passProblem(s: Speaker, p: PassSaid): string {
  const pass = passName(s, p.pass);
  const day = (d: string) => shortDayLabel(d, s.language);
  switch (p.code) {
    case 'pass.expired':
      return p.on === null ? s.t('pass.expired', { pass }) : s.t('pass.expiredOn', { pass, day: day(p.on) });
    case 'pass.notStarted':
      return s.t('pass.notStarted', { pass, day: day(p.on) });
    case 'pass.usedUp':
      return p.on === null ? s.t('pass.usedUp', { pass }) : s.t('pass.usedUpOn', { pass, day: day(p.on) });
    case 'pass.notUsable':
      return s.t('pass.notUsable', { pass, status: p.status });
  }
}

export function sayWith(s: Speaker, said: Said): string {
  const { t } = s;
  switch (said.code) {
    case 'pass.expired':
    case 'pass.notStarted':
    case 'pass.usedUp':
    case 'pass.notUsable':
      return passProblem(s, said);
    case 'window.tooEarly':
      return t('window.tooEarly', { time: timeOf(s, said.opens) });
    case 'window.ended':
      return t('window.ended');
    case 'window.tooLate':
      return t('window.tooLate', { time: timeOf(s, said.closed) });
    case 'session.noneOpen':
      return t('session.noneOpen');
    case 'session.notToday':
      return t('session.notToday');
    case 'session.full':
      return t('session.full', { session: said.session, taken: said.taken, capacity: said.capacity });
    case 'passes.none':
      return t('passes.none');
    case 'passes.notHeld':
      return t('passes.notHeld');
    case 'passes.noneValid':
      return said.problems.map((p) => passProblem(s, p)).join(t('passes.separator'));
    case 'booking.nothingToday':
      return t('booking.nothingToday');
    case 'booking.noParticipants':
      return t('booking.noParticipants');
    case 'booking.tickOne':
      return t('booking.tickOne');
    case 'booking.notOnIt':
      return t('booking.notOnIt', { participant: said.participant });
    case 'checkedIn.booked':
      return t('checkedIn.booked', { time: s.time(said.at.at) });
    case 'checkedIn.withPass':
      return t('checkedIn.withPass', { pass: said.pass, count: said.usesLeft });
    case 'checkedIn.participants':
      return said.alreadyIn > 0
        ? t('checkedIn.participantsAlreadyIn', { count: said.count, alreadyIn: said.alreadyIn })
        : t('checkedIn.participants', { count: said.count });
    case 'already.at':
      return t('already.at', { time: timeOf(s, said.at), desk: said.desk });
    case 'already.onDesk':
      return t('already.onDesk', { desk: said.desk });
    case 'already.plain':
      return t('already.plain');
    case 'undo.done':
      return t('undo.done');
    case 'undo.useBack':
      return t('undo.useBack');
    case 'undo.count':
      return t('undo.count', { count: said.count });
    case 'undo.doneCancelInReservie':
      return t('undo.doneCancelInReservie');
    case 'undo.already':
      return t('undo.already');
    case 'undo.tooLate':
      return t('undo.tooLate', { time: s.time(said.at.at) });
    case 'undo.sending':
      return t('undo.sending');
    case 'note.cancelInReservie':
      return t('note.cancelInReservie');
  }
}

/** `say(said)` in the language the screen speaks now, times in the venue's zone. */
export function useSay(): (said: Said) => string {
  const { t, i18n } = useTranslation('said');
  const speaker: Speaker = { t, language: i18n.language, time: formatTime };
  return (said) => sayWith(speaker, said);
}
