// Renderer: the one module that reads window.frontdesk, and the place every store is created from it.
import type { Api } from '../../../shared/ipc/contract';
import { createStatusStore, type StatusStore } from '../features/status/status-store';
import { createSyncStore, type SyncStore } from '../features/sync/sync-store';
import { createSearchStore, type SearchStore } from '../features/search/search-store';
import { createSessionsStore, type SessionsStore } from '../features/sessions/sessions-store';
import { createCheckInStore, type CheckInStore } from '../features/checkin/checkin-store';
import {
  createResmarkCheckInStore,
  type ResmarkCheckInStore,
} from '../features/checkin/resmark-checkin-store';
import { createOutboxStore, type OutboxStore } from '../features/outbox/outbox-store';
import { createSummaryStore, type SummaryStore } from '../features/summary/summary-store';
import { createUiStore, type UiStore } from './ui-store';
import { createSaleStore, type SaleStore } from '../features/sell/sale-store';
import {
  createReservieSaleStore,
  type ReservieSaleStore,
} from '../features/sell/reservie/reservie-sale-store';
import { createResmarkSaleStore, type ResmarkSaleStore } from '../features/sell/resmark-sale-store';
import { createKioskModeStore, type KioskModeStore } from '../features/kiosk/kiosk-mode-store';
import { createKioskGuestStore, type KioskGuestStore } from '../features/kiosk/kiosk-store';
import { browserTimers } from '../features/kiosk/idle-timer';
import { createContrastStore, startContrast, type ContrastStore } from '../features/display/contrast-store';

export interface Stores {
  status: StatusStore;
  sync: SyncStore;
  search: SearchStore;
  sessions: SessionsStore;
  checkin: CheckInStore;
  resmarkCheckin: ResmarkCheckInStore;
  outbox: OutboxStore;
  /** The checkout of the walk-up sale on screen (tender, send, receipt), shared by every back end's flow. */
  sale: SaleStore;
  /** The Reservie part of that sale: session, customer by e-mail, how they pay, waiting list. */
  reservieSale: ReservieSaleStore;
  resmarkSale: ResmarkSaleStore;
  summary: SummaryStore;
  ui: UiStore;
  kioskMode: KioskModeStore;
  kioskGuest: KioskGuestStore;
  contrast: ContrastStore;
}

/**
 * The bridge installed by the preload (Electron) or the web bridge (loopback host). Opened any
 * other way — a file, a plain dev server — there is none, and the app says so instead of crashing.
 */
export function readBridge(): Api | null {
  const candidate: unknown = (globalThis as { frontdesk?: unknown }).frontdesk;
  return looksLikeApi(candidate) ? candidate : null;
}

function looksLikeApi(value: unknown): value is Api {
  if (typeof value !== 'object' || value === null) return false;
  const { on, app } = value as { on?: unknown; app?: { status?: unknown } };
  return typeof on === 'function' && typeof app?.status === 'function';
}

/**
 * Data stores get the api injected, so unit tests hand them a fake; `venueTimeZone` says what
 * "today" is (the venue's zone, not the machine's).
 */
export function createStores(api: Api, venueTimeZone: () => string | undefined = () => undefined): Stores {
  return {
    status: createStatusStore(api),
    sync: createSyncStore(api),
    search: createSearchStore(api),
    sessions: createSessionsStore(api, undefined, venueTimeZone),
    checkin: createCheckInStore(api),
    resmarkCheckin: createResmarkCheckInStore(api),
    outbox: createOutboxStore(api),
    sale: createSaleStore(api),
    reservieSale: createReservieSaleStore(api),
    resmarkSale: createResmarkSaleStore(api),
    summary: createSummaryStore(api),
    ui: createUiStore(),
    kioskMode: createKioskModeStore(api),
    kioskGuest: createKioskGuestStore(api, browserTimers),
    // The page applies the theme to <html>; without a document (unit tests) it is only a store.
    contrast:
      typeof document === 'undefined' ? createContrastStore(null, false) : startContrast(document, window),
  };
}
