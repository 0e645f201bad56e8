// Electron main (tested in plain Node): one table of hostile URLs (S3) through the real guards —
// will-navigate, will-frame-navigate, will-redirect, window.open (setWindowOpenHandler) and
// shell.openExternal — in production (app://) and under the dev server. Only Electron's objects are fakes.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import type { Logger } from '../core/ports';
import { installSecurityGuards, type GuardOptions } from './guards';
import { createOpenExternal } from './open-external';
import { resolveRendererEntry, type RendererEntry } from './renderer-entry';

const PROD = resolveRendererEntry({
  isPackaged: true,
  devUrl: undefined,
  rendererDir: '/opt/fd/out/renderer',
});
const DEV = resolveRendererEntry({ isPackaged: false, devUrl: 'http://localhost:5173/', rendererDir: '/x' });

/** Refused everywhere: as a navigation, a redirect, a new window and an external link, in both modes. */
const HOSTILE: readonly string[] = [
  // Script and inline documents.
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://frontdesk/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:app://frontdesk/3c1d2a40-8a57-4d1a-9a55-2f4c4a0e9a1b',
  'vbscript:msgbox(1)',
  // Local files and other local schemes.
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'file://evil-host/share/payload.html',
  'file:///opt/fd/out/renderer/index.html',
  'smb://evil.example/share',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=x&crumb=location:\\\\evil\\share',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'view-source:app://frontdesk/index.html',
  'filesystem:app://frontdesk/temporary/x',
  'about:blank',
  'about:srcdoc',
  // The web, plain or dressed up.
  'https://evil.example/',
  'http://evil.example/',
  'https://evil.example/?next=app://frontdesk/index.html',
  'http://localhost:5174/',
  'http://127.0.0.1:5173/',
  'https://localhost:5173/',
  'ws://localhost:5173/',
  'http://localhost:5173.evil.com/',
  'http://localhost.evil.com:5173/',
  'http://[::1]:5173/',
  'http://0x7f.0.0.1:5173/',
  'http://2130706433:5173/',
  // Credentials in the URL (in front of our own hosts too).
  'http://user:pass@localhost:5173/',
  'http://evil.com@localhost:5173/',
  'http://localhost:5173@evil.com/',
  'https://user:pass@go.reservie.net/help',
  'https://go.reservie.net@evil.example/',
  'app://user:pass@frontdesk/index.html',
  'app://frontdesk@evil/index.html',
  // app:// with another host, a port, another page, or an odd spelling.
  'app://evil/index.html',
  'app://frontdesk.evil.com/index.html',
  'app://evil.frontdesk/index.html',
  'app://frontdesk:8080/index.html',
  'app://FRONTDESK/index.html',
  'app:///index.html',
  'app:index.html',
  'app://frontdesk/assets/index.js',
  'app://frontdesk/..%2f..%2fmain%2findex.js',
  'apps://frontdesk/index.html',
  // Unicode look-alikes (Cyrillic о, е; fullwidth characters) and their punycode.
  'app://frоntdesk/index.html',
  'app://frontdеsk/index.html',
  'http://lоcalhost:5173/',
  'https://gо.reservie.net/help',
  'https://go.reservie.nеt/help',
  'https://ｇｏ.reservie.net.evil.com/',
  'https://xn--g-ntb.reservie.net/help',
  // Not URLs at all.
  '',
  ' ',
  '//evil.example/',
  '/index.html',
  'localhost:5173',
  `https://evil.example/${'a'.repeat(5000)}`,
];

/** Allowed only as an external link (the OS browser), never as a navigation or a window. */
const EXTERNAL_OK = ['https://go.reservie.net/help', 'https://helpdesk.resmarksystems.com/hc/en-us'];

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

function guarded(entry: RendererEntry) {
  const shellCalls: string[] = [];
  const openExternal = createOpenExternal(
    { openExternal: async (url: string) => void shellCalls.push(url) },
    silent,
  );
  const app = new EventEmitter();
  const session = {
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
    webRequest: { onHeadersReceived: () => {} },
  };
  installSecurityGuards({
    app: app as unknown as GuardOptions['app'],
    session: session as unknown as GuardOptions['session'],
    isAppUrl: entry.isAppUrl,
    openExternal,
    csp: entry.csp,
    logger: silent,
  });
  const contents = new EventEmitter();
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  Object.assign(contents, { setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h) });
  app.emit('web-contents-created', {}, contents);

  /** Like Electron: the event carries the URL and preventDefault(); true when it was prevented. */
  const navigate = (name: string, url: string): boolean => {
    let prevented = false;
    contents.emit(name, { url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  const windowOpen = (url: string) => openHandler!({ url } as HandlerDetails);
  return { navigate, windowOpen, openExternal, shellCalls };
}

const NAVIGATIONS = ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const;

describe.each([
  ['production (app://)', PROD],
  ['dev server', DEV],
])('hostile URLs in %s (S3)', (_mode, entry) => {
  it.each(HOSTILE)('refuses %j everywhere', async (url) => {
    const guard = guarded(entry);
    for (const name of NAVIGATIONS) expect(guard.navigate(name, url), name).toBe(true);
    expect(guard.windowOpen(url)).toEqual({ action: 'deny' });
    expect(await guard.openExternal(url)).toBe(false);
    expect(guard.shellCalls).toEqual([]);
  });

  it('lets the app page navigate within itself', () => {
    const guard = guarded(entry);
    for (const url of [entry.url, `${entry.url}#/desk`, `${entry.url}?kiosk=1#/kiosk`]) {
      for (const name of NAVIGATIONS) expect(guard.navigate(name, url), `${name} ${url}`).toBe(false);
    }
  });

  it('never opens a window, not even for the app page or an allowed link, and hands only allowed links to the OS', async () => {
    const guard = guarded(entry);
    for (const url of [entry.url, ...EXTERNAL_OK]) expect(guard.windowOpen(url)).toEqual({ action: 'deny' });
    expect(guard.shellCalls).toEqual(EXTERNAL_OK);
    for (const url of EXTERNAL_OK) {
      for (const name of NAVIGATIONS) expect(guard.navigate(name, url), name).toBe(true);
    }
    expect(await guard.openExternal(entry.url)).toBe(false);
  });
});

describe('the two modes do not accept each other', () => {
  it('production refuses the dev server; dev refuses app://', () => {
    expect(guarded(PROD).navigate('will-navigate', DEV.url)).toBe(true);
    expect(guarded(DEV).navigate('will-navigate', PROD.url)).toBe(true);
  });
});
