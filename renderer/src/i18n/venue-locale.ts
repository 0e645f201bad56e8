// Renderer (pure): which locale and zone the screen formats in, from the venue and the language on screen.
import type { VenueInfo, VenueLanguage } from '../../../shared/domain/venue';
import { englishAgeWords, type FormatContext } from '../lib/format';
import { nearestLanguage, SOURCE_LANGUAGE, type Language } from './languages';

// The renderer's catalogs and the core's accepted languages are one list: the compiler says if not.
const sameLanguages: [Language, VenueLanguage] extends [VenueLanguage, Language] ? true : never = true;
void sameLanguages;

/** Before (or without) the core's answer: English, in this computer's zone. */
export const FALLBACK_VENUE: VenueInfo = {
  language: SOURCE_LANGUAGE,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  currency: 'GBP',
  locale: 'en-GB',
};

/**
 * The venue's own locale when it is of the language on screen (en-GB for English at a London
 * venue, de-AT in Vienna); otherwise the bare language (a German guest at a London kiosk: "de").
 */
export function localeFor(language: Language, venueLocale: string): string {
  return nearestLanguage(venueLocale) === language && isLocale(venueLocale) ? venueLocale : language;
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export function formatContextFor(
  language: Language,
  venue: VenueInfo,
  ageWords: FormatContext['ageWords'] = englishAgeWords,
): FormatContext {
  return { locale: localeFor(language, venue.locale), timeZone: venue.timeZone, ageWords };
}
