// Electron main (tested in plain Node): URL predicates against hostile input (S3), window options (S2),
// and the CSP string against renderer/index.html's meta tag.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  describeUrl,
  devServerUrl,
  isAllowedExternalUrl,
  isAppUrl,
} from './security';

const DEV = 'http://localhost:5173/';
const PROD = 'app://frontdesk/index.html';
const INDEX_FILE = pathToFileURL(resolve('/opt/frontdesk/out/renderer/index.html')).href;

const HOSTILE = [
  'http://localhost:5174/',
  'http://localhost/',
  'http://127.0.0.1:5173/',
  'https://localhost:5173/',
  'ws://localhost:5173/',
  'http://localhost:5173.evil.com/',
  'http://127.0.0.1.evil.com/',
  'http://localhost.evil.com:5173/',
  'http://evil.com@localhost:5173/',
  'http://localhost:5173@evil.com/',
  'http://localhost:5173:@evil.com/',
  'http://user:pass@localhost:5173/',
  'file:///etc/passwd',
  INDEX_FILE,
  `${PROD}.evil`,
  'app://frontdesk/other.html',
  'app://frontdesk/assets/index.js',
  'app://frontdesk/index.html/',
  'app://frontdesk:8080/index.html',
  'app://frontdesk.evil.com/index.html',
  'app://evil/index.html',
  'app://FRONTDESK/index.html',
  'app://user:pass@frontdesk/index.html',
  'app://frontdesk@evil/index.html',
  'app:///index.html',
  'app:index.html',
  'app://frontdesk/%2e%2e/index.html.x',
  'app://frontdesk/ind%65x.html',
  'app://frontdesk/index.html%00',
  'app://xn--frntdesk-n4a/index.html',
  'app://frontdesk\\index.html',
  'apps://frontdesk/index.html',
  'javascript:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'blob:http://localhost:5173/3c1d2a40-8a57-4d1a-9a55-2f4c4a0e9a1b',
  'about:blank',
  'about:srcdoc',
  'view-source:http://localhost:5173/',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'filesystem:http://localhost:5173/temporary/x',
  '//localhost:5173/',
  '/index.html',
  'localhost:5173',
  '',
  ' ',
];

describe('isAppUrl (S3)', () => {
  it.each(HOSTILE)('refuses %s in dev and in production', (url) => {
    expect(isAppUrl(url, DEV)).toBe(false);
    expect(isAppUrl(url, PROD)).toBe(false);
  });

  it('refuses non-strings and overlong input', () => {
    for (const value of [undefined, null, 42, {}, ['http://localhost:5173/'], `${DEV}${'a'.repeat(5000)}`]) {
      expect(isAppUrl(value, DEV)).toBe(false);
    }
  });

  it('accepts the dev server, any path, query or fragment, in canonical or odd casing', () => {
    for (const url of [
      DEV,
      'http://localhost:5173',
      `${DEV}src/main.tsx?t=1`,
      `${DEV}#/desk`,
      'HTTP://LOCALHOST:5173/',
    ]) {
      expect(isAppUrl(url, DEV), url).toBe(true);
    }
  });

  it('accepts only the app:// page in production (fragments and queries allowed)', () => {
    expect(isAppUrl(PROD, PROD)).toBe(true);
    expect(isAppUrl('app://frontdesk/', PROD)).toBe(true);
    expect(isAppUrl(`${PROD}#/desk`, PROD)).toBe(true);
    expect(isAppUrl(`${PROD}?kiosk=1`, PROD)).toBe(true);
    // A dot segment that normalises back to index.html is index.html.
    expect(isAppUrl('app://frontdesk/assets/../index.html', PROD)).toBe(true);
  });

  it('never treats a dev origin as app when the app is app://, or the reverse', () => {
    expect(isAppUrl(DEV, PROD)).toBe(false);
    expect(isAppUrl(PROD, DEV)).toBe(false);
  });

  it('has no app at all for an origin that is neither http(s) nor app', () => {
    expect(isAppUrl(INDEX_FILE, INDEX_FILE)).toBe(false);
    expect(isAppUrl('javascript:1', 'javascript:1')).toBe(false);
    expect(isAppUrl('data:,x', 'data:,x')).toBe(false);
  });
});

describe('describeUrl', () => {
  it('keeps the origin or scheme, never the path or query', () => {
    expect(describeUrl('https://evil.example/x?token=SECRET')).toBe('https://evil.example');
    expect(describeUrl('file:///etc/passwd')).toBe('file:');
    expect(describeUrl('javascript:alert(1)')).toBe('javascript:');
    expect(describeUrl('')).toBe('none');
    expect(describeUrl('not a url')).toBe('unparseable URL');
  });
});

describe('isAllowedExternalUrl', () => {
  it("allows https links to the back ends' own sites", () => {
    expect(isAllowedExternalUrl('https://go.reservie.net/help')).toBe(true);
    expect(isAllowedExternalUrl('https://helpdesk.resmarksystems.com/a?b=c#d')).toBe(true);
    expect(isAllowedExternalUrl('HTTPS://GO.RESERVIE.NET/help')).toBe(true);
    expect(isAllowedExternalUrl('https://go.reservie.net:443/help')).toBe(true);
  });

  it.each([
    'http://example.com/',
    'https://example.com/',
    'https://go.reservie.net:8443/',
    'https://go.reservie.net./',
    'https://evil.go.reservie.net/',
    'https://go.reservie.net.evil.com/',
    'https://gо.reservie.net/',
    'https://user@go.reservie.net/',
    'http://go.reservie.net/',
    'https://user@example.com/',
    'https://user:pass@example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'mailto:a@example.com',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'https:',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 1, { href: 'https://example.com' }]) {
      expect(isAllowedExternalUrl(value)).toBe(false);
    }
  });
});

describe('devServerUrl', () => {
  it('is ignored in a packaged app, whatever the environment says', () => {
    expect(devServerUrl('http://localhost:5173/', true)).toBeUndefined();
    expect(devServerUrl(undefined, false)).toBeUndefined();
  });

  it('accepts loopback only', () => {
    expect(devServerUrl('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(devServerUrl('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/');
    for (const bad of ['http://example.com:5173/', 'http://localhost.evil.com/', 'file:///x', 'nonsense']) {
      expect(() => devServerUrl(bad, false), bad).toThrow(/loopback/);
    }
  });
});

describe('Content-Security-Policy', () => {
  const indexHtml = resolve('renderer/index.html');

  it.skipIf(!existsSync(indexHtml))('is the same string as the meta tag in renderer/index.html', () => {
    const html = readFileSync(indexHtml, 'utf8');
    const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])([\s\S]*?)\1/i.exec(
      html,
    );
    expect(meta, 'renderer/index.html has no CSP meta tag').not.toBeNull();
    expect(meta![2]!.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('blocks inline script and any foreign source', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('is the production policy unchanged when there is no dev server', () => {
    expect(contentSecurityPolicy(undefined)).toBe(CONTENT_SECURITY_POLICY);
  });

  it("in dev adds only the Vite server's WebSocket to connect-src", () => {
    const dev = contentSecurityPolicy('http://localhost:5173/');
    expect(dev).toBe(
      CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' ws://localhost:5173"),
    );
    expect(contentSecurityPolicy('https://127.0.0.1:5173/')).toContain(
      "connect-src 'self' wss://127.0.0.1:5173;",
    );
  });
});
