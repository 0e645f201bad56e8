// Core tests (pure): check-in windows and the default session, with the clock passed in.
import { describe, expect, it } from 'vitest';
import { parseCheckInSettings } from './checkin-settings';
import { reservieWindow, resmarkWindow } from './checkin-window';
import { chooseSession, defaultSession } from './session-choice';

const london = parseCheckInSettings({ timeZone: 'Europe/London' });
// 1 July: London is on summer time (UTC+1), so a desk that ignored the zone would be an hour out.
const session = { id: 'evt_1', startsAt: '2026-07-01T08:00:00Z', endsAt: '2026-07-01T09:00:00Z' }; // 09:00-10:00 local
const at = (iso: string) => new Date(iso);

describe('the Reservie check-in window', () => {
  it('opens 60 minutes before the start by default and says when, in the venue time', () => {
    const w = reservieWindow(session, at('2026-07-01T06:59:00Z'), london);
    expect(w).toMatchObject({ open: false, reason: 'too_early', message: 'Too early, opens at 08:00' });
    expect(reservieWindow(session, at('2026-07-01T07:00:00Z'), london).open).toBe(true);
  });

  it('stays open until the end, then says the session has ended', () => {
    expect(reservieWindow(session, at('2026-07-01T08:59:59Z'), london).open).toBe(true);
    expect(reservieWindow(session, at('2026-07-01T09:00:00Z'), london)).toMatchObject({
      open: false,
      reason: 'ended',
      message: 'This session has ended',
    });
  });

  it('takes both edges from the venue settings', () => {
    const settings = parseCheckInSettings({
      timeZone: 'Europe/London',
      reservieOpensMinutesBefore: 15,
      reservieClosesMinutesAfterEnd: 10,
    });
    expect(reservieWindow(session, at('2026-07-01T07:44:00Z'), settings)).toMatchObject({
      message: 'Too early, opens at 08:45',
    });
    expect(reservieWindow(session, at('2026-07-01T09:09:00Z'), settings).open).toBe(true);
    expect(reservieWindow(session, at('2026-07-01T09:10:00Z'), settings).open).toBe(false);
  });

  it("gives the time in the venue's zone, not the machine's, and the day when it is not today", () => {
    const newYork = parseCheckInSettings({ timeZone: 'America/New_York' });
    expect(reservieWindow(session, at('2026-07-01T06:00:00Z'), newYork)).toMatchObject({
      message: 'Too early, opens at 03:00',
    });
    expect(reservieWindow(session, at('2026-06-29T10:00:00Z'), london)).toMatchObject({
      message: 'Too early, opens at 08:00 on 1 Jul',
    });
  });

  it('refuses settings that make no sense, naming the field', () => {
    expect(() => parseCheckInSettings({ timeZone: 'Mars/Olympus' })).toThrow(
      /Mars\/Olympus" is not a time zone/,
    );
    expect(() => parseCheckInSettings({ timeZone: 'Europe/London', reservieOpensMinutesBefore: -5 })).toThrow(
      /reservieOpensMinutesBefore/,
    );
    expect(() => parseCheckInSettings({ timeZone: 'Europe/London', deskColour: 'red' })).toThrow(
      /deskColour/,
    );
  });
});

describe('the Resmark check-in window', () => {
  const settings = parseCheckInSettings({
    timeZone: 'Europe/London',
    resmarkMinutesBefore: 30,
    resmarkMinutesAfter: 15,
  });
  const departure = '2026-07-01T08:00:00Z'; // 09:00 local

  it('is too early before, open around the start, and too late after, as Resmark says', () => {
    expect(resmarkWindow(departure, at('2026-07-01T07:29:00Z'), settings)).toMatchObject({
      reason: 'too_early',
      message: 'Too early, opens at 08:30',
    });
    expect(resmarkWindow(departure, at('2026-07-01T07:30:00Z'), settings).open).toBe(true);
    expect(resmarkWindow(departure, at('2026-07-01T08:15:00Z'), settings).open).toBe(true);
    expect(resmarkWindow(departure, at('2026-07-01T08:15:01Z'), settings)).toMatchObject({
      reason: 'too_late',
      message: 'Too late, check-in closed at 09:15',
    });
  });
});

describe('the default session', () => {
  const s = (id: string, start: string, end: string) => ({ id, startsAt: start, endsAt: end });
  const nine = s('nine', '2026-07-01T08:00:00Z', '2026-07-01T09:00:00Z'); // 09:00-10:00 local
  const ten = s('ten', '2026-07-01T09:00:00Z', '2026-07-01T10:00:00Z'); // 10:00-11:00
  const noon = s('noon', '2026-07-01T11:00:00Z', '2026-07-01T12:00:00Z'); // 12:00-13:00
  const all = [noon, ten, nine];

  it('is the one starting soonest whose window is open', () => {
    expect(defaultSession(all, at('2026-07-01T07:10:00Z'), london)?.id).toBe('nine');
    // 09:30: the 09:00 class is running and the 10:00 one is open: arrivals are for the next class.
    expect(defaultSession(all, at('2026-07-01T08:30:00Z'), london)?.id).toBe('ten');
    // 10:30: only the 10:00 class is open (the noon one opens at 11:00).
    expect(defaultSession(all, at('2026-07-01T09:30:00Z'), london)?.id).toBe('ten');
  });

  it('is the one the customer is booked on, when that is open too', () => {
    expect(defaultSession(all, at('2026-07-01T08:30:00Z'), london, new Set(['nine']))?.id).toBe('nine');
    expect(defaultSession(all, at('2026-07-01T08:30:00Z'), london, new Set(['noon']))?.id).toBe('ten');
  });

  it('is none when no window is open', () => {
    expect(defaultSession(all, at('2026-07-01T05:00:00Z'), london)).toBeNull();
    expect(chooseSession(all, at('2026-07-01T05:00:00Z'), london, null)).toMatchObject({
      ok: false,
      reason: 'no_open_session',
    });
  });

  it('staff may pick another open session, but not one outside its window', () => {
    const now = at('2026-07-01T08:30:00Z');
    expect(chooseSession(all, now, london, 'nine')).toMatchObject({ ok: true, session: { id: 'nine' } });
    expect(chooseSession(all, now, london, 'noon')).toMatchObject({
      ok: false,
      reason: 'too_early',
      message: 'Too early, opens at 11:00',
    });
    expect(chooseSession(all, at('2026-07-01T09:30:00Z'), london, 'nine')).toMatchObject({
      ok: false,
      reason: 'ended',
      message: 'This session has ended',
    });
    expect(chooseSession(all, now, london, 'evt_gone')).toMatchObject({
      ok: false,
      reason: 'unknown_session',
    });
  });
});
