// Test support (Node): drives a running simulator's /_sim control endpoints over real HTTP.
export interface SimStats {
  requests: number;
  byRoute: Record<string, number>;
  statuses: Record<string, number>;
  faults: Record<string, number>;
}

export function simControl(origin: string) {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${origin}/_sim${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST /_sim${path} → ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  return {
    advanceClock: (seconds: number) => post('/clock', { advanceSeconds: seconds }),
    setFaults: (faults: Record<string, unknown>) => post('/faults', faults),
    clearFaults: () => fetch(`${origin}/_sim/faults`, { method: 'DELETE' }),
    resetStats: () => post('/stats/reset', {}),
    stats: async (): Promise<SimStats> => (await (await fetch(`${origin}/_sim/stats`)).json()) as SimStats,
  };
}

/** How many requests a route pattern got, e.g. count(stats, 'GET /api/v1/customers'). */
export function count(stats: SimStats, route: string): number {
  return stats.byRoute[route] ?? 0;
}
