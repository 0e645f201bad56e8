// Core test support (plain Node): a fake clock that real sockets cannot outrun. Time moves only
// when no real exchange is in flight, so a test that mixes a fake scheduler with real HTTP sees the
// same timeline on a loaded machine as on an idle one (advancing it on a real-time beat let a slow
// request arrive "late" and see the wrong time).
import { flush, type FakeScheduler } from './fake-scheduler';

export interface FetchTracker {
  /** Real fetch, counted: an exchange is open from the call until its body has arrived (or failed). */
  fetch: typeof fetch;
  open(): number;
}

export function trackFetch(inner: typeof fetch = fetch): FetchTracker {
  let open = 0;
  const tracked: typeof fetch = async (input, init) => {
    open++;
    try {
      const res = await inner(input, init);
      // Reading a copy to the end buffers the body, so the caller's own read needs no more I/O.
      await res
        .clone()
        .arrayBuffer()
        .catch(() => undefined); // the caller's read fails the same way and reports it
      return res;
    } finally {
      open--;
    }
  };
  return { fetch: tracked, open: () => open };
}

/** Callbacks that real I/O unblocked may hop through a few turns of the loop before they settle. */
const SETTLE_TURNS = 3;

/**
 * Runs the fake scheduler's timers one at a time until `call` settles, each only once `busy()` is
 * false for a few turns of the event loop: then nothing but timers can move the call on.
 * `busy` says whether real I/O is still under way (e.g. a tracked fetch is open).
 */
export async function driveUntilSettled(
  sched: FakeScheduler,
  call: Promise<unknown>,
  busy: () => boolean,
): Promise<void> {
  let settled = false;
  const done = () => void (settled = true);
  call.then(done, done);
  for (;;) {
    for (let quiet = 0; quiet < SETTLE_TURNS;) {
      if (busy()) {
        quiet = 0;
        await new Promise((resolve) => setTimeout(resolve, 1));
      } else {
        quiet++;
        await flush();
      }
    }
    if (settled) return;
    if (!sched.runNext()) throw new Error('the call is stuck: no I/O in flight and no timer left to run');
  }
}
