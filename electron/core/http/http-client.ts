// Core (plain Node): the HTTP client both back ends use — budgeted starts, bearer auth with one
// re-authentication when the token is refused, and retries with full-jitter backoff (or the
// server's Retry-After) for requests safe to repeat, all inside one deadline per call.
import { systemClock, type Clock } from '../ports';
import { BackendError, cleanMessage, isBackendError } from './errors';
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
  /**
   * Attempts per call, the first included. Every retry uses one, except a 429 whose Retry-After
   * we waited out (see maxRateLimitWaits). Default 6.
   */
  maxAttempts?: number;
  /** Backoff before retry n is random(0, min(maxDelayMs, baseDelayMs * 2^n)) ("full jitter"). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Most time one call may spend waiting between attempts (backoff + Retry-After). Default 2 min. */
  maxTotalWaitMs?: number;
  /** 429s with a Retry-After we waited out do not use up attempts (we did as told), but at most this many. Default 20. */
  maxRateLimitWaits?: number;
}

/**
 * How long one call may take in all — token, queueing, attempts and waits — before it fails.
 * Staff at the desk need an answer soon; a sync can sit out a full minute-long rate-limit window
 * (the 2-minute wait allowance plus the attempts themselves).
 */
export const DEFAULT_DEADLINE_MS: Readonly<Record<Lane, number>> = {
  interactive: 20_000,
  background: 150_000,
};

export interface HttpClientOptions {
  /** Name used in staff-facing messages, e.g. "Reservie". */
  backend: string;
  baseUrl: string;
  budget: RequestBudget;
  auth?: TokenSource;
  /** Per attempt, body included (never past the call's deadline). Default 15 s. */
  timeoutMs?: number;
  /** The largest reply body read; see MAX_RESPONSE_BYTES. */
  maxResponseBytes?: number;
  /** Per-call deadline by lane; see DEFAULT_DEADLINE_MS. */
  deadlineMs?: Partial<Record<Lane, number>>;
  retry?: RetryOptions;
  /**
   * Reads a 2xx body for a refusal of our token that the status did not show (Resmark reports
   * failures inside a 200 envelope); returns the server's words, which are then handled as a 401.
   */
  tokenRefusal?: (body: unknown) => string | undefined;
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
  /** Overrides the lane's deadline for this call. */
  deadlineMs?: number;
  /** The body carries credentials (the sign-in): no redirect is followed (see redirects.ts). */
  credentials?: boolean;
}

export interface HttpClient {
  request(req: HttpRequest): Promise<unknown>;
  readonly budget: RequestBudget;
}

interface CallState {
  /** The token the API refused (401 or tokenRefusal), never set by the token endpoint. */
  refusedToken?: string;
  /** Time spent waiting between attempts (backoff, Retry-After, a paused budget), counted once. */
  waitedMs: number;
  /** Scheduler time at which the call gives up. */
  deadlineAt: number;
  /** Aborts when the caller cancels or the deadline passes (its reason is then the deadline error). */
  signal: AbortSignal;
  /** Getting the token failed: the token request already retried, so this call must not retry it again. */
  tokenFailed: boolean;
  /** The error the call ends with when its time is up. */
  timeUp: BackendError;
}

/** A failure without any reply: a timeout, a dropped or refused connection. */
const isSilence = (error: unknown): boolean =>
  isBackendError(error) && error.code === 'OFFLINE' && error.status === undefined;

/** Out of time: a reply (it has a status) says more than "out of time"; a silence does not. */
const explainEnd = (call: CallState, last: unknown): unknown =>
  last === undefined || isSilence(last) ? call.timeUp : last;

/** Worth another attempt: the failure may pass (network, 5xx, 408, 429); any other 4xx will not. */
function retryable(error: unknown): error is BackendError {
  if (!isBackendError(error) || !error.transient) return false;
  const status = error.status;
  return status === undefined || status < 400 || status >= 500 || status === 408 || status === 429;
}

