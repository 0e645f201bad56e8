// Shared (pure TS): the one contract between renderer and core. Every call is named here once,
// as `domain:verb`, with the zod schema the core validates its input against and its result type.
// The names themselves live in ./channels (no zod, so the preload and the web bridge stay small);
// `satisfies` below makes the compiler check that both lists name exactly the same calls.
import { z } from 'zod';
import { BackendCredentials, BackendId, type AppStatus, type BackendStatus } from '../domain/backend';
import { SyncRequest, type SyncProgress, type SyncState } from '../domain/sync';
import {
  CustomerSearch,
  SessionQuery,
  type CacheCounts,
  type CustomerHit,
  type SessionSummary,
} from '../domain/cache';
import type { DoctorReport } from '../domain/doctor';
import type { Channel, EventName } from './channels';

/** Marks a result type without shipping a schema for it: results are produced by our own core. */
const returns = <T>() => undefined as unknown as T;
/** Calls that take no input accept only `undefined`, so a stray payload is still BAD_INPUT. */
const NoInput = z.undefined();

export const contract = {
  'app:status': { input: NoInput, output: returns<AppStatus>() },
  'app:doctor': { input: NoInput, output: returns<DoctorReport>() },
  'backend:configure': { input: BackendCredentials, output: returns<BackendStatus>() },
  'backend:useDemo': { input: NoInput, output: returns<AppStatus>() },
  'backend:signOut': {
    input: z.object({ backend: BackendId, wipeCache: z.boolean() }).strict(),
    output: returns<AppStatus>(),
  },
  'sync:start': { input: SyncRequest, output: returns<SyncState>() },
  'sync:cancel': { input: NoInput, output: returns<SyncState>() },
  'sync:state': { input: NoInput, output: returns<SyncState>() },
  'cache:counts': { input: NoInput, output: returns<CacheCounts>() },
  'customers:search': { input: CustomerSearch, output: returns<CustomerHit[]>() },
  'sessions:list': { input: SessionQuery, output: returns<SessionSummary[]>() },
} as const satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

/** Push events, core -> renderer. Named `domain:noun`. */
export const events = {
  'sync:progress': returns<SyncProgress>(),
  'app:statusChanged': returns<AppStatus>(),
} as const satisfies Record<EventName, unknown>;

export type { Channel, EventName } from './channels';
export { CHANNELS, EVENT_NAMES, isChannel, isEventName } from './channels';
export type { Api, CallFn } from './api';
export type In<C extends Channel> = z.infer<(typeof contract)[C]['input']>;
export type Out<C extends Channel> = (typeof contract)[C]['output'];
export type EventPayload<E extends EventName> = (typeof events)[E];
