// Electron main adapter (tested in plain Node): the SettingsStore mapping over an electron-store-like
// object. electron-store itself needs Electron, so a Map stands in for it.
import { describe, expect, it } from 'vitest';
import type { AppSettings } from '../../core/core-types';
import { DEFAULT_SETTINGS, settingsOverStore, type StoreLike } from './electron-store-settings';

function fakeStore(initial: Partial<AppSettings> = {}) {
  const data = new Map<keyof AppSettings, unknown>(Object.entries(initial) as [keyof AppSettings, unknown][]);
  const store: StoreLike<AppSettings> = {
    get: <K extends keyof AppSettings>(key: K) => data.get(key) as AppSettings[K],
    set: (key, value) => {
      // electron-store (conf) throws on undefined, as the real one does.
      if (value === undefined) throw new TypeError('Use `delete()` to clear values');
      data.set(key, value);
    },
    delete: (key) => void data.delete(key),
  };
  return { store, data };
}

describe('settingsOverStore', () => {
  it('reads and writes through to the store', () => {
    const { store, data } = fakeStore();
    const settings = settingsOverStore(store, DEFAULT_SETTINGS);
    const backends = { reservie: { baseUrl: 'https://go.reservie.net/api/v1', account: 'key-1' } };
    settings.set('backends', backends);
    expect(data.get('backends')).toEqual(backends);
    expect(settings.get('backends')).toEqual(backends);
  });

  it('falls back to the default for a key an older settings file lacks', () => {
    const settings = settingsOverStore(fakeStore().store, DEFAULT_SETTINGS);
    expect(settings.get('backends')).toEqual({});
  });

  it('turns undefined into a delete instead of letting electron-store throw', () => {
    const { store, data } = fakeStore({ backends: {} });
    const settings = settingsOverStore(store, DEFAULT_SETTINGS);
    expect(() => settings.set('backends', undefined as unknown as AppSettings['backends'])).not.toThrow();
    expect(data.has('backends')).toBe(false);
    expect(settings.get('backends')).toEqual({});
  });
});
