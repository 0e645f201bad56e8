// Core (pure): when a session or departure can be checked in to. Reservie: from N minutes before
// the start until its end; Resmark: N minutes either side of the start, like its own Check-In tab
// (resmark.md §7.7). Every answer carries the words staff see.
import type { CheckInSettings } from './checkin-settings';
import type { Said } from '../../../shared/domain/said';
import { saying } from '../../../shared/domain/said-english';
import { saidTime } from './venue-time';

export interface Timed {
  /** ISO-8601 instants. */
  startsAt: string;
  endsAt: string;
}

export type WindowState =
  | { open: true; opensAt: Date; closesAt: Date }
  | { open: false; reason: 'too_early'; opensAt: Date; closesAt: Date; message: string; said: Said }
  | {
      open: false;
      reason: 'ended' | 'too_late';
      opensAt: Date;
      closesAt: Date;
      message: string;
      said: Said;
    };

const MINUTE = 60_000;

function instant(value: string, what: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new RangeError(`The ${what} "${value}" is not a date and time.`);
  return at;
}

/** Reservie: opens before the start, closes at the end (plus the venue's grace, 0 by default). */
export function reservieWindow(session: Timed, now: Date, settings: CheckInSettings): WindowState {
  const start = instant(session.startsAt, 'session start');
  const end = instant(session.endsAt, 'session end');
  const opensAt = new Date(start.getTime() - settings.reservieOpensMinutesBefore * MINUTE);
  const closesAt = new Date(end.getTime() + settings.reservieClosesMinutesAfterEnd * MINUTE);
  if (now < opensAt) {
    const said = saying({ code: 'window.tooEarly', opens: saidTime(opensAt, now, settings.timeZone) });
    return { open: false, reason: 'too_early', opensAt, closesAt, ...said };
  }
  if (now >= closesAt)
    return { open: false, reason: 'ended', opensAt, closesAt, ...saying({ code: 'window.ended' }) };
  return { open: true, opensAt, closesAt };
}

/** Resmark: minutes before and after the departure's start; its end does not matter. */
export function resmarkWindow(startsAt: string, now: Date, settings: CheckInSettings): WindowState {
  const start = instant(startsAt, 'departure time');
  const opensAt = new Date(start.getTime() - settings.resmarkMinutesBefore * MINUTE);
  const closesAt = new Date(start.getTime() + settings.resmarkMinutesAfter * MINUTE);
  if (now < opensAt) {
    const said = saying({ code: 'window.tooEarly', opens: saidTime(opensAt, now, settings.timeZone) });
    return { open: false, reason: 'too_early', opensAt, closesAt, ...said };
  }
  if (now > closesAt) {
    const said = saying({ code: 'window.tooLate', closed: saidTime(closesAt, now, settings.timeZone) });
    return { open: false, reason: 'too_late', opensAt, closesAt, ...said };
  }
  return { open: true, opensAt, closesAt };
}
