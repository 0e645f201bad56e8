// Core (plain Node): the small interfaces through which the core reaches host services.
// The Electron host passes adapters over safeStorage and electron-store; the web host, the CLI
// and the tests pass the Node implementations in this folder tree.
import type { BackendCredentials } from '../../shared/domain/backend';

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

/**
 * Demo mode's back ends, provided by the host: the built-in simulators, started on loopback when
 * no back end is configured. The core knows only this port, so the simulators (and their test
 * controls) are loaded by a host that wants them, and only when demo mode starts.
 */
export type StartDemoBackends = () => Promise<RunningDemoBackends>;

export interface RunningDemoBackends {
  /** One entry per back end, with the demo credentials it accepts and the name staff see. */
  backends: { credentials: BackendCredentials; label: string }[];
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };
