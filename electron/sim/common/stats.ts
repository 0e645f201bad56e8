// Simulator (plain Node): request, status and fault counters behind GET /_sim/stats. Only API
// requests are counted; /_sim control calls are not, so tests read clean numbers.

export const FAULT_COUNTERS = [
  'errors',
  'errorPages',
  'rateLimited',
  'resets',
  'droppedReplies',
  'downRejected',
  'storm429',
  'delayed',
] as const;
export type FaultCounter = (typeof FAULT_COUNTERS)[number];

export interface StatsSnapshot {
  requests: number;
  /** Keyed by `METHOD /base/path/:pattern`. */
  byRoute: Record<string, number>;
  /** Keyed by status code as a string; requests dropped without a reply have none. */
  statuses: Record<string, number>;
  faults: Record<FaultCounter, number>;
}

export interface Stats {
  countRequest(routeKey: string): void;
  countStatus(status: number): void;
  countFault(kind: FaultCounter): void;
  snapshot(): StatsSnapshot;
  reset(): void;
}

export function createStats(): Stats {
  let state = empty();
  return {
    countRequest(routeKey) {
      state.requests++;
      state.byRoute[routeKey] = (state.byRoute[routeKey] ?? 0) + 1;
    },
    countStatus(status) {
      const key = String(status);
      state.statuses[key] = (state.statuses[key] ?? 0) + 1;
    },
    countFault(kind) {
      state.faults[kind]++;
    },
    snapshot: () => structuredClone(state),
    reset() {
      state = empty();
    },
  };
}

function empty(): StatsSnapshot {
  const faults = Object.fromEntries(FAULT_COUNTERS.map((k) => [k, 0])) as Record<FaultCounter, number>;
  return { requests: 0, byRoute: {}, statuses: {}, faults };
}
