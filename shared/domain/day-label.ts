// Shared (pure TS): a calendar day as staff say it in a sentence, "12 Nov". English is written out
// rather than through Intl because ICU versions disagree ("Sep" or "Sept") and the core's English
// sentences, which scripts and tests read, must not change with the runtime; other languages use
// Intl, in the language the screen speaks.

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(day: string): { year: number; month: number; date: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD).`);
  return { year: Number(m[1]), month: Number(m[2]), date: Number(m[3]) };
}

/** "12 Nov" for English (any region), else the language's own short form ("12. Nov." in German). */
export function shortDayLabel(day: string, language = 'en'): string {
  const { year, month, date } = parts(day);
  if (language === 'en' || language.startsWith('en-')) return `${date} ${ENGLISH_MONTHS[month - 1]}`;
  // A plain day has no zone: written at UTC noon it is the same day everywhere.
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, date, 12),
  );
}
