// Core (plain Node): the HTTP client both back ends use — budgeted starts, bearer auth with one
// re-authentication on 401, and retries with full-jitter backoff for requests safe to repeat.
import pRetry, { type RetryContext } from 'p-retry';
import { systemClock, type Clock } from '../ports';
import { BackendError, isBackendError } from './errors';
import {
  Cancelled,
  exchange,
  type ExchangeEnv,
  type HttpMethod,
  type HttpOutcome,
  type QueryValue,
} from './http-exchange';
import type { Lane, RequestBudget } from './request-budget';
import { raceAbort, realScheduler, sleep, type Scheduler } from './scheduler';

export type { HttpMethod, HttpOutcome, QueryValue } from './http-exchange';

/** Where bearer tokens come from (see token-manager.ts). */
export interface TokenSource {
  getToken(): Promise<string>;
  invalidate(token: string): void;
}

export interface RetryOptions {
  /** Attempts per call, the first included. Default 6. */
  maxAttempts?: number;
  /** Backoff before retry n is random(0, min(maxDelayMs, baseDelayMs * 2^n)) ("full jitter"). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Most time one call may spend waiting between attempts (backoff + Retry-After). Default 2 min. */
  maxTotalWaitMs?: number;
  /** 429s with Retry-After do not use up attempts (we waited as told), but at most this many. Default 20. */
  maxRateLimitWaits?: number;
}

export interface HttpClientOptions {
  /** Name used in staff-facing messages, e.g. "Reservie". */
  backend: string;
  baseUrl: string;
  budget: RequestBudget;
  auth?: TokenSource;
  /** Per attempt, body included. Default 15 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  fetchImpl?: typeof fetch;
  clock?: Clock;
  scheduler?: Scheduler;
  random?: () => number;
  /** Values to mask if a server echoes them in an error message. */
  secrets?: () => readonly string[];
  onOutcome?: (outcome: HttpOutcome) => void;
}

export interface HttpRequest {
  method: HttpMethod;
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  lane: Lane;
  /** Safe to send twice. GET/HEAD are by default; mark a PUT that sets absolute values. Never a plain POST. */
  idempotent?: boolean;
  signal?: AbortSignal;
  /** 'json' (default): parsed JSON, `null` for an empty body. 'text': the raw body. */
  responseType?: 'json' | 'text';
  /** false: send without a token (the token request itself). Default true when the client has auth. */
  auth?: boolean;
}

export interface HttpClient {
  request(req: HttpRequest): Promise<unknown>;
  readonly budget: RequestBudget;
}

interface CallState {
  /** The token a 401 refused, set only by an API reply (never by the token endpoint). */
  refusedToken?: string;
  waitedMs: number;
  rateLimitWaits: number;
}

export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const { budget, auth } = opts;
  const clock = opts.clock ?? systemClock;
  const scheduler = opts.scheduler ?? realScheduler;
  const random = opts.random ?? Math.random;
  const retry = {
    maxAttempts: 6,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxTotalWaitMs: 120_000,
    maxRateLimitWaits: 20,
    ...opts.retry,
  };
  const env: ExchangeEnv = {
    backend: opts.backend,
    baseUrl: opts.baseUrl,
    timeoutMs: opts.timeoutMs ?? 15_000,
    fetchImpl: opts.fetchImpl ?? fetch,
    wallNow: () => clock.now().getTime(),
    secrets: opts.secrets ?? (() => []),
    onOutcome: opts.onOutcome ?? (() => {}),
  };

  async function attempt(req: HttpRequest, state: CallState): Promise<unknown> {
    // The token comes before the budget slot: the token request needs a slot of its own.
    const token = auth && req.auth !== false ? await raceAbort(auth.getToken(), req.signal) : undefined;
    const paused = budget.stats().pausedForMs;
    if (paused > retry.maxTotalWaitMs - state.waitedMs) throw rateLimited(paused);
    const release = await budget.acquire(req.lane, req.signal);
    try {
      return await exchange(env, { ...req, token });
    } catch (error) {
      if (isBackendError(error)) {
        if (error.status === 401 && token) state.refusedToken = token;
        // The server's Retry-After holds every call to this back end, not just this one (target D3).
        if (error.retryAfterMs !== undefined && (error.status === 429 || error.status === 503)) {
          budget.pause(error.retryAfterMs);
        }
      }
      throw error;
    } finally {
      release();
    }
  }

  function rateLimited(waitMs: number): BackendError {
    const seconds = Math.ceil(waitMs / 1000);
    return new BackendError(
      'RATE_LIMITED',
      `${opts.backend} asked us to wait ${seconds} s before the next request. Try again then.`,
      { retryAfterMs: waitMs },
    );
  }

  /** Decides whether to try again and does the waiting; false ends the call with the last error. */
  async function waitBeforeRetry(req: HttpRequest, state: CallState, ctx: RetryContext): Promise<boolean> {
    const error = ctx.error;
    if (!isBackendError(error) || !error.transient) return false;
    if (error.retryAfterMs !== undefined) {
      // The budget is already paused for it; the next attempt's acquire does the waiting.
      if (++state.rateLimitWaits > retry.maxRateLimitWaits) return false;
      state.waitedMs += error.retryAfterMs;
      return state.waitedMs <= retry.maxTotalWaitMs;
    }
    const cap = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** ctx.retriesConsumed);
    const delay = Math.floor(random() * cap);
    if (state.waitedMs + delay > retry.maxTotalWaitMs) return false;
    state.waitedMs += delay;
    // A 429 without Retry-After still means "slower": hold the whole budget, not just this call.
    if (error.code === 'RATE_LIMITED') budget.pause(delay);
    await sleep(scheduler, delay, req.signal);
    return true;
  }

  function withRetries(req: HttpRequest, state: CallState): Promise<unknown> {
    const safe = req.idempotent ?? (req.method === 'GET' || req.method === 'HEAD');
    return pRetry(() => attempt(req, state), {
      retries: safe ? retry.maxAttempts - 1 : 0,
      // p-retry's own delay is not full jitter and runs on real timers; waitBeforeRetry waits instead.
      minTimeout: 0,
      signal: req.signal,
      shouldConsumeRetry: ({ error }) => !(isBackendError(error) && error.retryAfterMs !== undefined),
      shouldRetry: (ctx) => waitBeforeRetry(req, state, ctx),
    });
  }

  async function request(req: HttpRequest): Promise<unknown> {
    const state: CallState = { waitedMs: 0, rateLimitWaits: 0 };
    try {
      try {
        return await withRetries(req, state);
      } catch (error) {
        const refused = state.refusedToken;
        if (!auth || refused === undefined) throw error;
        // T3: the token died early (server clock ahead, revoked). Re-authenticate once and retry
        // once; a second 401 means the credentials themselves are refused, so stop there.
        auth.invalidate(refused);
        state.refusedToken = undefined;
        return await withRetries(req, state);
      }
    } catch (error) {
      throw finalError(error, req, state);
    }
  }

  function finalError(error: unknown, req: HttpRequest, state: CallState): unknown {
    if (req.signal?.aborted && !(error instanceof Cancelled)) return new Cancelled(opts.backend, error);
    if (state.refusedToken !== undefined && isBackendError(error) && error.status === 401) {
      return new BackendError(
        'UNAUTHORIZED',
        `${opts.backend} refused a fresh sign-in — check the API key and secret in Settings.`,
        { status: 401, backendCode: error.backendCode, cause: error },
      );
    }
    return error;
  }

  return { request, budget };
}
