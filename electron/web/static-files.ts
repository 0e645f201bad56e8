// Web host (plain Node): serves the built renderer and the bridge script with strict headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { BRIDGE_PATH } from './protocol';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// The meta tag in index.html is the same policy; the header cannot be removed by the page.
const BASE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export function createStaticHandler(rendererDir: string, bridgeFile: string) {
  const root = resolve(rendererDir);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile) || !existsSync(bridgeFile)) {
    throw new Error(
      `The renderer is not built (${indexFile} or ${bridgeFile} is missing). Run \`npm run build:web\`.`,
    );
  }
  // The bridge must define window.frontdesk before the app's module script runs: a classic
  // (non-module) script in <head> runs first, because module scripts are deferred.
  const indexHtml = readFileSync(indexFile, 'utf8').replace(
    '<head>',
    `<head>\n    <script src="${BRIDGE_PATH}"></script>`,
  );

  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...BASE_HEADERS, allow: 'GET, HEAD' }).end();
      return;
    }
    const path = requestPath(req.url ?? '/');
    if (path === null) return send(res, 400, 'text/plain', 'Bad request', 'no-store');
    if (path === '/' || path === '/index.html') return send(res, 200, MIME['.html']!, indexHtml, 'no-store');
    if (path === BRIDGE_PATH) return send(res, 200, MIME['.js']!, readFileSync(bridgeFile), 'no-store');
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !isFile(file))
      return send(res, 404, 'text/plain', 'Not found', 'no-store');
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', readFileSync(file), cache);
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache: string) {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': type, 'cache-control': cache }).end(body);
}

/**
 * The decoded path of a request target, or null when it is not one we can read. Request lines come
 * from anyone on the machine: `//[`, `//a:b` or `http://x:99999/` make the URL parser throw, and
 * that must be a 400, never a thrown error in the request handler (which would end the host).
 */
function requestPath(target: string): string | null {
  try {
    return decodeURIComponent(new URL(target, 'http://x').pathname);
  } catch {
    return null;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
