// Core test support (plain Node): a Scheduler whose time moves only when a test says so.
import type { Scheduler } from '../scheduler';

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

export interface FakeScheduler extends Scheduler {
  /** Moves time forward, firing due timers in order (each sees `now()` equal to its due time). */
  advance(ms: number): void;
  /** Moves time to the next timer and fires it; false when none is pending. */
  runNext(): boolean;
  pending(): number;
}

export function createFakeScheduler(start = 0): FakeScheduler {
  let now = start;
  let seq = 0;
  const timers: Timer[] = [];

  function fireDue(until: number): void {
    for (;;) {
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers[0];
      if (!next || next.at > until) break;
      timers.shift();
      now = Math.max(now, next.at);
      next.fn();
    }
    now = Math.max(now, until);
  }

  return {
    now: () => now,
    setTimer(fn, ms) {
      const timer: Timer = { at: now + Math.max(0, ms), seq: seq++, fn };
      timers.push(timer);
      return () => {
        const i = timers.indexOf(timer);
        if (i >= 0) timers.splice(i, 1);
      };
    },
    advance: (ms) => fireDue(now + ms),
    runNext() {
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers[0];
      if (!next) return false;
      fireDue(next.at);
      return true;
    },
    pending: () => timers.length,
  };
}

/** Lets resolved promises and their callbacks run. */
export const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
