// Renderer: a failed call's words in the screen's language. The core's message is English and the
// most specific there is ("Reservie refused the API key for studio.example"): an English screen
// shows it as it came; any other language shows the code's own sentence (common:errors), so a
// German desk or kiosk never reads an English error.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/result';
import { SOURCE_LANGUAGE } from './languages';

export function errorTextWith(t: TFunction<'common'>, language: string, error: AppError): string {
  return language === SOURCE_LANGUAGE && error.message ? error.message : t(`errors.${error.code}`);
}

export function useErrorText(): (error: AppError) => string {
  const { t, i18n } = useTranslation('common');
  const language = i18n.language;
  // Stable while the language is: effects may depend on it.
  return useCallback((error: AppError) => errorTextWith(t, language, error), [t, language]);
}
