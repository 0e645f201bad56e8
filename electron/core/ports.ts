// Core (plain Node): the small interfaces through which the core reaches host services.
// The Electron host passes adapters over safeStorage and electron-store; the web host, the CLI
// and the tests pass the Node implementations in this folder tree.

/** Where secrets live. Only the core ever reads them; nothing here crosses the bridge. */
export interface SecretVault {
  /** How strongly secrets are protected at rest, shown (without detail) to staff. */
  readonly protection: 'os-keychain' | 'file-key' | 'plain-text';
  get(key: string): string | undefined;
  set(key: string, secret: string): void;
  delete(key: string): void;
  /** Removes every secret (sign-out of everything). */
  clear(): void;
}

/** Non-secret settings (which back end, base URLs, venue options). */
export interface SettingsStore<T extends object> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
}

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const systemClock: Clock = { now: () => new Date() };
