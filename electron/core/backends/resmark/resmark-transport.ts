// Core (plain Node): Resmark's wire rules — a bare-string token from /authenticate, valid 24 h, and
// the `{ errorMessage, data }` envelope where any non-null errorMessage is a failure (resmark.md §2, §6).
import { z } from 'zod';
import { BackendError, WRONG_KEY_MESSAGE, errorFromEnvelope, errorPage } from '../../http/errors';
import type { HttpRequest } from '../../http/http-client';
import { resmarkBudgetDefaults, type RequestBudget } from '../../http/request-budget';
import type { IssuedToken, TokenManager } from '../../http/token-manager';
import { createAuthedHttp, type ClientTransportOptions } from '../authed-http';
import { parseReply } from '../parse';

export const RESMARK = 'Resmark';
const TOKEN_LIFETIME_MS = 24 * 3_600_000;

/** baseUrl e.g. https://app.resmarksystems.com/public/api; the default budget is ~5 requests per second (the limit is undocumented, §4). */
export interface ResmarkClientOptions extends ClientTransportOptions {
  /** E-mail or AlternativeId of a user on the account. */
  username: string;
  apiKey: string;
}

const Envelope = z.looseObject({ errorMessage: z.string().nullish(), data: z.unknown().optional() });

/** Every documented reply is wrapped (§6); a bare one is taken as the data itself rather than refused. */
const isEnvelope = (body: unknown): boolean =>
  !!body && typeof body === 'object' && !Array.isArray(body) && ('errorMessage' in body || 'data' in body);

export interface ResmarkTransport {
  budget: RequestBudget;
  tokens: TokenManager;
  /** A fresh sign-in within an interactive call's deadline (setup, doctor). */
  verifySignIn(): Promise<IssuedToken>;
  /** Sends a request and returns the envelope's `data`, parsed with `schema`. */
  call<T>(req: HttpRequest, schema: z.ZodType<T>, what: string): Promise<T>;
}

/**
 * Wording by which an errorMessage says our token or sign-in was refused. Resmark may say so inside
 * a 200 envelope (its statuses are undocumented, §6), and the client re-authenticates once on any
 * token refusal (§8 item 9), so these are handled as a 401. "Lock expired" and the like stay CONFLICT:
 * only the token, the session or the sign-in itself count here.
 */
const TOKEN_REFUSED: readonly RegExp[] = [
  /\b(token|session)\b.*\b(expired|invalid|not valid|revoked|missing|required|unknown)\b/i,
  /\b(expired|invalid|revoked|missing|bad|unknown)\b.*\b(token|session)\b/i,
  /\bun-?authori[sz]ed\b/i,
  /\bunauthenticated\b/i,
  /\bnot\s+(authori[sz]ed|authenticated|logged in|signed in)\b/i,
  /\bauthenticat(e|ion)\b.*\b(failed|required|expired|invalid)\b/i,
  /\bauthori[sz]ation\b.*\b(failed|denied|required|expired|invalid|missing)\b/i,
];
/** A payment's authorization failing is about the card, not our token. */
const PAYMENT = /\b(payment|card|charge|billing)\b/i;

export function saysTokenRefused(errorMessage: string): boolean {
  return !PAYMENT.test(errorMessage) && TOKEN_REFUSED.some((re) => re.test(errorMessage));
}

/** The envelope's errorMessage when it says the token was refused (HttpClientOptions.tokenRefusal). */
export function tokenRefusal(body: unknown): string | undefined {
  if (!isEnvelope(body)) return undefined;
  const message = Envelope.safeParse(body).data?.errorMessage;
  return message && saysTokenRefused(message) ? message : undefined;
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
  const secrets = () => [opts.username, opts.apiKey];
  const { budget, tokens, http, verifySignIn } = createAuthedHttp(opts, {
    backend: RESMARK,
    budgetDefaults: resmarkBudgetDefaults,
    secrets,
    signIn: {
      method: 'POST',
      path: '/authenticate',
      body: { username: opts.username, apikey: opts.apiKey },
      responseType: 'text',
    },
    tokenRefusal,
    // The reply carries no expiry; the docs say 24 hours from issue.
    readToken: (text, receivedAt) => ({
      token: readToken(String(text)),
      expiresAt: new Date(receivedAt.getTime() + TOKEN_LIFETIME_MS),
    }),
  });

  async function call<T>(req: HttpRequest, schema: z.ZodType<T>, what: string): Promise<T> {
    const body = await http.request(req);
    // An empty 2xx (e.g. after a DELETE) has no envelope either: its data is null.
    const envelope = isEnvelope(body)
      ? parseReply(Envelope, body, RESMARK, what)
      : { errorMessage: null, data: body };
    // A failure can arrive inside a 2xx; the envelope decides, not the status (§6). A refused
    // token never gets here: the HTTP client re-authenticates on it (tokenRefusal above).
    if (envelope.errorMessage) throw errorFromEnvelope(RESMARK, 200, envelope.errorMessage, secrets());
    return parseReply(schema, envelope.data, RESMARK, what);
  }

  return { budget, tokens, verifySignIn, call };
}
