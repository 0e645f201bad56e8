// Core (plain Node): the one error type every back-end call throws, and the mapping from HTTP
// replies (both back ends' envelopes, error pages) and network failures to the contract's codes.
import { z } from 'zod';
import type { ErrorCode } from '../../../shared/ipc/result';
import { redactText } from '../logging/redact';

/** What staff see when the token endpoint refuses the credentials (target T4). */
export const WRONG_KEY_MESSAGE =
  'The back end refused the API key — check the API key and secret in Settings.';

export interface BackendErrorExtra {
  status?: number;
  /** The back end's own code, e.g. Reservie `event_full` or `validation_error`. */
  backendCode?: string;
  /** How long the server asked us to wait (Retry-After), when it said. */
  retryAfterMs?: number;
  /** Reservie `error.details` (per-field validation messages); never credentials. */
  details?: unknown;
  cause?: unknown;
  /** Not worth another attempt whatever the code says (e.g. a redirect we refuse to follow). */
  permanent?: boolean;
  /**
   * When `message` quotes the server: the same failure in our own words, which is what staff see.
   * The server's text then goes only to the log and to AppError.detail.
   */
  staffMessage?: string;
  /** The server's own text, cleaned (cleanMessage). */
  serverText?: string;
}

export class BackendError extends Error {
  readonly code: ErrorCode;
  readonly status?: number;
  readonly backendCode?: string;
  readonly retryAfterMs?: number;
  readonly details?: unknown;
  readonly permanent: boolean;
  readonly staffMessage?: string;
  readonly serverText?: string;

  /** `message` must be staff-readable and free of secrets: it crosses the bridge as-is. */
  constructor(code: ErrorCode, message: string, extra: BackendErrorExtra = {}) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'BackendError';
    this.code = code;
    this.status = extra.status;
    this.backendCode = extra.backendCode;
    this.retryAfterMs = extra.retryAfterMs;
    this.details = extra.details;
    this.permanent = extra.permanent ?? false;
    this.staffMessage = extra.staffMessage;
    this.serverText = extra.serverText;
  }

  /** Transient: worth another attempt if the request is safe to repeat. */
  get transient(): boolean {
    if (this.permanent) return false;
    return this.code === 'OFFLINE' || this.code === 'RATE_LIMITED' || this.code === 'SERVER_ERROR';
  }
}

export const isBackendError = (e: unknown): e is BackendError => e instanceof BackendError;

const ReservieErrorBody = z.looseObject({
  error: z.looseObject({
    code: z.string().optional(),
    message: z.string().optional(),
    details: z.unknown().optional(),
  }),
});
const ResmarkEnvelope = z.looseObject({ errorMessage: z.string() });
const PlainMessage = z.looseObject({ message: z.string() });

/**
 * Makes a server-supplied message safe to show: servers sometimes echo what they were sent, so
 * known secrets, bearer tokens and JWTs are masked, control characters dropped, length capped.
 */
export function cleanMessage(text: string, secrets: readonly string[] = []): string {
  let out = redactText(text);
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]');
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return out.length > 200 ? `${out.slice(0, 197)}...` : out;
}

export function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'UNAUTHORIZED';
  if (status === 404 || status === 410) return 'NOT_FOUND';
  if (status === 409 || status === 412) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500 || status === 408) return 'SERVER_ERROR';
  return 'BAD_INPUT';
}

function genericMessage(backend: string, code: ErrorCode, status: number): string {
  return genericText(backend, code, status >= 400 ? ` (HTTP ${status})` : '');
}

function genericText(backend: string, code: ErrorCode, httpSuffix: string): string {
  switch (code) {
    case 'UNAUTHORIZED':
      return `${backend} refused our sign-in${httpSuffix}.`;
    case 'NOT_FOUND':
      return `${backend} has no such record${httpSuffix}.`;
    case 'CONFLICT':
      return `${backend} refused the change because of its current state${httpSuffix}.`;
    case 'RATE_LIMITED':
      return `${backend} is receiving too many requests${httpSuffix}. Try again in a minute.`;
    case 'SERVER_ERROR':
      return `${backend} had a problem answering${httpSuffix}. Try again shortly.`;
    default:
      return `${backend} rejected the request as invalid${httpSuffix}.`;
  }
}

