// Shared (pure TS): the one contract between renderer and core. Every call is named here once,
// as `domain:verb`, with the zod schema the core validates its input against and its result type.
// Preload, both hosts, the web bridge and the renderer are all written against this module.
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
import type { Result } from './result';

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
} as const;

/** Push events, core -> renderer. Named `domain:noun`. */
export const events = {
  'sync:progress': returns<SyncProgress>(),
  'app:statusChanged': returns<AppStatus>(),
} as const;

export type Channel = keyof typeof contract;
export type In<C extends Channel> = z.infer<(typeof contract)[C]['input']>;
export type Out<C extends Channel> = (typeof contract)[C]['output'];
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = (typeof events)[E];

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C, D extends string> = C extends `${D}:${infer V}` ? V : never;
type ArgsOf<C extends Channel> = undefined extends In<C> ? [input?: In<C>] : [input: In<C>];

/** A function that performs one call. */
export type CallFn<C extends Channel> = (...args: ArgsOf<C>) => Promise<Result<Out<C>>>;

/**
 * `window.frontdesk`: one named function per call, grouped by domain
 * (`frontdesk.customers.search({ query })`), plus `on(event, cb)` which returns its own unsubscribe.
 */
export type Api = {
  [D in DomainOf<Channel>]: { [V in VerbOf<Channel, D>]: CallFn<`${D}:${V}` & Channel> };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Builds the Api object from one transport function; used by the preload and the web bridge. */
export function buildApi(
  invoke: (channel: Channel, input: unknown) => Promise<Result<unknown>>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
): Api {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (input?: unknown) => invoke(channel, input);
  }
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!isEventName(event)) throw new Error(`unknown event ${String(event)}`);
    return subscribe(event, listener);
  };
  return Object.assign(api, { on }) as unknown as Api;
}
