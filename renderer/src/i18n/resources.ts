// Renderer: every message catalog, one namespace per feature, in each supported language.
// English is the source; every other language must have exactly the same keys and placeholders
// (catalog.test.ts checks it), and the compiler checks keys used in code against English.
// A feature adds its namespace here: one import per language and one line in each map.
import deCommon from './locales/de/common.json';
import enCommon from './locales/en/common.json';
import deApp from './locales/de/app.json';
import enApp from './locales/en/app.json';
import deCheckin from './locales/de/checkin.json';
import enCheckin from './locales/en/checkin.json';
import deDisplay from './locales/de/display.json';
import enDisplay from './locales/en/display.json';
import deHome from './locales/de/home.json';
import enHome from './locales/en/home.json';
import deKiosk from './locales/de/kiosk.json';
import enKiosk from './locales/en/kiosk.json';
import deOutbox from './locales/de/outbox.json';
import enOutbox from './locales/en/outbox.json';
import deSaid from './locales/de/said.json';
import enSaid from './locales/en/said.json';
import deSearch from './locales/de/search.json';
import enSearch from './locales/en/search.json';
import deSell from './locales/de/sell.json';
import enSell from './locales/en/sell.json';
import deSellReservie from './locales/de/sellReservie.json';
import enSellReservie from './locales/en/sellReservie.json';
import deSessions from './locales/de/sessions.json';
import enSessions from './locales/en/sessions.json';
import deSetup from './locales/de/setup.json';
import enSetup from './locales/en/setup.json';
import deStatus from './locales/de/status.json';
import enStatus from './locales/en/status.json';
import deSummary from './locales/de/summary.json';
import enSummary from './locales/en/summary.json';
import deSync from './locales/de/sync.json';
import enSync from './locales/en/sync.json';
import deUi from './locales/de/ui.json';
import enUi from './locales/en/ui.json';

export const en = {
  common: enCommon,
  app: enApp,
  checkin: enCheckin,
  display: enDisplay,
  home: enHome,
  kiosk: enKiosk,
  outbox: enOutbox,
  said: enSaid,
  search: enSearch,
  sell: enSell,
  sellReservie: enSellReservie,
  sessions: enSessions,
  setup: enSetup,
  status: enStatus,
  summary: enSummary,
  sync: enSync,
  ui: enUi,
};

export const de: { [Namespace in keyof typeof en]: Catalog<(typeof en)[Namespace]> } = {
  common: deCommon,
  app: deApp,
  checkin: deCheckin,
  display: deDisplay,
  home: deHome,
  kiosk: deKiosk,
  outbox: deOutbox,
  said: deSaid,
  search: deSearch,
  sell: deSell,
  sellReservie: deSellReservie,
  sessions: deSessions,
  setup: deSetup,
  status: deStatus,
  summary: deSummary,
  sync: deSync,
  ui: deUi,
};

/** The same tree of keys with string leaves: a translation may not drop or add a key. */
type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

export const resources = { en, de } as const;

export type Namespace = keyof typeof en;
export const DEFAULT_NAMESPACE: Namespace = 'common';
