// Core (plain Node): Resmark's wire rules — a bare-string token from /authenticate, valid 24 h, and
// the `{ errorMessage, data }` envelope where any non-null errorMessage is a failure (resmark.md §2, §6).
import { z } from 'zod';
import { systemClock, type Clock } from '../../ports';
import { BackendError, WRONG_KEY_MESSAGE, errorFromEnvelope, errorPage } from '../../http/errors';
import {
  createHttpClient,
  type HttpOutcome,
  type HttpRequest,
  type RetryOptions,
} from '../../http/http-client';
import { createRequestBudget, resmarkBudgetDefaults, type RequestBudget } from '../../http/request-budget';
import type { Scheduler } from '../../http/scheduler';
import { createTokenManager, type IssuedToken, type TokenManager } from '../../http/token-manager';
import { credentialError, parseReply } from '../parse';

export const RESMARK = 'Resmark';
const TOKEN_LIFETIME_MS = 24 * 3_600_000;

export interface ResmarkClientOptions {
  /** e.g. https://app.resmarksystems.com/public/api */
  baseUrl: string;
  /** E-mail or AlternativeId of a user on the account. */
  username: string;
  apiKey: string;
  /** Default ~5 requests per second: the limit is undocumented (§4). */
  budget?: RequestBudget;
  clock?: Clock;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  retry?: RetryOptions;
  scheduler?: Scheduler;
  onOutcome?: (outcome: HttpOutcome) => void;
}

const Envelope = z.looseObject({ errorMessage: z.string().nullish(), data: z.unknown().optional() });

/** Every documented reply is wrapped (§6); a bare one is taken as the data itself rather than refused. */
const isEnvelope = (body: unknown): boolean =>
  !!body && typeof body === 'object' && !Array.isArray(body) && ('errorMessage' in body || 'data' in body);

export interface ResmarkTransport {
  budget: RequestBudget;
  tokens: TokenManager;
  /** Sends a request and returns the envelope's `data`, parsed with `schema`. */
  call<T>(req: HttpRequest, schema: z.ZodType<T>, what: string): Promise<T>;
}

/** The token is the raw body; some servers JSON-encode it, and a 200 envelope may carry a refusal. */
export function readToken(text: string): string {
  const body = text.trim();
  if (body.startsWith('<')) throw errorPage(RESMARK, 200);
  let token: unknown = body;
  if (body.startsWith('"') || body.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw errorPage(RESMARK, 200);
    }
    const envelope = Envelope.safeParse(parsed);
    if (envelope.success && envelope.data.errorMessage)
      throw new BackendError('UNAUTHORIZED', WRONG_KEY_MESSAGE);
    token = envelope.success ? envelope.data.data : parsed;
  }
  if (typeof token !== 'string' || token === '' || /\s/.test(token)) {
    throw new BackendError(
      'SERVER_ERROR',
      `${RESMARK} answered the sign-in with something that is not a token.`,
    );
  }
  return token;
}

export function createResmarkTransport(opts: ResmarkClientOptions): ResmarkTransport {
  const clock = opts.clock ?? systemClock;
  const budget = opts.budget ?? createRequestBudget(resmarkBudgetDefaults);
  const secrets = () => [opts.username, opts.apiKey];
  const tokens = createTokenManager({ clock, fetchToken: () => fetchToken() });
  const http = createHttpClient({
    backend: RESMARK,
    baseUrl: opts.baseUrl,
    budget,
    auth: tokens,
    timeoutMs: opts.timeoutMs,
    retry: opts.retry,
    fetchImpl: opts.fetchImpl,
    clock,
    scheduler: opts.scheduler,
    secrets,
    onOutcome: opts.onOutcome,
  });

  async function fetchToken(): Promise<IssuedToken> {
    let text: unknown;
    try {
      const body = { username: opts.username, apikey: opts.apiKey };
      // Signing in changes nothing on the server, so it is safe to retry.
      text = await http.request({
        method: 'POST',
        path: '/authenticate',
        body,
        lane: 'interactive',
        idempotent: true,
        auth: false,
        responseType: 'text',
      });
    } catch (error) {
      throw credentialError(error);
    }
    // The reply carries no expiry; the docs say 24 hours from issue.
    return { token: readToken(String(text)), expiresAt: new Date(clock.now().getTime() + TOKEN_LIFETIME_MS) };
  }

  async function call<T>(req: HttpRequest, schema: z.ZodType<T>, what: string): Promise<T> {
    const body = await http.request(req);
    // An empty 2xx (e.g. after a DELETE) has no envelope either: its data is null.
    const envelope = isEnvelope(body)
      ? parseReply(Envelope, body, RESMARK, what)
      : { errorMessage: null, data: body };
    // A failure can arrive inside a 2xx; the envelope decides, not the status (§6).
    if (envelope.errorMessage) throw errorFromEnvelope(RESMARK, 200, envelope.errorMessage, secrets());
    return parseReply(schema, envelope.data, RESMARK, what);
  }

  return { budget, tokens, call };
}
