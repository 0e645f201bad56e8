// Shared (pure TS, no zod at run time): the shape of `window.frontdesk` and the one function that
// builds it from a transport. Used by the Electron preload and by the web host's bridge.
import { CHANNELS, isEventName, type Channel, type EventName } from './channels';
import type { EventPayload, In, Out } from './contract';
import type { Result } from './result';

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
