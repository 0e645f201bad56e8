// Renderer (pure) tests: dates and times in the venue's zone whatever the machine's, in the locale of
// the language on screen; ages in words of that language; money from integer minor units.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { FALLBACK_VENUE, formatContextFor, localeFor } from '../i18n/venue-locale';
import { createFormatter, englishAgeWords } from './format';

// The machine is on UTC (a desk laptop nobody set up); the venue is not.
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  process.env.TZ = machineZone;
});

const london = { ...FALLBACK_VENUE, timeZone: 'Europe/London', locale: 'en-GB' };
const berlin = { ...FALLBACK_VENUE, timeZone: 'Europe/Berlin', locale: 'de-DE', currency: 'EUR' };
const en = (venue = london) => createFormatter(formatContextFor('en', venue));
const de = (venue = berlin) => createFormatter(formatContextFor('de', venue));

describe('formatting in the venue', () => {
  it("gives a summer instant in London's and Berlin's clock time, not UTC's", () => {
    const at = '2026-07-01T07:00:00.000Z';
    expect(new Date(at).getHours()).toBe(7);
    expect(en().formatTime(at)).toBe('8:00');
    expect(de().formatTime(at)).toBe('9:00');
    expect(en({ ...london, timeZone: 'UTC' }).formatTime(at)).toBe('7:00');
  });

  it("puts an instant near midnight on the venue's day", () => {
    // 23:30 UTC on 31 January is already 1 February in Berlin, still 31 January in London.
    const at = new Date('2026-01-31T23:30:00.000Z');
    expect(en().formatDay(at)).toBe('Saturday 31 January');
    expect(de().formatDay(at)).toBe('Sonntag, 1. Februar');
    expect(de().formatDate(at.toISOString())).toBe('1. Feb. 2026');
    expect(de().formatDateTime(at.toISOString())).toBe('01.02.2026, 00:30');
    expect(de().venueDay(at.toISOString())).toBe('2026-02-01');
    expect(en().venueDay(at.toISOString())).toBe('2026-01-31');
  });

  it('shows a plain day as that day in every zone', () => {
    const honolulu = { ...london, timeZone: 'Pacific/Honolulu' };
    expect(en(honolulu).formatDate('2026-01-31')).toBe('31 Jan 2026');
    expect(de({ ...berlin, timeZone: 'Pacific/Kiritimati' }).formatDate('2026-01-31')).toBe('31. Jan. 2026');
    expect(en().formatDate('not a date')).toBe('not a date');
  });

  it("uses the venue's locale for its own language, and the bare language for a guest's", () => {
    expect(localeFor('en', 'en-GB')).toBe('en-GB');
    expect(localeFor('de', 'en-GB')).toBe('de');
    expect(localeFor('de', 'de-AT')).toBe('de-AT');
    expect(localeFor('en', 'not a locale!')).toBe('en');
  });

  it('formats money from integer minor units, with the currency’s own digits', () => {
    expect(en().formatMoney({ minor: 1250, currency: 'GBP' })).toBe('£12.50');
    expect(en().formatMoney({ minor: 1999, currency: 'GBP' })).toBe('£19.99');
    expect(de().formatMoney({ minor: 123456, currency: 'EUR' })).toBe('1.234,56\u00a0€');
    expect(en().formatMoney({ minor: 1500, currency: 'JPY' })).toBe('JP¥1,500');
    expect(de().formatNumber(1234)).toBe('1.234');
  });

  it('says an age in the language on screen', () => {
    const minutes = (n: number) => n * 60_000;
    const english = createFormatter({ locale: 'en-GB', timeZone: 'UTC', ageWords: englishAgeWords });
    expect([0, 3, 300, 72 * 60].map((m) => english.formatAge(minutes(m)))).toEqual([
      'just now',
      '3 min ago',
      '5 h ago',
      '3 days ago',
    ]);
    const i18n = createI18n('de');
    const german = createFormatter(
      formatContextFor('de', berlin, (unit, count) => i18n.t(`common:age.${unit}`, { count })),
    );
    expect([0, 3, 300, 72 * 60].map((m) => german.formatAge(minutes(m)))).toEqual([
      'gerade eben',
      'vor 3 Min.',
      'vor 5 Std.',
      'vor 3 Tagen',
    ]);
  });
});
