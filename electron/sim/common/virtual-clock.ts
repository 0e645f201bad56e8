// Simulator (plain Node): the virtual clock, real time plus an offset that tests move forward.
// Token expiry, seat locks, rate-limit windows, pass expiry and report days all read it, so a
// test can jump an hour without waiting one. It can also be frozen, so a test can check an edge
// to the millisecond (a token valid at issue + 3599.999 s, refused at issue + 3600 s).

export interface VirtualClock {
  /** Epoch milliseconds, always a whole number. */
  now(): number;
  /** Jump to an instant (epoch ms); time keeps running from there unless frozen. */
  set(ms: number): void;
  advance(seconds: number): void;
  /** Stop (true) or restart (false) time; set and advance still move a frozen clock. */
  freeze(frozen: boolean): void;
  readonly frozen: boolean;
}

/** `realNow` is the real clock (epoch ms); tests pass one that ticks on every read, like a slow machine. */
export function createVirtualClock(startAt?: number, realNow: () => number = Date.now): VirtualClock {
  // Whole milliseconds throughout, so instants compare exactly (no 0.9999 ms from 3599.999 * 1000).
  let offset = startAt === undefined ? 0 : Math.round(startAt) - realNow();
  let frozenAt: number | null = null;
  const now = (): number => frozenAt ?? realNow() + offset;
  return {
    now,
    set(ms) {
      if (frozenAt !== null) frozenAt = Math.round(ms);
      else offset = Math.round(ms) - realNow();
    },
    advance(seconds) {
      const ms = Math.round(seconds * 1000);
      if (frozenAt !== null) frozenAt += ms;
      else offset += ms;
    },
    freeze(frozen) {
      if (frozen && frozenAt === null) frozenAt = now();
      if (!frozen && frozenAt !== null) {
        offset = frozenAt - realNow();
        frozenAt = null;
      }
    },
    get frozen() {
      return frozenAt !== null;
    },
  };
}
