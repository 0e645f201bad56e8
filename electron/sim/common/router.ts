// Simulator (plain Node): a tiny path router. Routes keep their pattern (`/customers/:id`) so
// the stats can count by route rather than by concrete URL.
import type { IncomingHttpHeaders } from 'node:http';
import { badRequest } from './sim-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** The API key / user of the bearer token; null on public routes. */
  principal: string | null;
  /** Virtual-clock time when the request was handled (one value per request). */
  now: number;
}

export interface ApiReply {
  status: number;
  /** JSON body; omitted for 204. */
  body?: unknown;
  /** Plain-text body (used by Resmark's /authenticate). */
  text?: string;
  headers?: Record<string, string>;
}

export type Handler = (req: ApiRequest) => ApiReply | Promise<ApiReply>;

export interface Route {
  method: HttpMethod;
  /** Relative to the router's base path, e.g. `/customers/:id`. */
  pattern: string;
  handler: Handler;
  /** Public routes need no bearer token (token endpoints). */
  public?: boolean;
  /**
   * For public routes: the rate-limit bucket the request counts in (e.g. built from the apiKey in
   * the body). It must not be a bare API key: token calls must not use up the key's API budget.
   */
  rateKey?: (body: unknown) => string | null;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export interface Router {
  /** HEAD matches the GET route: node:http leaves the body out of a HEAD reply by itself. */
  match(method: string, path: string): RouteMatch | null;
  /** The methods some route takes at this path (with HEAD wherever GET is); empty if none. */
  allowed(path: string): string[];
}

export const json = (status: number, body: unknown): ApiReply => ({ status, body });

export function createRouter(routes: readonly Route[], basePath: string): Router {
  const compiled = routes.map((route) => ({ route, parts: split(basePath + route.pattern) }));
  const candidates = (path: string) => {
    const segments = split(path);
    return compiled.flatMap(({ route, parts }) => {
      const params = parts.length === segments.length ? matchParts(parts, segments) : null;
      return params ? [{ route, params }] : [];
    });
  };
  return {
    match(method, path) {
      const wanted = method === 'HEAD' ? 'GET' : method;
      return candidates(path).find((c) => c.route.method === wanted) ?? null;
    },
    allowed(path) {
      const methods = new Set(candidates(path).map((c) => c.route.method));
      return HTTP_METHODS.flatMap((m) => (methods.has(m) ? (m === 'GET' ? ['GET', 'HEAD'] : [m]) : []));
    },
  };
}

const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function matchParts(parts: readonly string[], segments: readonly string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const segment = segments[i] as string;
    if (part.startsWith(':')) params[part.slice(1)] = decode(segment);
    else if (part !== segment) return null;
  }
  return params;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest('Malformed percent-encoding in the path');
  }
}

/** A path parameter the route pattern guarantees. */
export function param(req: ApiRequest, name: string): string {
  const value = req.params[name];
  if (value === undefined) throw new Error(`route has no :${name}`);
  return value;
}
