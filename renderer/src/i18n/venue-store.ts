// Renderer: the venue's language, zone and money (`app:venue`), staff's change of language, and a
// kiosk guest's own pick. The guest's pick lives only in this page's memory: the idle reset reloads
// the page, which starts again from the venue's language.
import type { i18n } from 'i18next';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/ipc/contract';
import type { VenueInfo } from '../../../shared/domain/venue';
import type { AppError } from '../../../shared/ipc/result';
import { call } from '../lib/call';
import { setFormatContext } from '../lib/format';
import { isLanguage, type Language } from './languages';
import { FALLBACK_VENUE, formatContextFor } from './venue-locale';

export interface VenueState {
  venue: VenueInfo;
  /** Staff's change is on its way to the core. */
  saving: boolean;
  /** Why the last change did not save; null otherwise. */
  error: AppError | null;
  /** Staff, in Settings: the venue's language from now on, on this desk and after a restart. */
  setLanguage(language: Language): Promise<void>;
  /** A kiosk guest: this page only, until the idle reset. */
  chooseGuestLanguage(language: Language): Promise<void>;
  /** Back to the venue's language (the end of a guest's turn). */
  resetGuestLanguage(): Promise<void>;
}

export type VenueStore = StoreApi<VenueState>;

/** Reads the venue before the first render, so the first screen is already in its language. */
export async function loadVenue(api: Api): Promise<VenueInfo> {
  const answer = await call(() => api.app.venue());
  return answer.ok && isLanguage(answer.value.language) ? answer.value : FALLBACK_VENUE;
}

export function createVenueStore(api: Api, i18nInstance: i18n, venue: VenueInfo): VenueStore {
  return createStore<VenueState>()((set, get) => ({
    venue,
    saving: false,
    error: null,
    async setLanguage(language) {
      set({ saving: true, error: null });
      const answer = await call(() => api.app.setLanguage({ language }));
      if (!answer.ok) {
        set({ saving: false, error: answer.error });
        return;
      }
      set({ venue: answer.value, saving: false });
      await i18nInstance.changeLanguage(answer.value.language);
    },
    async chooseGuestLanguage(language) {
      await i18nInstance.changeLanguage(language);
    },
    async resetGuestLanguage() {
      await i18nInstance.changeLanguage(get().venue.language);
    },
  }));
}

/**
 * Keeps `<html lang>` and the date, time and money formats in step with the language on screen
 * (and the venue's zone); returns the unsubscribe.
 */
export function followLanguage(i18nInstance: i18n, store: VenueStore, root: HTMLElement | null): () => void {
  const apply = () => {
    const language: Language = isLanguage(i18nInstance.language) ? i18nInstance.language : 'en';
    if (root) root.lang = language;
    setFormatContext(
      formatContextFor(language, store.getState().venue, (unit, count) =>
        i18nInstance.t(`common:age.${unit}`, { count }),
      ),
    );
  };
  apply();
  i18nInstance.on('languageChanged', apply);
  const unsubscribe = store.subscribe(apply);
  return () => {
    i18nInstance.off('languageChanged', apply);
    unsubscribe();
  };
}
