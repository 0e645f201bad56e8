// Core (plain Node): what both API clients share — one request budget, one token manager and one
// HTTP client per back end, wired so the token request itself goes through the same budget and
// a refused key is reported as a credentials problem, never retried.
import { systemClock, type Clock } from '../ports';
import {
  createHttpClient,
  type HttpClient,
  type HttpOutcome,
  type HttpRequest,
  type RetryOptions,
} from '../http/http-client';
import { createRequestBudget, type RequestBudget, type RequestBudgetOptions } from '../http/request-budget';
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
  signIn: Omit<HttpRequest, 'lane' | 'idempotent' | 'auth'>;
  readToken(reply: unknown, receivedAt: Date): IssuedToken;
}

export interface AuthedHttp {
  clock: Clock;
  budget: RequestBudget;
  tokens: TokenManager;
  http: HttpClient;
}

export function createAuthedHttp(opts: ClientTransportOptions, cfg: AuthedHttpConfig): AuthedHttp {
  const clock = opts.clock ?? systemClock;
  const budget = opts.budget ?? createRequestBudget(cfg.budgetDefaults);
  const tokens = createTokenManager({ clock, fetchToken: () => fetchToken() });
  const http = createHttpClient({
    backend: cfg.backend,
    baseUrl: opts.baseUrl,
    budget,
    auth: tokens,
    timeoutMs: opts.timeoutMs,
    retry: opts.retry,
    fetchImpl: opts.fetchImpl,
    clock,
    scheduler: opts.scheduler,
    secrets: cfg.secrets,
    onOutcome: opts.onOutcome,
  });

  async function fetchToken(): Promise<IssuedToken> {
    let reply: unknown;
    try {
      // Signing in changes nothing on the server, so it is safe to retry.
      reply = await http.request({ ...cfg.signIn, lane: 'interactive', idempotent: true, auth: false });
    } catch (error) {
      throw credentialError(error);
    }
    return cfg.readToken(reply, clock.now());
  }

  return { clock, budget, tokens, http };
}
