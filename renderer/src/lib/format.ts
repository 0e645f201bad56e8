// Renderer: number, date, time, age and money formatting, shared by every feature. Dates and times
// are given in the venue's time zone (not this computer's: a desk laptop left on UTC must still say
// 08:00 for an 08:00 class in London), and in the locale of the language on screen. main.tsx sets
// the context from `app:venue` and again whenever the language changes.

export interface FormatContext {
  /** BCP 47 locale, e.g. en-GB or de-DE; undefined: the system's. */
  locale: string | undefined;
  /** IANA zone, e.g. Europe/London; undefined: the system's. */
  timeZone: string | undefined;
  /** The words of an age ("just now", "3 min ago") in the language on screen. */
  ageWords: (unit: AgeUnit, count: number) => string;
}

export type AgeUnit = 'now' | 'minutes' | 'hours' | 'days';

/** English, for tests and for the moment before the venue is known. */
export const englishAgeWords: FormatContext['ageWords'] = (unit, count) => {
  if (unit === 'now') return 'just now';
  if (unit === 'minutes') return `${count} min ago`;
  if (unit === 'hours') return `${count} h ago`;
  return `${count} ${count === 1 ? 'day' : 'days'} ago`;
};

/** Money as the core sends it: integer minor units of an ISO 4217 currency. */
export interface MinorMoney {
  minor: number;
  currency: string;
}

export interface Formatter {
  formatNumber(n: number): string;
  /** An instant's clock time at the venue, "08:00" or "8:00 am" as the locale writes it. */
  formatTime(iso: string): string;
  /** The venue's calendar day of an instant, "Tuesday 1 December". */
  formatDay(date: Date): string;
  formatDateTime(iso: string): string;
  /** A plain day ("2026-01-31") as it is, an instant as the venue's day; unreadable text unchanged. */
  formatDate(value: string): string;
  /** The venue's calendar day of an instant, "2026-02-01": for comparing days, not for showing. */
  venueDay(iso: string): string;
  /** "just now", "3 min ago", "5 h ago", "2 days ago": short enough for a status bar. */
  formatAge(ms: number): string;
  /** "£12.50" (en-GB), "12,50 €" (de-DE): exactly the currency's minor digits, never a float's. */
  formatMoney(amount: MinorMoney): string;
}

export function createFormatter({ locale, timeZone, ageWords }: FormatContext): Formatter {
  const numberFormat = new Intl.NumberFormat(locale);
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const dayFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  });
  const dateOptions = { day: 'numeric', month: 'short', year: 'numeric' } as const;
  const dateFormat = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone });
  // A plain day has no zone: written at UTC, it is the same day everywhere.
  const plainDayFormat = new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  });
  const moneyFormats = new Map<string, Intl.NumberFormat>();

  return {
    formatNumber: (n) => numberFormat.format(n),
    formatTime: (iso) => timeFormat.format(new Date(iso)),
    formatDay: (date) => dayFormat.format(date),
    formatDateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    formatDate(value) {
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (day) return plainDayFormat.format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
    },
    venueDay: (iso) => dayKeyFormat.format(new Date(iso)),
    formatAge(ms) {
      const minutes = Math.floor(Math.max(ms, 0) / 60_000);
      if (minutes < 1) return ageWords('now', 0);
      if (minutes < 60) return ageWords('minutes', minutes);
      const hours = Math.floor(minutes / 60);
      if (hours < 48) return ageWords('hours', hours);
      return ageWords('days', Math.floor(hours / 24));
    },
    formatMoney({ minor, currency }) {
      let f = moneyFormats.get(currency);
      if (!f) {
        f = new Intl.NumberFormat(locale, { style: 'currency', currency });
        moneyFormats.set(currency, f);
      }
      const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
      // An integer over a power of ten is the nearest double, which prints exactly at `digits`.
      return f.format(minor / 10 ** digits);
    },
  };
}

let current = createFormatter({ locale: undefined, timeZone: undefined, ageWords: englishAgeWords });

/** Called at start and on every change of language: later calls format with this context. */
export function setFormatContext(context: FormatContext): void {
  current = createFormatter(context);
}

export const formatNumber = (n: number): string => current.formatNumber(n);
export const formatTime = (iso: string): string => current.formatTime(iso);
export const formatDay = (date: Date): string => current.formatDay(date);
export const formatDateTime = (iso: string): string => current.formatDateTime(iso);
export const formatDate = (value: string): string => current.formatDate(value);
export const venueDay = (iso: string): string => current.venueDay(iso);
export const formatAge = (ms: number): string => current.formatAge(ms);
export const formatMoney = (amount: MinorMoney): string => current.formatMoney(amount);
