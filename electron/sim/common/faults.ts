// Simulator (plain Node): faults on demand (latency, 500s, HTML 502 pages, 429 storms, resets,
// replies lost after the write, the server going down). Set by POST /_sim/faults or CLI flags;
// with a faultSeed the same request sequence meets the same faults every run.
import { z } from 'zod';
import { createPrng } from './prng';

export interface RateLimitStorm {
  /** How many of the next API requests get 429. */
  requests: number;
  retryAfterSeconds: number;
}

export interface Faults {
  latencyMs: number;
  /** Fraction answered 500 with the back end's JSON error body. */
  errorRate: number;
  /** Fraction answered 502 with an HTML page. */
  errorPageRate: number;
  rateLimitStorm: RateLimitStorm | null;
  /** Fraction of requests whose connection is destroyed without a reply. */
  resetRate: number;
  /** Fraction of POST/PUT/PATCH/DELETE that are carried out, then lose their reply. */
  dropReplyAfterWriteRate: number;
  /** While true every API request's connection is destroyed at once. */
  down: boolean;
  faultSeed: number | null;
}

const rate = z.number().min(0).max(1);
export const FaultsPatch = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000),
    errorRate: rate,
    errorPageRate: rate,
    rateLimitStorm: z
      .object({ requests: z.number().int().min(0), retryAfterSeconds: z.number().int().min(0) })
      .nullable(),
    resetRate: rate,
    dropReplyAfterWriteRate: rate,
    down: z.boolean(),
    faultSeed: z.number().int().nullable(),
  })
  .partial()
  .strict();

export type FaultPlan =
  | { kind: 'down' }
  | { kind: 'reset' }
  | {
      kind: 'serve';
      delayMs: number;
      /** Answer instead of the handler. */
      early: { kind: 'storm'; retryAfterSeconds: number } | { kind: 'error' } | { kind: 'errorPage' } | null;
      dropReply: boolean;
    };

export interface FaultState {
  get(): Faults;
  merge(patch: Partial<Faults>): Faults;
  clear(): Faults;
  /** Decides the fate of one API request (consumes storm budget and random draws). */
  plan(isWrite: boolean): FaultPlan;
  /**
   * Aborts at the next clear(): a reply held back by latency goes out then, so a test can hold a
   * sync mid-run for as long as it needs and let it go on cue.
   */
  untilCleared(): AbortSignal;
}

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  errorRate: 0,
  errorPageRate: 0,
  rateLimitStorm: null,
  resetRate: 0,
  dropReplyAfterWriteRate: 0,
  down: false,
  faultSeed: null,
};

export function createFaultState(initial: Partial<Faults> = {}): FaultState {
  let faults: Faults = { ...NO_FAULTS };
  let random: () => number = Math.random;
  const merge = (patch: Partial<Faults>): Faults => {
    faults = { ...faults, ...patch };
    if (patch.faultSeed !== undefined)
      random = patch.faultSeed === null ? Math.random : createPrng(patch.faultSeed).next;
    return { ...faults };
  };
  merge(initial);
  let cleared = new AbortController();
  const hit = (p: number): boolean => p > 0 && random() < p;
  return {
    get: () => ({ ...faults }),
    merge,
    clear: () => {
      cleared.abort();
      cleared = new AbortController();
      return merge({ ...NO_FAULTS });
    },
    untilCleared: () => cleared.signal,
    plan(isWrite) {
      if (faults.down) return { kind: 'down' };
      if (hit(faults.resetRate)) return { kind: 'reset' };
      return {
        kind: 'serve',
        delayMs: faults.latencyMs,
        early: early(),
        dropReply: isWrite && hit(faults.dropReplyAfterWriteRate),
      };
    },
  };

  function early(): Extract<FaultPlan, { kind: 'serve' }>['early'] {
    const storm = faults.rateLimitStorm;
    if (storm && storm.requests > 0) {
      const left = storm.requests - 1;
      faults = { ...faults, rateLimitStorm: left > 0 ? { ...storm, requests: left } : null };
      return { kind: 'storm', retryAfterSeconds: storm.retryAfterSeconds };
    }
    if (hit(faults.errorRate)) return { kind: 'error' };
    if (hit(faults.errorPageRate)) return { kind: 'errorPage' };
    return null;
  }
}
