// Renderer (pure): each language named in itself, whatever language the screen is in: a guest
// looks for the word they read ("Deutsch"), not its English name.
import { resources } from './resources';
import type { Language } from './languages';

export function languageName(language: Language): string {
  return resources[language].common.language[language];
}
