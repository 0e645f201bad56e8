// Simulator (plain Node): the virtual clock, real time plus an offset that tests move forward.
// Token expiry, seat locks, rate-limit windows, pass expiry and report days all read it, so a
// test can jump an hour without waiting one.

export interface VirtualClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Jump to an instant (epoch ms); time keeps running from there. */
  set(ms: number): void;
  advance(seconds: number): void;
}

export function createVirtualClock(startAt?: number): VirtualClock {
  let offset = startAt === undefined ? 0 : startAt - Date.now();
  return {
    now: () => Date.now() + offset,
    set(ms) {
      offset = ms - Date.now();
    },
    advance(seconds) {
      offset += seconds * 1000;
    },
  };
}
