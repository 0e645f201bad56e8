// Electron main (tested in plain Node): the guards installed on every webContents and the session,
// driven through fakes of app, session and webContents.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import type { Logger } from '../core/ports';
import { installSecurityGuards, withCspHeader, type GuardOptions } from './guards';
import { CONTENT_SECURITY_POLICY, isAppUrl } from './security';

const APP = 'http://localhost:5173/';
const appUrl = (url: string) => isAppUrl(url, APP);
const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler),
  });
  /** Emits like Electron: the event object carries the URL and preventDefault(). */
  const fire = (name: string, url = '') => {
    const event = {
      url,
      defaultPrevented: false,
      preventDefault: () => void (event.defaultPrevented = true),
    };
    emitter.emit(name, event, url);
    return event.defaultPrevented;
  };
  const open = (url: string) => openHandler!({ url } as HandlerDetails);
  return { contents, fire, open };
}

function setup() {
  const app = new EventEmitter();
  const permissionRequest = vi.fn();
  const permissionCheck = vi.fn();
  const onHeadersReceived = vi.fn();
  const openExternal = vi.fn(async () => true);
  const session = {
    setPermissionRequestHandler: permissionRequest,
    setPermissionCheckHandler: permissionCheck,
    webRequest: { onHeadersReceived },
  };
  installSecurityGuards({
    app: app as unknown as GuardOptions['app'],
    session: session as unknown as GuardOptions['session'],
    isAppUrl: appUrl,
    openExternal,
    csp: CONTENT_SECURITY_POLICY,
    logger: silent,
  });
  const created = () => {
    const fake = fakeContents();
    app.emit('web-contents-created', {}, fake.contents);
    return fake;
  };
  return { created, permissionRequest, permissionCheck, onHeadersReceived, openExternal };
}

describe('installSecurityGuards', () => {
  it('blocks navigation, frame navigation and redirects away from the app (S3)', () => {
    const { fire } = setup().created();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of [
        'https://evil.example/',
        'http://localhost:5174/',
        'file:///etc/passwd',
        'javascript:1',
      ]) {
        expect(fire(event, url), `${event} ${url}`).toBe(true);
      }
      expect(fire(event, `${APP}#/desk`), event).toBe(false);
    }
  });

  it('denies every new window, handing https links (only) to openExternal', () => {
    const { created, openExternal } = setup();
    const { open } = created();
    for (const url of [
      'https://go.reservie.net/help',
      'http://example.com/',
      'file:///etc/passwd',
      APP,
      'about:blank',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://go.reservie.net/help']]);
  });

  it('refuses to attach a <webview>', () => {
    const { fire } = setup().created();
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('grants the camera, video only, to the app page’s main frame; denies every other request', () => {
    const { permissionRequest } = setup();
    const request = permissionRequest.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
      details: { requestingUrl: string; isMainFrame: boolean; mediaTypes?: string[] },
    ) => void;
    const answer = (permission: string, details: Parameters<typeof request>[3]) => {
      const callback = vi.fn();
      request({}, permission, callback, details);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]![0] as boolean;
    };
    const page = { requestingUrl: `${APP}index.html`, isMainFrame: true };
    expect(answer('media', { ...page, mediaTypes: ['video'] })).toBe(true);
    // The microphone, alone or with the camera, or a request that names no device.
    expect(answer('media', { ...page, mediaTypes: ['audio'] })).toBe(false);
    expect(answer('media', { ...page, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(answer('media', { ...page, mediaTypes: [] })).toBe(false);
    expect(answer('media', page)).toBe(false);
    // Another origin, a look-alike port, a subframe.
    expect(answer('media', { ...page, requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(
      false,
    );
    expect(answer('media', { ...page, requestingUrl: 'http://localhost:5174/', mediaTypes: ['video'] })).toBe(
      false,
    );
    expect(answer('media', { ...page, isMainFrame: false, mediaTypes: ['video'] })).toBe(false);
    for (const permission of [
      'display-capture',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(answer(permission, { ...page, mediaTypes: ['video'] })).toBe(false);
    }
  });

  it('answers permission checks the same way: the camera for the app page, nothing else', () => {
    const { permissionCheck } = setup();
    const check = permissionCheck.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    const page = { requestingUrl: APP, isMainFrame: true };
    expect(check(null, 'media', APP, { ...page, mediaType: 'video' })).toBe(true);
    expect(check(null, 'media', APP, { ...page, mediaType: 'audio' })).toBe(false);
    expect(check(null, 'media', APP, { ...page, mediaType: 'unknown' })).toBe(false);
    expect(check(null, 'media', APP, page)).toBe(false);
    expect(
      check(null, 'media', 'https://evil.example', {
        ...page,
        requestingUrl: 'https://evil.example/',
        mediaType: 'video',
      }),
    ).toBe(false);
    expect(check(null, 'notifications', APP, { ...page, mediaType: 'video' })).toBe(false);
    expect(check(null, 'media', APP, {})).toBe(false);
  });

  it('sets the CSP header on app responses through the session', () => {
    const { onHeadersReceived } = setup();
    const listener = onHeadersReceived.mock.calls[0]![0] as (
      details: { url: string; responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ url: APP, responseHeaders: { 'content-type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'content-type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});

describe('withCspHeader', () => {
  it('replaces any CSP the server sent, whatever its casing', () => {
    const headers = withCspHeader(
      {
        url: `${APP}index.html`,
        responseHeaders: { 'content-security-policy': ['default-src *'], Etag: ['x'] },
      },
      appUrl,
      'policy',
    );
    expect(headers).toEqual({ Etag: ['x'], 'Content-Security-Policy': ['policy'] });
  });

  it('leaves foreign responses untouched', () => {
    const responseHeaders = { 'content-type': ['text/html'] };
    expect(withCspHeader({ url: 'https://go.reservie.net/api', responseHeaders }, appUrl, 'p')).toEqual(
      responseHeaders,
    );
  });
});
