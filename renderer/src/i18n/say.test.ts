// The screens say what the core says: every `said` code, rendered by the renderer's English
// catalog, reads word for word as the core's English message (what the CLI prints and scripts
// read), and the German catalog says each one in German. One sample at least for every code: the
// Record below does not compile when a code is added without one.
import { describe, expect, it } from 'vitest';
import type { Said, SaidCode } from '../../../shared/domain/said';
import { english } from '../../../shared/domain/said-english';
import { createI18n } from './i18n';
import { sayWith } from './say';
import { createFormatter, englishAgeWords } from '../lib/format';

const today = { at: '2026-12-01T08:00:00.000Z', clock: '08:00', otherDay: null };
const tomorrow = { at: '2026-12-02T18:30:00.000Z', clock: '18:30', otherDay: '2026-12-02' };

const SAMPLES: Record<SaidCode, Said[]> = {
  'pass.expired': [
    { code: 'pass.expired', pass: '10-Class Pass', on: '2026-11-20' },
    { code: 'pass.expired', pass: 'Monthly Unlimited', on: null },
  ],
  'pass.notStarted': [{ code: 'pass.notStarted', pass: 'Winter Pass', on: '2026-12-24' }],
  'pass.usedUp': [
    { code: 'pass.usedUp', pass: '10-Class Pass', on: '2026-11-12' },
    { code: 'pass.usedUp', pass: 'Drop-in', on: null },
  ],
  'pass.notUsable': [{ code: 'pass.notUsable', pass: '5-Class Pass', status: 'suspended' }],
  'window.tooEarly': [
    { code: 'window.tooEarly', opens: today },
    { code: 'window.tooEarly', opens: tomorrow },
  ],
  'window.ended': [{ code: 'window.ended' }],
  'window.tooLate': [{ code: 'window.tooLate', closed: today }],
  'session.noneOpen': [{ code: 'session.noneOpen' }],
  'session.notToday': [{ code: 'session.notToday' }],
  'session.full': [{ code: 'session.full', session: 'Yoga Flow', taken: 16, capacity: 16 }],
  'passes.none': [{ code: 'passes.none' }],
  'passes.notHeld': [{ code: 'passes.notHeld' }],
  'passes.noneValid': [
    {
      code: 'passes.noneValid',
      problems: [
        { code: 'pass.usedUp', pass: '10-Class Pass', on: '2026-11-12' },
        { code: 'pass.expired', pass: 'Intro Month', on: '2026-10-31' },
      ],
    },
  ],
  'booking.nothingToday': [{ code: 'booking.nothingToday' }],
  'booking.noParticipants': [{ code: 'booking.noParticipants' }],
  'booking.tickOne': [{ code: 'booking.tickOne' }],
  'booking.notOnIt': [{ code: 'booking.notOnIt', participant: 'Child#3' }],
  'checkedIn.booked': [{ code: 'checkedIn.booked', at: today }],
  'checkedIn.withPass': [
    { code: 'checkedIn.withPass', pass: '10-Class Pass', usesLeft: 1 },
    { code: 'checkedIn.withPass', pass: '10-Class Pass', usesLeft: 7 },
    { code: 'checkedIn.withPass', pass: '10-Class Pass', usesLeft: 0 },
  ],
  'checkedIn.participants': [
    { code: 'checkedIn.participants', count: 3, alreadyIn: 0 },
    { code: 'checkedIn.participants', count: 1, alreadyIn: 2 },
  ],
  'already.at': [
    { code: 'already.at', at: today, desk: 'Front desk 2' },
    { code: 'already.at', at: tomorrow, desk: 'Kiosk' },
  ],
  'already.onDesk': [{ code: 'already.onDesk', desk: 'Front desk 2' }],
  'already.plain': [{ code: 'already.plain' }],
  'undo.done': [{ code: 'undo.done' }],
  'undo.useBack': [{ code: 'undo.useBack' }],
  'undo.count': [{ code: 'undo.count', count: 3 }],
  'undo.doneCancelInReservie': [{ code: 'undo.doneCancelInReservie' }],
  'undo.already': [{ code: 'undo.already' }],
  'undo.tooLate': [{ code: 'undo.tooLate', at: today }],
  'undo.sending': [{ code: 'undo.sending' }],
  'note.cancelInReservie': [{ code: 'note.cancelInReservie' }],
};

const ALL = Object.values(SAMPLES).flat();

/**
 * The screens for the demo studio (London). Their clock is the venue locale's ("8:00" in en-GB,
 * "8:00 AM" in en-US; format.test.ts covers it); the core's English always says "08:00". The
 * English check reads times as the core does, so that it compares the words.
 */
function speaker(language: 'en' | 'de') {
  const i18n = createI18n(language);
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const f = createFormatter({ locale: 'de-DE', timeZone: 'Europe/London', ageWords: englishAgeWords });
  const time = language === 'en' ? (iso: string) => clock.format(new Date(iso)) : f.formatTime;
  return { t: i18n.getFixedT(language, 'said'), language, time };
}

/** The text without the values the venue or the back end wrote (pass names, statuses, desks). */
function ownWords(text: string, said: Said): string {
  const values = JSON.stringify(said).match(/"[^"]*"/g) ?? [];
  // "Check-in" is German too (a loan word German front desks use).
  return values.reduce((t, v) => t.split(v.slice(1, -1)).join(' '), text).replace(/Check-ins?/g, ' ');
}

describe('what the core says, on the screens', () => {
  it('reads in English exactly as the core words it, for every code', () => {
    const en = speaker('en');
    for (const said of ALL) expect({ said, text: sayWith(en, said) }).toEqual({ said, text: english(said) });
  });

  it('is said in German for every code, with the values in it and no English sentence left', () => {
    const de = speaker('de');
    for (const said of ALL) {
      const text = sayWith(de, said);
      expect(text, said.code).not.toBe(english(said));
      expect(ownWords(text, said), said.code).not.toMatch(/\b(the|is|at|on|left|undone|checked|too|pass)\b/i);
      for (const value of Object.values(said)) {
        if (typeof value === 'number' && value > 0) expect(text, said.code).toContain(String(value));
      }
    }
    expect(sayWith(de, { code: 'window.tooEarly', opens: today })).toMatch(
      /^Zu früh, der Check-in öffnet um 0?8:00$/,
    );
    expect(sayWith(de, { code: 'pass.usedUp', pass: '10er-Karte', on: '2026-11-12' })).toBe(
      '10er-Karte ist seit 12. Nov. aufgebraucht',
    );
  });
});
