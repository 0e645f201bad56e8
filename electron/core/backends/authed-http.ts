// Core (plain Node): what both API clients share — one request budget, one token manager and one
// HTTP client per back end, wired so the token request itself goes through the same budget and
// a refused key is reported as a credentials problem, never retried.
import { systemClock, type Clock } from '../ports';
import {
  DEFAULT_DEADLINE_MS,
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpOutcome,
  type HttpRequest,
  type RetryOptions,
} from '../http/http-client';
import {
  createRequestBudget,
  type Lane,
  type RequestBudget,
  type RequestBudgetOptions,
} from '../http/request-budget';
import type { Scheduler } from '../http/scheduler';
import { createTokenManager, type IssuedToken, type TokenManager } from '../http/token-manager';
import { credentialError } from './parse';

/** The options every client takes besides its credentials. */
export interface ClientTransportOptions {
  baseUrl: string;
  /** Shared by every caller of this back end; defaults to the back end's documented limit. */
  budget?: RequestBudget;
  clock?: Clock;
  timeoutMs?: number;
  /** Per-call deadline by lane (see DEFAULT_DEADLINE_MS). */
  deadlineMs?: Partial<Record<Lane, number>>;
  fetchImpl?: typeof fetch;
  retry?: RetryOptions;
  scheduler?: Scheduler;
  onOutcome?: (outcome: HttpOutcome) => void;
}

export interface AuthedHttpConfig {
  /** Name used in staff-facing messages, e.g. "Reservie". */
  backend: string;
  budgetDefaults: RequestBudgetOptions;
  /** Values to mask if a server echoes them back. */
  secrets: () => readonly string[];
  /** The sign-in request (sent without a token); turns the reply into a token and its expiry. */
  signIn: Omit<HttpRequest, 'lane' | 'idempotent' | 'auth' | 'deadlineMs' | 'credentials'>;
  readToken(reply: unknown, receivedAt: Date): IssuedToken;
  /** A refusal of the token inside a 2xx reply (see HttpClientOptions.tokenRefusal). */
  tokenRefusal?: HttpClientOptions['tokenRefusal'];
}

export interface AuthedHttp {
  clock: Clock;
  budget: RequestBudget;
  tokens: TokenManager;
  http: HttpClient;
  verifySignIn(): Promise<IssuedToken>;
}

export function createAuthedHttp(opts: ClientTransportOptions, cfg: AuthedHttpConfig): AuthedHttp {
  const clock = opts.clock ?? systemClock;
  const budget = opts.budget ?? createRequestBudget(cfg.budgetDefaults);
  const tokens = createTokenManager({ clock, fetchToken: (o) => fetchToken(o.deadlineMs) });
  const http = createHttpClient({
    backend: cfg.backend,
    baseUrl: opts.baseUrl,
    budget,
    auth: tokens,
    timeoutMs: opts.timeoutMs,
    deadlineMs: opts.deadlineMs,
    retry: opts.retry,
    tokenRefusal: cfg.tokenRefusal,
    fetchImpl: opts.fetchImpl,
    clock,
    scheduler: opts.scheduler,
    secrets: cfg.secrets,
    onOutcome: opts.onOutcome,
  });

  // One sign-in serves every call waiting for it, and each of those stops waiting at its own
  // deadline; so the sign-in may take as long as the most patient of them (e.g. a sync sitting out
  // a minute-long Retry-After), not just an interactive call's.
  const deadlines = { ...DEFAULT_DEADLINE_MS, ...opts.deadlineMs };
  const signInDeadlineMs = Math.max(deadlines.interactive, deadlines.background);

  async function fetchToken(deadlineMs = signInDeadlineMs): Promise<IssuedToken> {
    let reply: unknown;
    try {
      // Signing in changes nothing on the server, so it is safe to retry; it retries here, once per
      // sign-in, and the calls waiting for the token do not retry it again.
      reply = await http.request({
        ...cfg.signIn,
        lane: 'interactive',
        idempotent: true,
        auth: false,
        credentials: true,
        deadlineMs,
      });
    } catch (error) {
      throw credentialError(error);
    }
    return cfg.readToken(reply, clock.now());
  }

  /** Setup's and the doctor's check of the credentials: a fresh sign-in within an interactive call's deadline. */
  const verifySignIn = () => tokens.refresh({ deadlineMs: deadlines.interactive });

  return { clock, budget, tokens, http, verifySignIn };
}
