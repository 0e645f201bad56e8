// Renderer (desk, Settings): the venue's language. Each language is named in itself ("Deutsch"), so
// whoever reads it finds their own; the choice is the core's (app:setLanguage) and lasts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/Card';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { useVenue, useVenueStore } from '../../i18n/venue-context';
import { languageName } from '../../i18n/language-names';
import { useErrorText } from '../../i18n/error-text';

export function LanguagePicker() {
  const { t } = useTranslation('common');
  const errorText = useErrorText();
  const store = useVenueStore();
  const current = useVenue((s) => s.venue.language);
  const saving = useVenue((s) => s.saving);
  const error = useVenue((s) => s.error);
  // The radio shows the pick at once; the core's answer (or its refusal) then settles it.
  const [pending, setPending] = useState<Language | null>(null);
  const choose = async (language: Language) => {
    setPending(language);
    await store.getState().setLanguage(language);
    setPending(null);
  };

  return (
    <Card
      className="language-setup"
      title={t('language.label')}
      titleId="language-setup-title"
      aria-labelledby="language-setup-title"
      subtitle={t('language.venueHint')}
    >
      <div className="language-setup__options" role="radiogroup" aria-labelledby="language-setup-title">
        {LANGUAGES.map((language) => (
          <label key={language} className="language-setup__option" lang={language}>
            <input
              type="radio"
              name="venue-language"
              className="language-setup__radio"
              value={language}
              checked={(pending ?? current) === language}
              disabled={saving}
              onChange={() => void choose(language)}
            />
            <span>{languageName(language)}</span>
          </label>
        ))}
      </div>
      <p className="language-setup__status" role="status">
        {saving ? t('language.saving') : ''}
      </p>
      {error && (
        <p className="language-setup__error" role="alert">
          {t('language.saveFailed', { reason: errorText(error) })}
        </p>
      )}
    </Card>
  );
}
