// Core (plain Node): what a host gives the core, and what it gets back. Hosts depend only on this.
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { UiMode } from '../../shared/ipc/channels';
import type { Caller } from './ipc/dispatch';
import type { Clock, Logger, SecretVault, SettingsStore, StartDemoBackends } from './ports';
import type { BackendId } from '../../shared/domain/backend';
import type { CheckInSettingsInput } from './checkin/checkin-settings';
import type { DeskSettings } from './checkin/desk-identity';
import type { StoredKiosk } from './kiosk/kiosk-store';
import type { SalesSettingsInput } from './sales/sales-settings';
import type { LinkDeps } from './connections/links';
import type { StoredVenue } from './app/venue-settings';

/** Non-secret settings persisted by the host (electron-store in Electron, a JSON file elsewhere). */
export interface AppSettings extends DeskSettings {
  /** Base URL per configured live back end; absent = not configured (demo mode if none is). */
  backends: Partial<Record<BackendId, { baseUrl: string; account: string }>>;
  /** The venue's check-in rules; absent: the defaults, in this computer's time zone. */
  checkIn?: CheckInSettingsInput;
  /** Walk-up sales: currency, locale, offline limits; absent: the defaults (GBP, en-GB). */
  sales?: SalesSettingsInput;
  /** Kiosk mode, the staff PIN's salted hash and its lock-out; absent = desk mode, no PIN. Core only. */
  kiosk?: StoredKiosk;
  /** The venue's UI language (Settings); absent: English. */
  venue?: StoredVenue;
}

export interface CoreDeps {
  /** The app data folder: cache.db, outbox.db and logs live here. */
  dataDir: string;
  vault: SecretVault;
  settings: SettingsStore<AppSettings>;
  logger: Logger;
  /** Starts demo mode's back ends; hosts load the simulators lazily (a dynamic import). */
  demoBackends: StartDemoBackends;
  clock?: Clock;
  /** Path to a better-sqlite3 addon built for this runtime (Electron); undefined = the Node build. */
  nativeBinding?: string;
  /** App version shown in the UI. */
  version: string;
  /**
   * 'kiosk' (the host's `--kiosk`) switches the persisted mode to kiosk at start; it needs a staff
   * PIN, else createCore refuses with NOT_CONFIGURED. Otherwise the persisted mode stands.
   */
  launchMode?: UiMode;
  /** Sync at start-up and every few minutes (default true; the CLI turns it off). */
  autoSync?: boolean;
  /**
   * Send queued writes at start-up, after each enqueue and when a back end comes back (default
   * true). The CLI turns it off so `checkin` answers at once; `outbox send` sends on demand.
   */
  autoSend?: boolean;
  /** Benchmarks only: a time-scaled request budget per back end instead of the default one. */
  budgetFor?: LinkDeps['budgetFor'];
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface Core {
  /**
   * Validates `raw` against the contract schema for `channel`, then runs the handler.
   * Never throws: unknown channels and malformed payloads come back as BAD_INPUT, and a call the
   * UI mode (or the caller's grant, the stricter of the two) does not allow as DESK_ONLY.
   * Hosts must check the sender *before* calling this.
   */
  dispatch(channel: unknown, raw: unknown, caller?: Caller): Promise<Result<unknown>>;
  /** Subscribes to push events; returns the unsubscribe function. */
  onEvent(listener: CoreEventListener): () => void;
  close(): Promise<void>;
}