/** A positive Retry-After; 0 or a date already past says nothing about how long to wait. */
const askedWait = (error: BackendError): number | undefined =>
  error.retryAfterMs !== undefined && error.retryAfterMs > 0 ? error.retryAfterMs : undefined;

/** 429 and 503 speak for the whole back end: their Retry-After holds every call, not just this one (target D3). */
const holdsEveryone = (error: BackendError): boolean => error.status === 429 || error.status === 503;

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
  const deadlines = { ...DEFAULT_DEADLINE_MS, ...opts.deadlineMs };
  const env: ExchangeEnv = {
    backend: opts.backend,
    baseUrl: opts.baseUrl,
    timeoutMs: opts.timeoutMs ?? 15_000,
    fetchImpl: opts.fetchImpl ?? fetch,
    wallNow: () => clock.now().getTime(),
    secrets: opts.secrets ?? (() => []),
    onOutcome: opts.onOutcome ?? (() => {}),
    maxResponseBytes: opts.maxResponseBytes,
  };

  async function attempt(req: HttpRequest, call: CallState): Promise<unknown> {
    // The token comes before the budget slot: the token request needs a slot of its own.
    const token = await tokenFor(req, call);
    const release = await budget.acquire(req.lane, call.signal);
    try {
      // The call's deadline signal ends an attempt still on the wire (mid-body too), on the
      // call's own scheduler. Cutting the attempt's real-time timeout to what was left raced that
      // signal: a cut timeout that fired first looked like silence from the server, and the call
      // then ended "did not complete" instead of with the reply that explains more (a 500).
      const body = await exchange(env, { ...req, token, deadline: call.signal });
      if (token) refuseIfTokenRefused(body, token, call);
      return body;
    } catch (error) {
      if (isBackendError(error)) {
        if (error.status === 401 && token) call.refusedToken = token;
        const wait = askedWait(error);
        if (wait !== undefined && holdsEveryone(error)) budget.pause(wait);
      }
      throw error;
    } finally {
      release();
    }
  }

  async function tokenFor(req: HttpRequest, call: CallState): Promise<string | undefined> {
    if (!auth || req.auth === false) return undefined;
    try {
      return await raceAbort(auth.getToken(), call.signal);
    } catch (error) {
      call.tokenFailed = true;
      throw error;
    }
  }

  function refuseIfTokenRefused(body: unknown, token: string, call: CallState): void {
    const said = opts.tokenRefusal?.(body);
    if (said === undefined) return;
    call.refusedToken = token;
    throw new BackendError('UNAUTHORIZED', `${opts.backend}: ${cleanMessage(said, env.secrets())}`);
  }

  function rateLimited(waitMs: number, last?: BackendError): BackendError {
    const seconds = Math.ceil(waitMs / 1000);
    return new BackendError(
      'RATE_LIMITED',
      `${opts.backend} asked us to wait ${seconds} s before the next request. Try again then.`,
      { status: last?.status, retryAfterMs: waitMs, cause: last },
    );
  }

  /** Backoff before the retry that will be attempt `used + 1`: random(0, min(max, base * 2^(used-1))). */
  function backoff(used: number): number {
    const cap = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, used - 1));
    return Math.floor(random() * cap);
  }

  /**
   * Waits out this call's own delay and any pause on the whole budget as one wait, counted once
   * against the call's allowances (counting it twice refused a 61 s Retry-After under a 120 s cap).
   */
  async function waitBeforeAttempt(call: CallState, delay: number, last?: BackendError): Promise<void> {
    const wait = Math.max(delay, budget.stats().pausedForMs);
    if (wait <= 0) return;
    const fits = call.waitedMs + wait <= retry.maxTotalWaitMs && scheduler.now() + wait < call.deadlineAt;
    if (!fits)
      throw isSilence(last) && scheduler.now() + wait >= call.deadlineAt
        ? call.timeUp
        : tooLongToWait(wait, last);
    call.waitedMs += wait;
    await sleep(scheduler, wait, call.signal);
  }

  /** RATE_LIMITED naming the wait when a rate limit is what we cannot sit out; else the last error says more. */
  function tooLongToWait(wait: number, last?: BackendError): BackendError {
    if (!last) return rateLimited(wait); // the budget is held by another call's Retry-After
    return last.code === 'RATE_LIMITED' && askedWait(last) !== undefined ? rateLimited(wait, last) : last;
  }

  async function withRetries(req: HttpRequest, call: CallState): Promise<unknown> {
    const safe = req.idempotent ?? (req.method === 'GET' || req.method === 'HEAD');
    let used = 0;
    let rateLimitWaits = 0;
    let delay = 0;
    let last: BackendError | undefined;
    for (;;) {
      await waitBeforeAttempt(call, delay, last);
      try {
        return await attempt(req, call);
      } catch (error) {
        // Past the deadline the last reply explains more than "out of time" does.
        if (call.signal.aborted) throw req.signal?.aborted ? error : explainEnd(call, last ?? error);
        if (!safe || call.tokenFailed || !retryable(error)) throw error;
        const asked = askedWait(error);
        if (asked !== undefined && error.status === 429 && rateLimitWaits < retry.maxRateLimitWaits)
          rateLimitWaits++;
        else if (++used >= retry.maxAttempts) throw error;
        delay = asked ?? backoff(used);
        // A 429 without a usable Retry-After still means "slower": hold the whole budget, not just this call.
        if (asked === undefined && error.code === 'RATE_LIMITED') budget.pause(delay);
        last = error;
      }
    }
  }

  /** The call's signal: the caller's, plus an abort at the deadline whose reason says what happened. */
  function startDeadline(req: HttpRequest): {
    at: number;
    signal: AbortSignal;
    stop: () => void;
    timeUp: BackendError;
  } {
    const ms = req.deadlineMs ?? deadlines[req.lane];
    const controller = new AbortController();
    const seconds = Number((ms / 1000).toFixed(1));
    const timeUp = new BackendError(
      'OFFLINE',
      `${opts.backend} did not complete the request within ${seconds} s. Check the internet connection and try again.`,
    );
    const stop = scheduler.setTimer(() => controller.abort(timeUp), ms);
    const signal = req.signal ? AbortSignal.any([req.signal, controller.signal]) : controller.signal;
    return { at: scheduler.now() + ms, signal, stop, timeUp };
  }

  async function request(req: HttpRequest): Promise<unknown> {
    const deadline = startDeadline(req);
    const call: CallState = {
      waitedMs: 0,
      deadlineAt: deadline.at,
      timeUp: deadline.timeUp,
      signal: deadline.signal,
      tokenFailed: false,
    };
    try {
      try {
        return await withRetries(req, call);
      } catch (error) {
        const refused = call.refusedToken;
        if (!auth || refused === undefined) throw error;
        // T3: the token died early (server clock ahead, revoked). Re-authenticate once and retry
        // once; a second refusal means the credentials themselves are refused, so stop there.
        auth.invalidate(refused);
        call.refusedToken = undefined;
        return await withRetries(req, call);
      }
    } catch (error) {
      throw finalError(error, req, call);
    } finally {
      deadline.stop();
    }
  }

  function finalError(error: unknown, req: HttpRequest, call: CallState): unknown {
    if (req.signal?.aborted && !(error instanceof Cancelled)) return new Cancelled(opts.backend, error);
    if (call.refusedToken !== undefined && isBackendError(error) && error.code === 'UNAUTHORIZED') {
      return new BackendError(
        'UNAUTHORIZED',
        `${opts.backend} refused a fresh sign-in — check the API key and secret in Settings.`,
        { status: error.status, backendCode: error.backendCode, cause: error },
      );
    }
    return error;
  }

  return { request, budget };
}
