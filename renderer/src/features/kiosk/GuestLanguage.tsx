// Renderer (kiosk): the guest's own language, one big button per language, each named in itself
// ("Deutsch") and marked with its language for screen readers. The pick lives only in this page:
// the end of the guest's turn (a reload) brings the venue's language back.
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';
import { languageName } from '../../i18n/language-names';
import { useVenueStore } from '../../i18n/venue-context';

export function GuestLanguage() {
  const { t, i18n } = useTranslation('kiosk');
  const venue = useVenueStore();
  return (
    <div className="kiosk-language" role="group" aria-label={t('language.group')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="kiosk-language__button"
          aria-pressed={i18n.language === language}
          onClick={() => void venue.getState().chooseGuestLanguage(language)}
        >
          {languageName(language)}
        </button>
      ))}
    </div>
  );
}
