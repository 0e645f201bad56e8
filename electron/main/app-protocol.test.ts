// Electron main (tested in plain Node): the app:// scheme — which file a URL names, against a list
// of hostile URLs, and the handler's answers over a real folder on disk (a secret file sits beside it).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, createAppProtocolHandler, resolveAppRequest } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'frontdesk-app-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'sub.js'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Frontdesk</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'woff2');
  writeFileSync(join(root, 'notes.exe'), 'MZ');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  // What an attacker would like to reach: the folder next to the renderer (out/main), and more.
  writeFileSync(join(base, 'secret.js'), 'SECRET');
  writeFileSync(join(base, 'renderer-evil.js'), 'SECRET');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAppRequest', () => {
  it.each([
    ['app://frontdesk/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://frontdesk/', 'index.html', 'text/html; charset=utf-8'],
    ['app://frontdesk/index.html?x=1#/desk', 'index.html', 'text/html; charset=utf-8'],
    ['app://frontdesk/assets/index-abc.js', 'assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://frontdesk/assets/index-abc.css', 'assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://frontdesk/favicon.svg', 'favicon.svg', 'image/svg+xml'],
    ['app://frontdesk/assets/font.woff2', 'assets/font.woff2', 'font/woff2'],
    ['app://frontdesk/assets/INDEX.JS', 'assets/INDEX.JS', 'text/javascript; charset=utf-8'],
    // Parsing already folds these back inside the folder: they name our own files.
    ['app://frontdesk/assets/../index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://frontdesk/../../../index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://frontdesk/%2e%2e/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://frontdesk/my%20file.html', 'my file.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s (%s)', (url, file, mimeType) => {
    expect(resolveAppRequest(url, root)).toEqual({ ok: true, file: join(root, file), mimeType });
  });

  const HOSTILE: [string, number][] = [
    // Other schemes, hosts, ports, credentials.
    ['file:///etc/passwd', 403],
    ['https://frontdesk/index.html', 403],
    ['app://evil/index.html', 403],
    ['app://frontdesk.evil.com/index.html', 403],
    ['app://evil.frontdesk/index.html', 403],
    ['app://frontdesk:8080/index.html', 403],
    ['app://user:pass@frontdesk/index.html', 403],
    ['app://frontdesk@evil/index.html', 403],
    ['app:///index.html', 403],
    ['app:index.html', 403],
    ['app://xn--frntdesk-n4a/index.html', 403],
    ['app://frontdesk%2e/index.html', 403],
    // Traversal that parsing does not fold: encoded separators, backslashes, NUL, drive letters.
    ['app://frontdesk/..%2f..%2fsecret.js', 404],
    ['app://frontdesk/..%2F..%2Fsecret.js', 404],
    ['app://frontdesk/..%5c..%5csecret.js', 404],
    ['app://frontdesk/%2e%2e%2fsecret.js', 404],
    ['app://frontdesk/assets/..%2F..%2F..%2Fetc%2Fpasswd', 404],
    ['app://frontdesk/..\\secret.js', 404],
    ['app://frontdesk/assets\\..\\..\\secret.js', 404],
    ['app://frontdesk/%2Fetc%2Fpasswd', 404],
    ['app://frontdesk//etc/passwd', 404],
    ['app://frontdesk/C:/Windows/win.ini', 404],
    ['app://frontdesk/C%3A%5CWindows%5Cwin.ini', 404],
    ['app://frontdesk/index.html%00.png', 404],
    ['app://frontdesk/%00', 404],
    ['app://frontdesk/.env', 404],
    ['app://frontdesk/%2eenv', 404],
    ['app://frontdesk/assets/', 404],
    ['app://frontdesk/%2e%2e', 404],
    // Things the folder holds or might, but that are not ours to serve.
    ['app://frontdesk/notes.exe', 403],
    ['app://frontdesk/assets', 403],
    // Not URLs, or malformed ones.
    ['app://frontdesk/%E0%A4%A', 400],
    ['not a url', 400],
    ['', 400],
    [`app://frontdesk/${'a'.repeat(3000)}.js`, 400],
  ];

  it.each(HOSTILE)('refuses %s with %i', (url, status) => {
    const target = resolveAppRequest(url, root);
    expect(target).toMatchObject({ ok: false, status });
  });

  it('never names a file outside the folder, whatever the URL', () => {
    for (const [url] of HOSTILE) {
      const target = resolveAppRequest(url, root);
      if (target.ok) expect(target.file.startsWith(join(root, '/'))).toBe(true);
    }
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler({ root, csp: CONTENT_SECURITY_POLICY });
  const get = (url: string, method = 'GET') => handler()({ url, method });

  it('serves the page and its assets with their types, the CSP and nosniff', async () => {
    const page = await get(APP_INDEX_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Frontdesk</title>');

    const script = await get('app://frontdesk/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    ['app://frontdesk/..%2f..%2fsecret.js', 404],
    ['app://frontdesk/..%2frenderer-evil.js', 404],
    ['app://evil/index.html', 403],
    ['app://frontdesk/missing.js', 404],
    ['app://frontdesk/sub.js', 404],
    ['app://frontdesk/.env', 404],
    ['app://frontdesk/notes.exe', 403],
  ])('refuses %s with %i, the CSP still set and nothing of the file sent', async (url, status) => {
    const refused: string[] = [];
    const answer = await createAppProtocolHandler({
      root,
      csp: CONTENT_SECURITY_POLICY,
      onRefused: (reason) => refused.push(reason),
    })({ url, method: 'GET' });
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const body = await answer.text();
    expect(body).not.toContain('SECRET');
    expect(body).not.toContain('MZ');
    expect(refused).toHaveLength(1);
  });

  it('refuses methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      expect((await get(APP_INDEX_URL, method)).status, method).toBe(405);
    }
  });
});
