// Electron main (plain Node, no electron import): the `app://frontdesk/` scheme that serves the built
// renderer instead of file://. Which file a request names (pure, tested with hostile URLs) and the
// Response it gets (CSP on every answer); index.ts registers the scheme and hands requests here.
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

export const APP_SCHEME = 'app';
/** The one host the scheme serves. Anything else (another host, a port, credentials) is refused. */
export const APP_HOST = 'frontdesk';
/** The page the window loads in production. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The privileges registerSchemesAsPrivileged gives the scheme. `standard` gives it an origin and
 * relative URLs (like https), `secure` makes the page a secure context, `supportFetchAPI` lets the
 * page fetch its own assets. Nothing else: no service workers, no CSP bypass, and no `corsEnabled`
 * (which would let other origins read app:// responses; the page's own same-origin module scripts
 * do not need it).
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/** What the renderer folder holds; any other extension is refused rather than guessed at. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Longer than any URL the renderer makes; a longer one is not ours. */
const MAX_URL_LENGTH = 2048;

export type AppRequestTarget =
  { ok: true; file: string; mimeType: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * The file inside `root` that `rawUrl` names, or why not. Refuses another scheme or host, a port,
 * credentials, encoded separators or NUL, dot segments that survived parsing, drive letters,
 * dotfiles and unknown file types. The result is always inside `root` (checked again after joining).
 */
export function resolveAppRequest(rawUrl: string, root: string): AppRequestTarget {
  if (typeof rawUrl !== 'string' || rawUrl.length > MAX_URL_LENGTH) return refuse(400, 'bad URL');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return refuse(400, 'bad URL');
  }
  if (url.protocol !== `${APP_SCHEME}:`) return refuse(403, 'other scheme');
  if (url.username || url.password) return refuse(403, 'credentials in URL');
  if (url.hostname !== APP_HOST || url.port !== '') return refuse(403, 'other host');
  // Chromium treats "\" as "/" in a standard scheme; Node's parser does not. Refuse it either way.
  if (url.pathname.includes('\\')) return refuse(404, 'backslash in path');

  const raw = url.pathname === '/' ? ['index.html'] : url.pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const encoded of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return refuse(400, 'bad percent-encoding');
    }
    // Decoding must not create structure: %2F, %5C, %00, or a ".." that was spelled encoded.
    if (segment === '' || /[/\\\0:]/.test(segment) || segment.startsWith('.')) {
      return refuse(404, 'unsafe path segment');
    }
    segments.push(segment);
  }
  const base = resolve(root);
  const file = join(base, ...segments);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refuse(404, 'outside root');
  const mimeType = MIME_TYPES[extname(file).toLowerCase()];
  if (!mimeType) return refuse(403, 'file type not served');
  return { ok: true, file, mimeType };
}

function refuse(status: 400 | 403 | 404, reason: string): AppRequestTarget {
  return { ok: false, status, reason };
}

/** The part of a protocol request we read (Electron's GlobalRequest satisfies it). */
export interface AppRequestLike {
  readonly url: string;
  readonly method: string;
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  /** Sent as a header on every answer, errors included. */
  csp: string;
  /** Where a refused request is noted (never its full URL: it may carry anything). */
  onRefused?: (reason: string, status: number) => void;
}

/** The protocol.handle('app', …) handler: files from `root` only, with our headers on every answer. */
export function createAppProtocolHandler(opts: AppProtocolOptions) {
  const headers = (contentType: string): Record<string, string> => ({
    'Content-Type': contentType,
    'Content-Security-Policy': opts.csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  const answer = (status: number, reason: string) => {
    opts.onRefused?.(reason, status);
    return new Response(`${status}`, { status, headers: headers('text/plain; charset=utf-8') });
  };

  return async function handleAppRequest(request: AppRequestLike): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'method not allowed');
    const target = resolveAppRequest(request.url, opts.root);
    if (!target.ok) return answer(target.status, target.reason);
    try {
      // Plain stat and readFile, which Electron's ASAR layer serves from app.asar. (No realpath
      // check: the folder is Vite's output inside the signed, integrity-checked archive.)
      if (!(await stat(target.file)).isFile()) return answer(404, 'not a file');
      const body = request.method === 'HEAD' ? null : await readFile(target.file);
      return new Response(body, { status: 200, headers: headers(target.mimeType) });
    } catch {
      return answer(404, 'not found');
    }
  };
}
