// Shared (pure TS): the venue's language, time zone and money, as the renderer formats with them.
import { z } from 'zod';

/** The languages the UI is translated into (the renderer's catalogs; renderer/src/i18n/languages.ts). */
export const VENUE_LANGUAGES = ['en', 'de'] as const;
export const VenueLanguage = z.enum(VENUE_LANGUAGES);
export type VenueLanguage = z.infer<typeof VenueLanguage>;

/** What `app:venue` answers: everything the renderer needs to speak and format as the venue does. */
export interface VenueInfo {
  /** The staff's and the kiosk's language until a guest picks another. */
  language: VenueLanguage;
  /** IANA zone every date and time on screen is given in (the check-in settings' zone). */
  timeZone: string;
  /** ISO 4217 code of the venue's money (the sales settings). */
  currency: string;
  /** BCP 47 locale amounts and dates are shown in when it matches the language, e.g. en-GB. */
  locale: string;
}

export const SetLanguage = z.object({ language: VenueLanguage }).strict();
export type SetLanguage = z.infer<typeof SetLanguage>;
