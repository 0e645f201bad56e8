// Shared (pure TS, no dependencies): the names of every call and push event. The preload and the
// web bridge need the names at run time but not the schemas, so they import this, not ./contract
// (which carries zod). ./contract checks at compile time that it covers exactly these names.

export const CHANNELS = [
  'app:status',
  'app:doctor',
  // The venue's language, time zone and money (issue 12), and staff's choice of language.
  'app:venue',
  'app:setLanguage',
  'backend:configure',
  'backend:useDemo',
  'backend:signOut',
  'sync:start',
  'sync:cancel',
  'sync:state',
  'cache:counts',
  'customers:search',
  'sessions:list',
  'checkin:resolve',
  'checkin:options',
  'checkin:checkIn',
  'checkin:undo',
  'checkin:today',
  // The self-service kiosk's look-up (issue 10): public names only.
  'checkin:kioskFind',
  // Resmark check-in and the ledger's CSV (issue 10).
  'checkin:resmarkOrder',
  'checkin:export',
  'outbox:list',
  'outbox:send',
  'outbox:resolve',
  'sales:availability',
  'sales:sell',
  'sales:receipt',
  'sales:today',
  'sales:export',
  'sales:holdSeats',
  'sales:holdState',
  'sales:releaseSeats',
  // The Reservie sale screen's read: the session, the customer by e-mail, passes, pass types.
  'sales:reservieOptions',
  'sales:products',
  // Kiosk mode (issue 12).
  'kiosk:state',
  'kiosk:setPin',
  'kiosk:enter',
  'kiosk:exit',
  'kiosk:setStartAtLogin',
] as const;

/** Push events, core -> renderer. Named `domain:noun`. */
export const EVENT_NAMES = [
  'sync:progress',
  'sync:finished',
  'app:statusChanged',
  'checkin:changed',
  'kiosk:changed',
] as const;

export type Channel = (typeof CHANNELS)[number];

/**
 * Who is using a window: staff at the desk (every call), or the public at the self-service kiosk
 * (only the calls the contract marks `kiosk`).
 */
export const UI_MODES = ['desk', 'kiosk'] as const;
export type UiMode = (typeof UI_MODES)[number];
export type EventName = (typeof EVENT_NAMES)[number];

const channelSet: ReadonlySet<string> = new Set(CHANNELS);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && channelSet.has(name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && eventSet.has(name);
}
