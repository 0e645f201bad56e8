// Shared (pure TS): the one contract between renderer and core. Every call is named here once,
// as `domain:verb`, with the zod schema the core validates its input against and its result type.
// The names themselves live in ./channels (no zod, so the preload and the web bridge stay small);
// `satisfies` below makes the compiler check that both lists name exactly the same calls.
import { z } from 'zod';
import { BackendCredentials, BackendId, type AppStatus, type BackendStatus } from '../domain/backend';
import { SyncRequest, type SyncFinished, type SyncProgress, type SyncState } from '../domain/sync';
import {
  CustomerSearch,
  SessionQuery,
  type CacheCounts,
  type CustomerHit,
  type SessionSummary,
} from '../domain/cache';
import type { DoctorReport } from '../domain/doctor';
import { SetLanguage, type VenueInfo } from '../domain/venue';
import {
  OutboxResolve,
  type OutboxEntry,
  type OutboxResolveResult,
  type OutboxSendReport,
} from '../domain/outbox';
import {
  AvailabilityQuery,
  DayQuery,
  HoldRef,
  HoldRequest,
  ReservieOptionsQuery,
  ProductsQuery,
  SaleLookup,
  SaleRequest,
  type AvailabilityAnswer,
  type DaySalesExport,
  type DaySummary,
  type ReservieSaleOptions,
  type SaleProducts,
  type SaleReceipt,
  type SeatHold,
} from '../domain/sales';
import {
  CheckInOptionsQuery,
  CheckInRequest,
  KioskFindQuery,
  LedgerExportQuery,
  ResmarkOrderQuery,
  ResolveQuery,
  UndoRequest,
  type LedgerExport,
  type ResmarkOrderView,
  type ResolvedPerson,
  type CheckInChanged,
  type CheckInOptions,
  type CheckInOutcome,
  type KioskFindResult,
  type TodaySession,
  type UndoOutcome,
} from '../domain/checkin';
import {
  KioskExit,
  KioskStartAtLogin,
  KioskSetPin,
  type KioskExitResult,
  type KioskSetPinResult,
  type KioskState,
} from '../domain/kiosk';
import type { Channel, EventName, UiMode } from './channels';

/** Marks a result type without shipping a schema for it: results are produced by our own core. */
const returns = <T>() => undefined as unknown as T;
/** Calls that take no input accept only `undefined`, so a stray payload is still BAD_INPUT. */
const NoInput = z.undefined();

/**
 * Every call: its input schema, its result type, and whether the self-service kiosk may make it
 * (`kiosk`). The kiosk faces the public, so it never reaches customer lists, settings,
 * configuration or sign-out; dispatch refuses those calls with DESK_ONLY in kiosk mode.
 */
