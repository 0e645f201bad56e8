// Electron main: pure security predicates (no electron import), unit-tested in plain Node.
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/**
 * The renderer's Content-Security-Policy: the same string as the meta tag in renderer/index.html
 * (a test compares them). Main also sends it as a response header, which the page cannot strip.
 */
export { CONTENT_SECURITY_POLICY };

/** The header policy; in dev, connect-src also names the Vite server's WebSocket so HMR can connect. */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY;
  const dev = new URL(devServerUrl);
  const ws = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}

function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True only for the app's own page. `appOrigin` is the dev server URL (compared by exact origin:
 * scheme, host and port) or the app:// URL of index.html (the same host, no port, and only the page
 * itself: `/` or `/index.html`). Everything else — file: (the app is never served from it), other
 * ports, look-alike hosts, credentials in the URL, javascript:, data:, blob:, about: — is refused.
 */
export function isAppUrl(raw: unknown, appOrigin: string): boolean {
  const url = parseUrl(raw);
  const app = parseUrl(appOrigin);
  if (!url || !app || url.username || url.password) return false;
  if (app.protocol === 'app:') {
    // Node parses app: as a non-special scheme (its host is not lower-cased); Chromium, which knows
    // it is standard, hands us the canonical lower-case form. An odd spelling is simply refused.
    return (
      url.protocol === 'app:' &&
      url.host === app.host &&
      app.host !== '' &&
      (url.pathname === '/' || url.pathname === '/index.html')
    );
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
  return url.protocol === app.protocol && url.origin === app.origin;
}

/** Where a URL points, for the log: its origin, or just its scheme; never its path or query (tokens). */
export function describeUrl(raw: string): string {
  const url = parseUrl(raw);
  if (!url) return raw === '' ? 'none' : 'unparseable URL';
  return url.origin !== 'null' ? url.origin : url.protocol;
}

/**
 * The only hosts a link may open in the OS browser: the two back ends' own sites (help pages, their
 * web apps). Exact names: a subdomain, a trailing dot or a look-alike (which the URL parser turns
 * into xn--… punycode) is another host. The renderer has no external links today; one added later
 * must point here, or this list grows by review.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set([
  'reservie.net',
  'go.reservie.net',
  'ww2.reservie.net',
  'helpdesk.resmarksystems.com',
  'app.resmarksystems.com',
]);

/** Links we hand to the OS browser: https on the default port to a listed host, no credentials. */
export function isAllowedExternalUrl(raw: unknown): raw is string {
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    url.port === '' &&
    EXTERNAL_LINK_HOSTS.has(url.hostname)
  );
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL. Trusted only when unpackaged
 * and only on loopback: a packaged app never loads remote content, whatever the environment says.
 */
export function devServerUrl(raw: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !raw) return undefined;
  const url = parseUrl(raw);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be a loopback http(s) URL, got "${raw.slice(0, 100)}".`);
  }
  return url.href;
}

/** Matches the renderer's page background, so the window does not flash white before first paint. */
export const WINDOW_BACKGROUND = '#f5f5f4';

/** A permission request or check, narrowed to what decides it (from Electron's handler details). */
export interface PermissionAsk {
  permission: string;
  /** The URL of the frame asking. */
  requestingUrl: string | undefined;
  isMainFrame: boolean;
  /** For 'media': the devices asked for (a request's mediaTypes, a check's one mediaType). */
  mediaTypes: readonly string[] | undefined;
}

/**
 * The one permission the desk grants: the camera (video only, never the microphone or the screen),
 * to the app's own page in its main frame, for scanning a card's QR code. Everything else is refused.
 */
export function allowsPermission(ask: PermissionAsk, isApp: (url: string) => boolean): boolean {
  const types = ask.mediaTypes ?? [];
  return (
    ask.permission === 'media' &&
    ask.isMainFrame &&
    types.length > 0 &&
    types.every((t) => t === 'video') &&
    typeof ask.requestingUrl === 'string' &&
    isApp(ask.requestingUrl)
  );
}
