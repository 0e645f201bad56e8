// Renderer (pure): the kiosk's idle reset. Every touch or key pokes it; after `ms` without one it
// fires once. The timers are injected, so unit tests (and Playwright's page clock) decide when.

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface IdleTimer {
  /** Something happened: start counting again. */
  poke(): void;
  stop(): void;
}

export function createIdleTimer(opts: { ms: number; onIdle: () => void; timers: Timers }): IdleTimer {
  let handle: unknown = null;
  const stop = () => {
    if (handle !== null) opts.timers.clearTimeout(handle);
    handle = null;
  };
  return {
    poke() {
      stop();
      handle = opts.timers.setTimeout(() => {
        handle = null;
        opts.onIdle();
      }, opts.ms);
    },
    stop,
  };
}

/** The page's own timers (Playwright's clock replaces these in the e2e tests). */
export const browserTimers: Timers = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};
