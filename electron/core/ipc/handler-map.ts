// Core (plain Node): handler maps in the style of Actual Budget's. Each domain module returns the
// handlers of its own channels; the composition root wires them with wireHandlers, and the
// compiler refuses a channel that no domain handles or that two domains both handle.
import type { Channel, In, Out, UiMode } from '../../../shared/ipc/contract';

/** What dispatch knows about the call beyond its input. */
export interface CallContext {
  /** Who is asking: 'kiosk' when the app is in kiosk mode or the caller's grant is the kiosk's. */
  mode: UiMode;
}

/**
 * Runs one call. It may throw; dispatch catches and turns the error into a Result. Most handlers
 * ignore the context; those that answer the public less than staff read its mode.
 */
export type Handler<C extends Channel> = (input: In<C>, context: CallContext) => Promise<Out<C>> | Out<C>;

/** One domain's handlers: exactly the channels it names. */
export type DomainHandlers<C extends Channel> = { [K in C]: Handler<K> };

/** One handler per channel of the contract. */
export type Handlers = DomainHandlers<Channel>;

type KeysOf<T> = T extends readonly [infer Head, ...infer Rest] ? keyof Head | KeysOf<Rest> : never;
type Overlap<T> = T extends readonly [infer Head, ...infer Rest]
  ? (keyof Head & KeysOf<Rest>) | Overlap<Rest>
  : never;
/** T itself when its maps cover every channel exactly once, else a type naming what is wrong. */
type CoverEachChannelOnce<T> = [Overlap<T>] extends [never]
  ? [Exclude<Channel, KeysOf<T>>] extends [never]
    ? T
    : { channelsWithoutHandler: Exclude<Channel, KeysOf<T>> }
  : { channelsHandledTwice: Overlap<T> };

/** Joins the domains' handler maps into one; see CoverEachChannelOnce for the compile-time check. */
export function wireHandlers<const T extends readonly Partial<Handlers>[]>(
  ...domains: T & CoverEachChannelOnce<T>
): Handlers {
  const all: Partial<Record<Channel, unknown>> = {};
  for (const domain of domains) {
    for (const [channel, handler] of Object.entries(domain) as [Channel, unknown][]) {
      // The compiler already refuses this; a cast somewhere must not turn it into a silent override.
      if (channel in all) throw new Error(`${channel} is handled by two domains`);
      all[channel] = handler;
    }
  }
  return all as Handlers;
}
