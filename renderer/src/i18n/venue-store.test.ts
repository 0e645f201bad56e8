// Renderer tests (Node): the venue store over the fake bridge: the venue read before the first
// render, staff's change saved then shown, a refused change leaving the language as it was, and a
// guest's pick that changes the screen but not the venue, undone at the end of their turn.
import { describe, expect, it } from 'vitest';
import { createFakeBackend } from '../../../test/fakes/fake-api';
import { createI18n } from './i18n';
import { createVenueStore, followLanguage, loadVenue } from './venue-store';
import { formatTime } from '../lib/format';
import { FALLBACK_VENUE } from './venue-locale';

async function rig(venue = {}) {
  const { api, controls } = createFakeBackend({ venue });
  const start = await loadVenue(api);
  const i18n = createI18n(start.language);
  const store = createVenueStore(api, i18n, start);
  const root = { lang: '' } as HTMLElement;
  const stop = followLanguage(i18n, store, root);
  return { api, controls, i18n, store, root, stop };
}

describe('the venue store', () => {
  it("starts in the venue's language and zone, and follows staff's change", async () => {
    const { i18n, store, root, controls, stop } = await rig({ language: 'de', timeZone: 'Europe/Berlin' });
    expect(i18n.language).toBe('de');
    expect(root.lang).toBe('de');
    expect(formatTime('2026-07-01T07:00:00.000Z')).toBe('9:00');

    await store.getState().setLanguage('en');
    expect(controls.calls.at(-1)).toEqual({ call: 'setLanguage', input: { language: 'en' } });
    expect(store.getState()).toMatchObject({ venue: { language: 'en' }, saving: false, error: null });
    expect(i18n.language).toBe('en');
    expect(root.lang).toBe('en');
    stop();
  });

  it('keeps the language when the core refuses the change, and says why', async () => {
    const { i18n, store, controls, stop } = await rig();
    const error = { code: 'DESK_ONLY', message: 'Only at the front desk.' } as const;
    controls.setError('setLanguage', error);
    await store.getState().setLanguage('de');
    expect(store.getState()).toMatchObject({ venue: { language: 'en' }, saving: false, error });
    expect(i18n.language).toBe('en');
    stop();
  });

  it("changes only the screen for a guest, and goes back to the venue's language after", async () => {
    const { i18n, store, root, controls, stop } = await rig();
    await store.getState().chooseGuestLanguage('de');
    expect(i18n.language).toBe('de');
    expect(root.lang).toBe('de');
    expect(store.getState().venue.language).toBe('en');
    expect(controls.calls.some((c) => c.call === 'setLanguage')).toBe(false);
    await store.getState().resetGuestLanguage();
    expect(i18n.language).toBe('en');
    expect(root.lang).toBe('en');
    stop();
  });

  it('falls back to English in this computer’s zone when the venue cannot be read', async () => {
    const { api, controls } = createFakeBackend();
    controls.setError('venue', { code: 'INTERNAL', message: 'The core is not answering.' });
    expect(await loadVenue(api)).toEqual(FALLBACK_VENUE);
  });
});
