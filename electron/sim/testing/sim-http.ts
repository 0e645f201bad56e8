// Simulator test support (plain Node): fetch helpers for the contract tests, which talk to the
// simulators over real HTTP on 127.0.0.1 like any client would.
import type { RunningSim } from '../sim-types';

/** A fixed Wednesday morning (GMT): keeps "today" far from midnight in every test. */
export const TEST_START = '2026-03-04T10:00:00Z';

/** High enough that contract tests never meet the limit unless they test it. */
export const NO_LIMIT = { requests: 1_000_000, perSeconds: 60 };

export interface Res<T> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface CallOptions {
  method?: string;
  token?: string;
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  raw?: string;
}

export async function call<T = unknown>(url: string, opts: CallOptions = {}): Promise<Res<T>> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const payload = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, { method: opts.method ?? 'GET', headers, body: payload });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: body as T };
}

export interface Api {
  get<T = unknown>(path: string): Promise<Res<T>>;
  post<T = unknown>(path: string, body?: unknown): Promise<Res<T>>;
  put<T = unknown>(path: string, body?: unknown): Promise<Res<T>>;
  patch<T = unknown>(path: string, body?: unknown): Promise<Res<T>>;
  del<T = unknown>(path: string): Promise<Res<T>>;
}

/** Calls relative to `base` (the API base URL or the origin), with an optional bearer token. */
export function api(base: string, token?: string): Api {
  const go =
    (method: string) =>
    <T>(path: string, body?: unknown) =>
      call<T>(base + path, { method, token, body });
  return { get: go('GET'), post: go('POST'), put: go('PUT'), patch: go('PATCH'), del: go('DELETE') };
}

export async function reservieToken(sim: RunningSim): Promise<string> {
  const res = await call<{ token: string }>(`${sim.baseUrl}/auth/token`, {
    method: 'POST',
    body: sim.credentials,
  });
  if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${res.text}`);
  return res.body.token;
}

export async function resmarkToken(sim: RunningSim): Promise<string> {
  const res = await call(`${sim.baseUrl}/authenticate`, { method: 'POST', body: sim.credentials });
  if (res.status !== 200) throw new Error(`authenticate failed: ${res.status} ${res.text}`);
  return res.text;
}

/** The /_sim control endpoints. */
export function control(sim: RunningSim) {
  const sim_ = api(`${sim.origin}/_sim`);
  return {
    ...sim_,
    advance: (seconds: number) => sim_.post('/clock', { advanceSeconds: seconds }),
    setClock: (iso: string) => sim_.post('/clock', { now: iso }),
    now: async () => Date.parse((await sim_.get<{ now: string }>('/clock')).body.now),
    faults: (patch: Record<string, unknown>) => sim_.post('/faults', patch),
    stats: async () => (await sim_.get<StatsBody>('/stats')).body,
  };
}

export interface StatsBody {
  requests: number;
  byRoute: Record<string, number>;
  statuses: Record<string, number>;
  faults: Record<string, number>;
}

/** Reservie v1 error envelope. */
export interface V1Error {
  error: { code: string; message: string; details: Record<string, unknown> };
}

/** Resmark envelope. */
export interface Envelope<T> {
  errorMessage: string | null;
  data: T;
}
