// Core (plain Node): the per-back-end request budget — a sliding-window gate with two lanes, a
// concurrency cap and a server-ordered pause. Every request to one back end, token requests and
// retries included (connectivity probes are not API calls), starts only through its budget.
//
// Why not Bottleneck: its reservoir refresh is a fixed window (up to 2x the limit across a window
// edge), it cannot cap one priority to part of each window, and its timers cannot run on a fake
// clock. A log of the last `requests` requests gives the exact sliding guarantee in ~100 lines.
//
// The server counts a request when it arrives, which we cannot see: it lies somewhere between our
// start and the reply. So a request holds its place in the log from its start until `perMs`
// after its reply (release): then no latency or scheduling jitter can squeeze more than
// `requests` arrivals into one server window. The cost is one round trip per window.
import { realScheduler, type Scheduler, abortReason } from './scheduler';

export type Lane = 'interactive' | 'background';

export interface RequestBudgetOptions {
  /** At most this many requests in any sliding window of `perMs` (counted start to reply + perMs). */
  requests: number;
  perMs: number;
  /** Starts of every window that only interactive calls may use. Default 8 % (at least 1). */
  reserve?: number;
  /**
   * Widens the window a little more, for a server that counts a moment after replying or whose
   * clock runs slightly fast. Default 0.5 % of `perMs` (at least 10 ms).
   */
  marginMs?: number;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** In-flight slots background may hold. Default concurrency - 1, so check-in never queues behind a sync. */
  backgroundConcurrency?: number;
  scheduler?: Scheduler;
  /** Called at every start (metrics, tests). */
  onStart?: (lane: Lane, at: number) => void;
}

export interface BudgetStats {
  inFlight: number;
  queued: Record<Lane, number>;
  /** Requests in flight or replied within the last window. */
  inWindow: number;
  pausedForMs: number;
}

export interface RequestBudget {
  /** Waits for a start slot; call the returned function once, when the reply has arrived. */
  acquire(lane: Lane, signal?: AbortSignal): Promise<() => void>;
  /** Nothing starts for `ms` (a server's Retry-After); in-flight requests are unaffected. */
  pause(ms: number): void;
  stats(): BudgetStats;
  readonly limits: Readonly<{ requests: number; perMs: number; reserve: number; windowMs: number }>;
}

interface Waiter {
  lane: Lane;
  grant(release: () => void): void;
}

export function createRequestBudget(opts: RequestBudgetOptions): RequestBudget {
  const sched = opts.scheduler ?? realScheduler;
  const { requests, perMs } = opts;
  const reserve = opts.reserve ?? Math.max(1, Math.ceil(requests * 0.08));
  const windowMs = perMs + (opts.marginMs ?? Math.max(10, Math.round(perMs * 0.005)));
  const concurrency = opts.concurrency ?? 4;
  const bgConcurrency = opts.backgroundConcurrency ?? Math.max(1, concurrency - 1);
  if (!(requests >= 1 && perMs > 0 && reserve >= 0 && reserve < requests && concurrency >= 1)) {
    throw new RangeError('request budget: need requests >= 1, perMs > 0, 0 <= reserve < requests');
  }

  // Requests still in the window; `end` is when the reply came (Infinity while in flight).
  const log: { end: number }[] = [];
  const queues: Record<Lane, Waiter[]> = { interactive: [], background: [] };
  const inFlight: Record<Lane, number> = { interactive: 0, background: 0 };
  let pausedUntil = -Infinity;
  let cancelTimer: (() => void) | null = null;

  function prune(now: number): void {
    for (let i = log.length - 1; i >= 0; i--)
      if ((log[i] as { end: number }).end + windowMs <= now) log.splice(i, 1);
  }

  /** When the head of `lane` may start: `now`, a later time, or Infinity (wait for a release). */
  function readyAt(lane: Lane, now: number): number {
    const total = inFlight.interactive + inFlight.background;
    if (total >= concurrency || (lane === 'background' && inFlight.background >= bgConcurrency))
      return Infinity;
    if (now < pausedUntil) return pausedUntil;
    prune(now);
    const limit = lane === 'interactive' ? requests : requests - reserve;
    if (log.length < limit) return now;
    // The entry that must leave the window before one more fits under `limit` (Infinity: wait for a reply).
    const leaves = log.map((e) => e.end + windowMs).sort((a, b) => a - b);
    return leaves[log.length - limit] as number;
  }

  function arm(at: number, now: number): void {
    cancelTimer?.();
    cancelTimer = sched.setTimer(
      () => {
        cancelTimer = null;
        pump();
      },
      Math.max(1, at - now),
    );
  }

  function pump(): void {
    for (;;) {
      // Interactive first. Whenever interactive is blocked, background is too (its limits are
      // lower), so looking at one head is enough.
      const lane: Lane | null = queues.interactive.length
        ? 'interactive'
        : queues.background.length
          ? 'background'
          : null;
      const now = sched.now();
      const at = lane ? readyAt(lane, now) : Infinity;
      if (!lane || at > now) {
        if (at === Infinity) {
          cancelTimer?.();
          cancelTimer = null;
        } else arm(at, now);
        return;
      }
      const waiter = queues[lane].shift() as Waiter;
      const entry = { end: Infinity };
      log.push(entry);
      inFlight[lane]++;
      opts.onStart?.(lane, now);
      waiter.grant(releaser(lane, entry));
    }
  }

  function releaser(lane: Lane, entry: { end: number }): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      entry.end = sched.now();
      inFlight[lane]--;
      pump();
    };
  }

  function acquire(lane: Lane, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const queue = queues[lane];
        const i = queue.indexOf(waiter);
        if (i >= 0) queue.splice(i, 1);
        reject(abortReason(signal as AbortSignal));
        pump();
      };
      const waiter: Waiter = {
        lane,
        grant(release) {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queues[lane].push(waiter);
      pump();
    });
  }

  return {
    acquire,
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, sched.now() + Math.max(0, ms));
      pump();
    },
    stats() {
      const now = sched.now();
      prune(now);
      return {
        inFlight: inFlight.interactive + inFlight.background,
        queued: { interactive: queues.interactive.length, background: queues.background.length },
        inWindow: log.length,
        pausedForMs: Math.max(0, pausedUntil - now),
      };
    },
    limits: { requests, perMs, reserve, windowMs },
  };
}

/** Reservie v1 documents 100 requests per minute per API key. */
export const reservieBudgetDefaults = { requests: 100, perMs: 60_000 } as const;
/** Resmark documents no limit; ~5 per second is the recommended ceiling (resmark.md §4). */
export const resmarkBudgetDefaults = { requests: 10, perMs: 2_000, reserve: 1 } as const;
