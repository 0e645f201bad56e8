// Renderer: every message catalog, one namespace per feature, in each supported language.
// English is the source; every other language must have exactly the same keys and placeholders
// (catalog.test.ts checks it), and the compiler checks keys used in code against English.
// A feature adds its namespace here: one import per language and one line in each map.
import deCommon from './locales/de/common.json';
import enCommon from './locales/en/common.json';
import deApp from './locales/de/app.json';
import enApp from './locales/en/app.json';
import deDisplay from './locales/de/display.json';
import enDisplay from './locales/en/display.json';
import deHome from './locales/de/home.json';
import enHome from './locales/en/home.json';
import deOutbox from './locales/de/outbox.json';
import enOutbox from './locales/en/outbox.json';
import deSell from './locales/de/sell.json';
import enSell from './locales/en/sell.json';
import deSessions from './locales/de/sessions.json';
import enSessions from './locales/en/sessions.json';
import deSetup from './locales/de/setup.json';
import enSetup from './locales/en/setup.json';
import deStatus from './locales/de/status.json';
import enStatus from './locales/en/status.json';
import deSync from './locales/de/sync.json';
import enSync from './locales/en/sync.json';
import deCheckin from './locales/de/checkin.json';
import enCheckin from './locales/en/checkin.json';
import deKiosk from './locales/de/kiosk.json';
import enKiosk from './locales/en/kiosk.json';
import deSearch from './locales/de/search.json';
import enSearch from './locales/en/search.json';
import deUi from './locales/de/ui.json';
import enUi from './locales/en/ui.json';

export const en = {
  common: enCommon,
  app: enApp,
  display: enDisplay,
  home: enHome,
  outbox: enOutbox,
  sell: enSell,
  sessions: enSessions,
  setup: enSetup,
  status: enStatus,
  sync: enSync,
  checkin: enCheckin,
  kiosk: enKiosk,
  search: enSearch,
  ui: enUi,
};

export const de: { [Namespace in keyof typeof en]: Catalog<(typeof en)[Namespace]> } = {
  common: deCommon,
  app: deApp,
  display: deDisplay,
  home: deHome,
  outbox: deOutbox,
  sell: deSell,
  sessions: deSessions,
  setup: deSetup,
  status: deStatus,
  sync: deSync,
  checkin: deCheckin,
  kiosk: deKiosk,
  search: deSearch,
  ui: deUi,
};

/** The same tree of keys with string leaves: a translation may not drop or add a key. */
type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

export const resources = { en, de } as const;

export type Namespace = keyof typeof en;
export const DEFAULT_NAMESPACE: Namespace = 'common';
