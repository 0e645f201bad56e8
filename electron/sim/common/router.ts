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
  /** The API key / user the request is counted against; null on public routes without one. */
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
  /** For public routes: who the request counts against for rate limiting (e.g. the apiKey in the body). */
  rateKey?: (body: unknown) => string | null;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export interface Router {
  match(method: string, path: string): RouteMatch | null;
}

export const json = (status: number, body: unknown): ApiReply => ({ status, body });

export function createRouter(routes: readonly Route[], basePath: string): Router {
  const compiled = routes.map((route) => ({ route, parts: split(basePath + route.pattern) }));
  return {
    match(method, path) {
      const segments = split(path);
      for (const { route, parts } of compiled) {
        if (route.method !== method || parts.length !== segments.length) continue;
        const params = matchParts(parts, segments);
        if (params) return { route, params };
      }
      return null;
    },
  };
}

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
