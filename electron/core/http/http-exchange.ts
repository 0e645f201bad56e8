// Core (plain Node): one HTTP exchange — build the URL, send with a timeout, read the body, and
// turn anything but a usable 2xx into a BackendError. No retries or waiting here.
import type { ErrorCode } from '../../../shared/ipc/result';
import {
  BackendError,
  errorFromNetwork,
  errorFromReply,
  errorPage,
  isBackendError,
  parseRetryAfter,
} from './errors';
import { followRedirects } from './redirects';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

/** One real request outcome; connectivity is derived from these. */
export interface HttpOutcome {
  ok: boolean;
  /** Set when !ok. OFFLINE means the server was not reached at all. */
  code?: ErrorCode;
  status?: number;
}

export interface ExchangeSpec {
  method: HttpMethod;
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  token?: string;
  /** The caller's: aborting it cancels the request. */
  signal?: AbortSignal;
  /** The call's deadline: its abort reason is the error (the attempt stops there, mid-body too). */
  deadline?: AbortSignal;
  responseType?: 'json' | 'text';
  /** The body carries credentials (the sign-in): no redirect is followed at all. */
  credentials?: boolean;
}

export interface ExchangeEnv {
  backend: string;
  baseUrl: string;
  timeoutMs: number;
  fetchImpl: typeof fetch;
  /** Wall-clock ms, for Retry-After dates. */
  wallNow(): number;
  secrets(): readonly string[];
  onOutcome(outcome: HttpOutcome): void;
  headers?: Record<string, string>;
  /** The largest body read; more is refused as a server error. MAX_RESPONSE_BYTES by default. */
  maxResponseBytes?: number;
}

/**
 * The largest reply body the core will hold in memory. A page of 100 records is tens of kilobytes;
 * a misconfigured server (or one pointed at a file download) must not be able to fill the heap.
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): URL {
  const url = new URL(baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`));
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url;
}

/**
 * Reads a body as JSON; a non-empty body that is not JSON (HTML, a proxy's text) is an error page.
 * The body decides, not the content-type: servers label JSON as text/html or send no type at all,
 * and a page that is not JSON is caught by the parse anyway.
 */
export function readJson(text: string): { json: unknown; errorPage: boolean } {
  if (text.trim() === '') return { json: undefined, errorPage: false };
  try {
    return { json: JSON.parse(text) as unknown, errorPage: false };
  } catch {
    return { json: undefined, errorPage: true };
  }
}

export class Cancelled extends BackendError {
  constructor(backend: string, cause: unknown) {
    super('CANCELLED', `${backend}: the request was cancelled.`, { cause });
  }
}

/** Sends one request. Resolves with the parsed body (JSON, `null` if empty, or text); throws BackendError. */
export async function exchange(env: ExchangeEnv, spec: ExchangeSpec): Promise<unknown> {
  const timeout = AbortSignal.timeout(env.timeoutMs);
  const signal = AbortSignal.any([spec.signal, spec.deadline, timeout].filter((s) => s !== undefined));
  const headers: Record<string, string> = { accept: 'application/json', ...env.headers };
  if (spec.body !== undefined) headers['content-type'] = 'application/json';
  if (spec.token) headers.authorization = `Bearer ${spec.token}`;
  let res: Response;
  let text: string;
  try {
    res = await followRedirects(env.fetchImpl, buildUrl(env.baseUrl, spec.path, spec.query), {
      backend: env.backend,
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal,
      credentials: spec.credentials ?? false,
    });
    // The timeout covers the body too: a server that stalls mid-body is as unreachable as one that never answers.
    text = await readCapped(env, res, env.maxResponseBytes ?? MAX_RESPONSE_BYTES);
  } catch (error) {
    if (spec.signal?.aborted) throw new Cancelled(env.backend, error);
    if (isBackendError(error)) return fail(env, error);
    const deadlineError: unknown = spec.deadline?.aborted ? spec.deadline.reason : undefined;
    if (isBackendError(deadlineError)) return fail(env, deadlineError);
    return fail(env, errorFromNetwork(env.backend, error, timeout.aborted ? env.timeoutMs : undefined));
  }
  return interpret(env, spec, res, text);
}

/** Reads the body as UTF-8 text, giving up (and closing the stream) once it passes `maxBytes`. */
async function readCapped(env: ExchangeEnv, res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(env, res.status, maxBytes);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(env, res.status, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(env: ExchangeEnv, status: number, maxBytes: number): BackendError {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new BackendError(
    'SERVER_ERROR',
    `${env.backend} sent an answer larger than ${mb} MB, which is not what its API sends. Check the server address.`,
    // Retrying would download it again: the address is wrong, not the moment.
    { status, permanent: true },
  );
}

function interpret(env: ExchangeEnv, spec: ExchangeSpec, res: Response, text: string): unknown {
  const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), env.wallNow());
  if (res.ok && spec.responseType === 'text') return succeed(env, res.status, text);
  const { json, errorPage: isPage } = readJson(text);
  if (res.ok) {
    // A 2xx HTML page (captive portal, misrouted proxy) is not data either.
    if (isPage) return fail(env, errorPage(env.backend, res.status));
    return succeed(env, res.status, json ?? null);
  }
  const secrets = env.secrets();
  return fail(
    env,
    errorFromReply({
      backend: env.backend,
      status: res.status,
      json,
      errorPage: isPage,
      retryAfterMs,
      secrets,
    }),
  );
}

function succeed(env: ExchangeEnv, status: number, body: unknown): unknown {
  env.onOutcome({ ok: true, status });
  return body;
}

function fail(env: ExchangeEnv, error: BackendError): never {
  env.onOutcome({ ok: false, code: error.code, status: error.status });
  throw error;
}
