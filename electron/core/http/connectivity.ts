// Core (plain Node): per-back-end online/offline state, derived from the outcomes of real
// requests rather than an OS "network up" flag, with a backing-off probe while offline.
import type { ConnectionState } from '../../../shared/domain/backend';
import type { HttpOutcome } from './http-exchange';
import { realScheduler, type Scheduler } from './scheduler';

export type { ConnectionState } from '../../../shared/domain/backend';

export interface ConnectivityOptions {
  /** A cheap request. Resolves if the server answered at all (any HTTP status); rejects if unreachable. */
  probe: (signal: AbortSignal) => Promise<void>;
  scheduler?: Scheduler;
  /** First probe this long after going offline, then doubling up to maxProbeDelayMs. */
  probeDelayMs?: number;
  maxProbeDelayMs?: number;
}

export interface Connectivity {
  state(): ConnectionState;
  /** Feed every request outcome here (HttpClientOptions.onOutcome). */
  report(outcome: HttpOutcome): void;
  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: (state: ConnectionState) => void): () => void;
  /** Stops probing (shutdown). */
  close(): void;
}

export function createConnectivity(opts: ConnectivityOptions): Connectivity {
  const scheduler = opts.scheduler ?? realScheduler;
  const firstDelay = opts.probeDelayMs ?? 2_000;
  const maxDelay = opts.maxProbeDelayMs ?? 60_000;
  const listeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = 'unknown';
  let delay = firstDelay;
  let cancelTimer: (() => void) | null = null;
  let probing: AbortController | null = null;
  let closed = false;

  function set(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    if (next === 'offline') {
      delay = firstDelay;
      schedule();
    } else stopProbing();
    for (const listener of [...listeners]) listener(next);
  }

  function stopProbing(): void {
    cancelTimer?.();
    cancelTimer = null;
    probing?.abort();
    probing = null;
  }

  function schedule(): void {
    if (closed || cancelTimer || probing) return;
    cancelTimer = scheduler.setTimer(() => {
      cancelTimer = null;
      void probeOnce();
    }, delay);
    delay = Math.min(maxDelay, delay * 2);
  }

  async function probeOnce(): Promise<void> {
    const controller = new AbortController();
    probing = controller;
    let reachable = false;
    try {
      await opts.probe(controller.signal);
      reachable = true;
    } catch {
      // Still unreachable: the next probe waits longer.
    }
    if (probing !== controller) return; // superseded by a real outcome or close()
    probing = null;
    if (reachable) set('online');
    else if (state === 'offline') schedule();
  }

  return {
    state: () => state,
    report(outcome) {
      if (closed) return;
      // Any HTTP reply, even a 500 or 401, proves the server is reachable; only OFFLINE does not.
      set(outcome.ok || outcome.code !== 'OFFLINE' ? 'online' : 'offline');
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      stopProbing();
      listeners.clear();
    },
  };
}

/**
 * A probe that needs no token and no budget slot: HEAD the base URL with a short timeout. Any
 * HTTP answer (a 404 or 405 included) shows the server is reachable again.
 */
export function httpProbe(
  url: string,
  opts: { fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): (signal: AbortSignal) => Promise<void> {
  const fetchImpl = opts.fetchImpl ?? fetch;
  return async (signal) => {
    const res = await fetchImpl(url, {
      method: 'HEAD',
      signal: AbortSignal.any([signal, AbortSignal.timeout(opts.timeoutMs ?? 5_000)]),
    });
    await res.body?.cancel();
  };
}
