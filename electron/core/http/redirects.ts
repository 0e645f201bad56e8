// Core (plain Node): follows HTTP redirects ourselves instead of leaving it to fetch, because
// fetch re-sends a 307/308's body to wherever it points — and our sign-in body is the API secret.
// Rules: a request carrying credentials follows no redirect at all (the error says where it
// pointed); a body never goes to another origin; Authorization is dropped on a change of origin.
import { BackendError } from './errors';

/** Enough for http -> https -> a trailing slash; more is a loop or a misconfigured proxy. */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface RedirectRequest {
  backend: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
  /** The body is the sign-in (key and secret): a redirect is an error, never followed. */
  credentials: boolean;
}

export async function followRedirects(
  fetchImpl: typeof fetch,
  url: URL,
  req: RedirectRequest,
): Promise<Response> {
  let target = url;
  let { method, body } = req;
  const headers = { ...req.headers };
  for (let hops = 0; ; hops++) {
    const res = await fetchImpl(target, { method, headers, body, signal: req.signal, redirect: 'manual' });
    const location = REDIRECT_STATUSES.has(res.status) ? res.headers.get('location') : null;
    if (location === null) return res;
    await res.body?.cancel();
    const next = parseLocation(location, target, req.backend, res.status);
    if (req.credentials) throw refused(req.backend, res.status, next, 'the sign-in');
    // 307/308 repeat the method and body; 303 (and 301/302 after a POST) turn into a body-less GET.
    const keepsBody = res.status === 307 || res.status === 308;
    const crossOrigin = next.origin !== target.origin;
    if (keepsBody && body !== undefined && crossOrigin)
      throw refused(req.backend, res.status, next, 'a request with data');
    if (hops >= MAX_REDIRECTS)
      throw new BackendError('SERVER_ERROR', `${req.backend} redirected the request too many times.`, {
        status: res.status,
        permanent: true,
      });
    if (!keepsBody && (res.status === 303 || method === 'POST') && method !== 'HEAD') {
      method = 'GET';
      body = undefined;
      delete headers['content-type'];
    }
    if (crossOrigin) delete headers.authorization;
    target = next;
  }
}

function parseLocation(location: string, base: URL, backend: string, status: number): URL {
  try {
    return new URL(location, base);
  } catch {
    throw new BackendError('SERVER_ERROR', `${backend} answered with a redirect Frontdesk cannot read.`, {
      status,
      permanent: true,
    });
  }
}

/** Names the address without its query, which is the server's to fill and may carry anything. */
function refused(backend: string, status: number, next: URL, what: string): BackendError {
  return new BackendError(
    'SERVER_ERROR',
    `${backend} answered ${what} with a redirect to ${next.origin}${next.pathname} (HTTP ${status}); ` +
      'Frontdesk does not send it on. Check the base URL in Settings.',
    { status, permanent: true },
  );
}
