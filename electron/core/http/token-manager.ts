// Core (plain Node): keeps one bearer token per back end — refreshed ahead of expiry, fetched
// once however many calls ask at the same moment, and dropped when the server refuses it.
import type { Clock } from '../ports';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** How one sign-in is made: undefined deadline = the fetcher's own (long enough for any waiting call). */
export interface FetchTokenOptions {
  deadlineMs?: number;
}

export interface TokenManagerOptions {
  /** Asks the back end for a new token; its errors reach every caller waiting on it. */
  fetchToken: (opts: FetchTokenOptions) => Promise<IssuedToken>;
  clock: Clock;
  /** Refresh this long before expiry (target T1). Default 5 minutes. */
  refreshBeforeMs?: number;
}

export interface TokenManager {
  /** A token valid for a while yet; concurrent callers share one fetch (target T2). */
  getToken(): Promise<string>;
  /** Forgets `token` if it is still the current one (a 401 proved it dead). */
  invalidate(token: string): void;
  /**
   * Always fetches a new token (setup's "verify credentials"); shares a fetch already running.
   * `deadlineMs` bounds a new fetch: staff waiting at the setup screen must not wait out a sync's.
   */
  refresh(opts?: FetchTokenOptions): Promise<IssuedToken>;
  current(): { expiresAt: Date } | null;
}

interface Held extends IssuedToken {
  refreshAt: number;
}

export function createTokenManager(opts: TokenManagerOptions): TokenManager {
  const refreshBeforeMs = opts.refreshBeforeMs ?? 5 * 60_000;
  let held: Held | null = null;
  let inflight: Promise<Held> | null = null;

  function fetchShared(fetchOpts: FetchTokenOptions = {}): Promise<Held> {
    inflight ??= (async () => {
      try {
        const issued = await opts.fetchToken(fetchOpts);
        const now = opts.clock.now().getTime();
        const lifetime = issued.expiresAt.getTime() - now;
        // A token shorter-lived than the refresh margin would be "due" at once and refetched on
        // every call; refresh such tokens at half their life instead.
        const margin = Math.min(refreshBeforeMs, Math.max(0, lifetime / 2));
        held = { ...issued, refreshAt: issued.expiresAt.getTime() - margin };
        return held;
      } finally {
        inflight = null;
      }
    })();
    return inflight;
  }

  return {
    async getToken() {
      if (held && opts.clock.now().getTime() < held.refreshAt) return held.token;
      return (await fetchShared()).token;
    },
    invalidate(token) {
      if (held?.token === token) held = null;
    },
    async refresh(fetchOpts) {
      if (!inflight) held = null;
      const { token, expiresAt } = await fetchShared(fetchOpts);
      return { token, expiresAt };
    },
    current: () => (held ? { expiresAt: held.expiresAt } : null),
  };
}
