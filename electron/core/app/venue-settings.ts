// Core (pure): the venue's language as stored in settings, read defensively: a damaged or unknown
// value falls back to English rather than stopping the app.
import { VENUE_LANGUAGES, type VenueLanguage } from '../../../shared/domain/venue';

export interface StoredVenue {
  /** The UI language staff chose in Settings; absent: English. */
  language?: string;
}

export const DEFAULT_LANGUAGE: VenueLanguage = 'en';

export function parseVenueLanguage(raw: unknown): VenueLanguage {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_LANGUAGE;
  const { language } = raw as Record<string, unknown>;
  return (VENUE_LANGUAGES as readonly unknown[]).includes(language)
    ? (language as VenueLanguage)
    : DEFAULT_LANGUAGE;
}
