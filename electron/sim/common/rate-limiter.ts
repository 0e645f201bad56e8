// Simulator (plain Node): a sliding-window request limit per key on the virtual clock. Only
// accepted requests enter the window, so a client that keeps hammering while limited does not
// push its own recovery further away.

export interface RateLimit {
  requests: number;
  perSeconds: number;
}

export interface RateLimiter {
  readonly limit: RateLimit;
  /** Records the request and returns null if it is allowed; otherwise whole seconds until a slot frees (≥ 1). */
  take(key: string, now: number): number | null;
}

export function createRateLimiter(limit: RateLimit): RateLimiter {
  const windowMs = limit.perSeconds * 1000;
  const windows = new Map<string, number[]>();
  return {
    limit,
    take(key, now) {
      const times = windows.get(key) ?? [];
      windows.set(key, times);
      while (times.length > 0 && (times[0] as number) <= now - windowMs) times.shift();
      if (times.length < limit.requests) {
        times.push(now);
        return null;
      }
      const oldest = times[0] as number;
      return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    },
  };
}

/** Parses the CLI form `100/60` (requests per seconds). */
export function parseRateLimit(text: string): RateLimit | null {
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m) return null;
  const requests = Number(m[1]);
  const perSeconds = Number(m[2]);
  return requests >= 1 && perSeconds > 0 ? { requests, perSeconds } : null;
}