export const contract = {
  'app:status': { input: NoInput, output: returns<AppStatus>(), kiosk: true },
  'app:doctor': { input: NoInput, output: returns<DoctorReport>(), kiosk: false },
  // The kiosk reads the venue's language to start in; only staff change it (a guest's pick is the page's own).
  'app:venue': { input: NoInput, output: returns<VenueInfo>(), kiosk: true },
  'app:setLanguage': { input: SetLanguage, output: returns<VenueInfo>(), kiosk: false },
  'backend:configure': { input: BackendCredentials, output: returns<BackendStatus>(), kiosk: false },
  'backend:useDemo': { input: NoInput, output: returns<AppStatus>(), kiosk: false },
  'backend:signOut': {
    input: z.object({ backend: BackendId, wipeCache: z.boolean() }).strict(),
    output: returns<AppStatus>(),
    kiosk: false,
  },
  'sync:start': { input: SyncRequest, output: returns<SyncState>(), kiosk: false },
  'sync:cancel': { input: NoInput, output: returns<SyncState>(), kiosk: false },
  'sync:state': { input: NoInput, output: returns<SyncState>(), kiosk: true },
  'cache:counts': { input: NoInput, output: returns<CacheCounts>(), kiosk: false },
  'customers:search': { input: CustomerSearch, output: returns<CustomerHit[]>(), kiosk: false },
  'sessions:list': { input: SessionQuery, output: returns<SessionSummary[]>(), kiosk: true },
  // The kiosk checks in one person it found itself; the options list a customer's passes, and
  // undo and today's register are staff's.
  // A scan at the kiosk resolves a card's id to the person; an e-mail is typed only at the desk.
  'checkin:resolve': { input: ResolveQuery, output: returns<ResolvedPerson | null>(), kiosk: true },
  'checkin:options': { input: CheckInOptionsQuery, output: returns<CheckInOptions>(), kiosk: true },
  'checkin:checkIn': { input: CheckInRequest, output: returns<CheckInOutcome>(), kiosk: true },
  'checkin:undo': { input: UndoRequest, output: returns<UndoOutcome>(), kiosk: false },
  'checkin:today': { input: NoInput, output: returns<TodaySession[]>(), kiosk: false },
  // The kiosk's own look-up: at least 3 characters, at most 5 people, each as "Ann K." only.
  'checkin:kioskFind': { input: KioskFindQuery, output: returns<KioskFindResult>(), kiosk: true },
  // Staff look a tour booking up and export the ledger; the kiosk's own find is its own call.
  'checkin:resmarkOrder': {
    input: ResmarkOrderQuery,
    output: returns<ResmarkOrderView | null>(),
    kiosk: false,
  },
  'checkin:export': { input: LedgerExportQuery, output: returns<LedgerExport>(), kiosk: false },
  'outbox:list': { input: NoInput, output: returns<OutboxEntry[]>(), kiosk: false },
  'outbox:send': { input: NoInput, output: returns<OutboxSendReport>(), kiosk: false },
  // Staff's answer to an item that needs attention: retry, another pass, cash or card, or dismiss.
  'outbox:resolve': { input: OutboxResolve, output: returns<OutboxResolveResult>(), kiosk: false },
  // Walk-up sales are staff's: the kiosk never sells.
  'sales:availability': { input: AvailabilityQuery, output: returns<AvailabilityAnswer>(), kiosk: false },
  'sales:sell': { input: SaleRequest, output: returns<SaleReceipt>(), kiosk: false },
  'sales:receipt': { input: SaleLookup, output: returns<SaleReceipt>(), kiosk: false },
  'sales:today': { input: DayQuery, output: returns<DaySummary>(), kiosk: false },
  'sales:export': { input: DayQuery, output: returns<DaySalesExport>(), kiosk: false },
  'sales:holdSeats': { input: HoldRequest, output: returns<SeatHold>(), kiosk: false },
  'sales:holdState': { input: HoldRef, output: returns<SeatHold>(), kiosk: false },
  'sales:releaseSeats': { input: HoldRef, output: returns<{ released: true }>(), kiosk: false },
  'sales:reservieOptions': {
    input: ReservieOptionsQuery,
    output: returns<ReservieSaleOptions>(),
    kiosk: false,
  },
  'sales:products': { input: ProductsQuery, output: returns<SaleProducts>(), kiosk: false },
  // Kiosk mode (issue 12). The kiosk may read its state and try the staff PIN to leave; setting the
  // PIN and entering kiosk mode happen at the desk.
  'kiosk:state': { input: NoInput, output: returns<KioskState>(), kiosk: true },
  'kiosk:setPin': { input: KioskSetPin, output: returns<KioskSetPinResult>(), kiosk: false },
  'kiosk:enter': { input: NoInput, output: returns<KioskState>(), kiosk: false },
  'kiosk:exit': { input: KioskExit, output: returns<KioskExitResult>(), kiosk: true },
  'kiosk:setStartAtLogin': { input: KioskStartAtLogin, output: returns<KioskState>(), kiosk: false },
} as const satisfies Record<Channel, { input: z.ZodType; output: unknown; kiosk: boolean }>;

/** Whether `channel` may be called by a window in `mode`. */
export function allowedIn(mode: UiMode, channel: Channel): boolean {
  return mode === 'desk' || contract[channel].kiosk;
}

/** Push events, core -> renderer. Named `domain:noun`. */
export const events = {
  'sync:progress': returns<SyncProgress>(),
  /** Once per run, when every back end's part has ended: the renderer need not ask sync:state. */
  'sync:finished': returns<SyncFinished>(),
  'app:statusChanged': returns<AppStatus>(),
  /** A check-in, an undo or a write-back moved: re-read checkin:today. */
  'checkin:changed': returns<CheckInChanged>(),
  /** Whenever the kiosk state changes: mode, PIN set, or a lock-out starting or ending early. */
  'kiosk:changed': returns<KioskState>(),
} as const satisfies Record<EventName, unknown>;

export type { Channel, EventName, UiMode } from './channels';
export { CHANNELS, EVENT_NAMES, isChannel, isEventName } from './channels';
export type { Api, CallFn } from './api';
export type In<C extends Channel> = z.infer<(typeof contract)[C]['input']>;
export type Out<C extends Channel> = (typeof contract)[C]['output'];
export type EventPayload<E extends EventName> = (typeof events)[E];
