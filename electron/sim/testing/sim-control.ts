// Simulator test support (plain Node): drives a running simulator's /_sim control endpoints
// (clock, faults, stats) from the client, sync, CLI and end-to-end tests.
import type { StatsSnapshot } from '../index';

export interface SimControl {
  advanceClock(seconds: number): Promise<void>;
  setFaults(faults: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  resetStats(): Promise<void>;
  stats(): Promise<StatsSnapshot>;
  /** Requests counted for one route key, e.g. "POST /api/v1/auth/token". */
  count(route: string): Promise<number>;
}

export function simControl(origin: string): SimControl {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${origin}/_sim${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`/_sim${path} answered ${res.status}: ${await res.text()}`);
  };
  const stats = async () => (await (await fetch(`${origin}/_sim/stats`)).json()) as StatsSnapshot;
  return {
    advanceClock: (seconds) => post('/clock', { advanceSeconds: seconds }),
    setFaults: (faults) => post('/faults', faults),
    clearFaults: async () => {
      const res = await fetch(`${origin}/_sim/faults`, { method: 'DELETE' });
      if (!res.ok) throw new Error(`DELETE /_sim/faults answered ${res.status}`);
    },
    resetStats: () => post('/stats/reset', {}),
    stats,
    count: async (route) => (await stats()).byRoute[route] ?? 0,
  };
}

/** Requests a stats snapshot counted for one route key, e.g. count(stats, 'GET /api/v1/customers'). */
export function count(stats: StatsSnapshot, route: string): number {
  return stats.byRoute[route] ?? 0;
}

/** A fetch that records when each request to `pathPart` was started (performance.now()). */
export function timedFetch(pathPart: string): { fetchImpl: typeof fetch; starts: number[] } {
  const starts: number[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes(pathPart))
      starts.push(performance.now());
    return fetch(input, init);
  };
  return { fetchImpl, starts };
}
