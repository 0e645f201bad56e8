// Renderer: the one i18next instance the UI translates with (react-i18next binds it to React).
// Resources are bundled, not fetched: the kiosk must speak every language offline, and the CSP
// allows no remote source anyway.
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, SOURCE_LANGUAGE } from './languages';
import { DEFAULT_NAMESPACE, resources } from './resources';

export function createI18n(language: Language = SOURCE_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: SOURCE_LANGUAGE,
    defaultNS: DEFAULT_NAMESPACE,
    ns: Object.keys(resources.en),
    // React escapes what it renders; escaping here too would show "&amp;" to the staff.
    interpolation: { escapeValue: false },
    returnNull: false,
    // Bundled resources load synchronously, so the first render is already translated.
    initAsync: false,
  });
  return instance;
}
