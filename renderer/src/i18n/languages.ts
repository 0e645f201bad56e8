// Renderer (pure): the languages the UI is translated into, and how a saved choice is read.
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A BCP 47 tag ("de-AT", "en-GB") to the nearest language we have, or English. */
export function nearestLanguage(tag: string | undefined): Language {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : SOURCE_LANGUAGE;
}
