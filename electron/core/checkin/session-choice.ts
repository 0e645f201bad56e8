// Core (pure): which Reservie session a check-in goes to. The desk offers a default and staff may
// pick another; a pick outside its window is refused with the window's own words.
import type { CheckInSettings } from './checkin-settings';
import type { Said } from '../../../shared/domain/said';
import { reservieWindow, type Timed, type WindowState } from './checkin-window';
import { saying } from '../../../shared/domain/said-english';

export interface SessionOption extends Timed {
  id: string;
}

/**
 * The default session: of those whose window is open, one the customer is booked on if any (they
 * came for it); else the soonest one still to start (people arrive early for the next class, not
 * late for the current one); else the one running that started last. Null when no window is open.
 */
export function defaultSession<S extends SessionOption>(
  sessions: readonly S[],
  now: Date,
  settings: CheckInSettings,
  bookedSessionIds: ReadonlySet<string> = new Set(),
): S | null {
  const open = sessions
    .filter((s) => reservieWindow(s, now, settings).open)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id));
  const booked = open.filter((s) => bookedSessionIds.has(s.id));
  const pool = booked.length > 0 ? booked : open;
  const upcoming = pool.find((s) => Date.parse(s.startsAt) >= now.getTime());
  return upcoming ?? pool.at(-1) ?? null;
}

export type SessionChoice<S extends SessionOption> =
  | { ok: true; session: S }
  | { ok: false; reason: 'no_open_session' | 'unknown_session'; message: string; said: Said }
  | { ok: false; reason: 'too_early' | 'ended'; session: S; message: string; said: Said };

/** The session staff picked (checked against its window), or the default when they picked none. */
export function chooseSession<S extends SessionOption>(
  sessions: readonly S[],
  now: Date,
  settings: CheckInSettings,
  picked: string | null,
  bookedSessionIds?: ReadonlySet<string>,
): SessionChoice<S> {
  if (picked === null) {
    const session = defaultSession(sessions, now, settings, bookedSessionIds);
    if (session) return { ok: true, session };
    return { ok: false, reason: 'no_open_session', ...saying({ code: 'session.noneOpen' }) };
  }
  const session = sessions.find((s) => s.id === picked);
  if (!session) return { ok: false, reason: 'unknown_session', ...saying({ code: 'session.notToday' }) };
  const window: WindowState = reservieWindow(session, now, settings);
  if (window.open) return { ok: true, session };
  const reason = window.reason === 'too_late' ? 'ended' : window.reason;
  return { ok: false, reason, session, message: window.message, said: window.said };
}
