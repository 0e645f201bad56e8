// Electron main adapter: SettingsStore<AppSettings> over electron-store, kept in the data folder.
// electron-store imports electron, so it is loaded lazily in openElectronStoreSettings; the mapping
// in settingsOverStore is what the tests exercise, with a fake store, in plain Node.
import type { AppSettings } from '../../core/core-types';
import type { SettingsStore } from '../../core/ports';

export const DEFAULT_SETTINGS: AppSettings = { backends: {} };

/** The part of an electron-store (conf) instance we use. */
export interface StoreLike<T extends object> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  delete(key: keyof T): void;
}

export function settingsOverStore<T extends object>(store: StoreLike<T>, defaults: T): SettingsStore<T> {
  return {
    // A key missing from an older settings file reads as its default, never as undefined.
    get: (key) => store.get(key) ?? defaults[key],
    set(key, value) {
      // electron-store refuses `undefined`; for us it means "back to the default".
      if (value === undefined) store.delete(key);
      else store.set(key, value);
    },
  };
}

export async function openElectronStoreSettings(dataDir: string): Promise<SettingsStore<AppSettings>> {
  const { default: Store } = await import('electron-store');
  const store = new Store<AppSettings>({
    cwd: dataDir,
    // settings.json, the same file and format the Node hosts' JSON settings use: one data folder, any host.
    name: 'settings',
    defaults: DEFAULT_SETTINGS,
    // Keys are ours, not paths: a dot in a key must not create a nested object.
    accessPropertiesByDotNotation: false,
    // Like the JSON settings of the Node hosts: a damaged file must not stop the desk from opening.
    clearInvalidConfig: true,
    configFileMode: 0o600,
  });
  return settingsOverStore<AppSettings>(store, DEFAULT_SETTINGS);
}