export interface ErrorReply {
  backend: string;
  status: number;
  /** The parsed JSON body, or undefined when the body was empty or not JSON. */
  json: unknown;
  /** True when the body was present but not JSON (an HTML error page, a proxy's text). */
  errorPage: boolean;
  retryAfterMs?: number;
  secrets?: readonly string[];
}

/** Maps a failed HTTP reply (status >= 400) to a BackendError, reading either back end's envelope. */
export function errorFromReply(reply: ErrorReply): BackendError {
  const { backend, status, json, retryAfterMs, secrets } = reply;
  const code = codeForStatus(status);
  const extra = { status, retryAfterMs };
  // Proxies and load balancers answer with HTML. A 5xx page is the server's trouble; a 4xx page
  // still means what its status says (a 404 is a missing record, a 401 a refused token), and must
  // not turn into a SERVER_ERROR that gets retried.
  if (reply.errorPage && code === 'SERVER_ERROR') return errorPage(backend, status, retryAfterMs);
  const reservie = ReservieErrorBody.safeParse(json);
  if (reservie.success) {
    const { code: backendCode, message, details } = reservie.data.error;
    const said = message ? cleanMessage(message, secrets) : undefined;
    const text = said ? `${backend}: ${said} (HTTP ${status}).` : undefined;
    return new BackendError(code, text ?? genericMessage(backend, code, status), {
      ...extra,
      backendCode,
      details,
      ...ownWords(backend, code, status, said),
    });
  }
  const server =
    ResmarkEnvelope.safeParse(json).data?.errorMessage ?? PlainMessage.safeParse(json).data?.message;
  const said = server ? cleanMessage(server, secrets) : undefined;
  const text = said ? `${backend}: ${said} (HTTP ${status}).` : undefined;
  return new BackendError(code, text ?? genericMessage(backend, code, status), {
    ...extra,
    ...ownWords(backend, code, status, said),
  });
}

/** For a message that quotes the server: what staff see instead, and the quote for the details. */
function ownWords(backend: string, code: ErrorCode, status: number, said: string | undefined) {
  return said ? { staffMessage: genericMessage(backend, code, status), serverText: said } : {};
}

export function errorPage(backend: string, status: number, retryAfterMs?: number): BackendError {
  return new BackendError(
    'SERVER_ERROR',
    `${backend}: the server answered with an error page instead of data (HTTP ${status}).`,
    { status, retryAfterMs },
  );
}

/**
 * Resmark can report a failure inside a 2xx envelope. Its status then says nothing, so the
 * wording decides between the codes the UI treats differently; anything else is BAD_INPUT.
 */
export function errorFromEnvelope(
  backend: string,
  status: number,
  errorMessage: string,
  secrets?: readonly string[],
): BackendError {
  let code: ErrorCode = status >= 400 ? codeForStatus(status) : 'BAD_INPUT';
  if (status < 400) {
    if (/not found|no such|does not exist|unknown/i.test(errorMessage)) code = 'NOT_FOUND';
    else if (/expired|no longer|sold out|not available|unavailable|already|insufficient/i.test(errorMessage))
      code = 'CONFLICT';
  }
  const said = cleanMessage(errorMessage, secrets);
  return new BackendError(code, `${backend}: ${said}`, { status, ...ownWords(backend, code, status, said) });
}

function causeCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Maps a failure below HTTP (refused, reset, DNS, timeout) to OFFLINE with a plain reason. */
export function errorFromNetwork(backend: string, error: unknown, timeoutMs?: number): BackendError {
  const net = causeCode(error);
  let reason = `${backend} could not be reached. Check the internet connection.`;
  if (timeoutMs !== undefined)
    reason = `${backend} did not answer within ${Number((timeoutMs / 1000).toFixed(1))} s.`;
  else if (net === 'ECONNREFUSED')
    reason = `${backend} could not be reached (connection refused). Check the internet connection.`;
  else if (net === 'ENOTFOUND' || net === 'EAI_AGAIN')
    reason = `${backend}'s address could not be found. Check the internet connection and the base URL.`;
  else if (net === 'ECONNRESET' || net === 'UND_ERR_SOCKET' || net === 'EPIPE')
    reason = `${backend} dropped the connection. Check the internet connection.`;
  return new BackendError('OFFLINE', reason, { cause: error });
}

/** Retry-After is either delta-seconds or an HTTP date; `nowMs` is wall-clock time for the date form. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  // Fractions are not in the RFC, but simulators use them to keep tests fast; accepting them costs nothing.
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
