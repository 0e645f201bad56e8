// Electron main: installs the navigation, new-window, webview, permission and CSP guards on every
// webContents and the default session. Electron objects are passed in (only `import type` here), so
// the guards are unit-tested in plain Node with fakes.
import type { App, OnHeadersReceivedListenerDetails, Session, WebContents } from 'electron';
import type { Logger } from '../core/ports';
import { allowsPermission, describeUrl, isAllowedExternalUrl } from './security';

export interface GuardOptions {
  app: Pick<App, 'on'>;
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;
  isAppUrl: (url: string) => boolean;
  openExternal: (url: string) => Promise<boolean>;
  /** The policy sent as a response header on the app's own pages. */
  csp: string;
  logger: Logger;
}

/** Installs every guard. Call once, before the first window is created. */
export function installSecurityGuards(opts: GuardOptions): void {
  // Every webContents, including ones we never asked for (devtools, a stray window.open): one place.
  opts.app.on('web-contents-created', (_event, contents) => guardWebContents(contents, opts));

  // The camera (video only, our own page) for scanning a card's QR code; nothing else is ever
  // granted: no microphone, screen, notifications, geolocation….
  opts.session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const ask = {
      permission,
      requestingUrl: details?.requestingUrl,
      isMainFrame: details?.isMainFrame === true,
      mediaTypes: details && 'mediaTypes' in details ? details.mediaTypes : undefined,
    };
    if (allowsPermission(ask, opts.isAppUrl)) return callback(true);
    opts.logger.warn('permission request denied', {
      permission,
      mediaTypes: ask.mediaTypes?.join(',') ?? 'none',
    });
    callback(false);
  });
  opts.session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    allowsPermission(
      {
        permission,
        requestingUrl: details?.requestingUrl,
        isMainFrame: details?.isMainFrame === true,
        mediaTypes: details?.mediaType ? [details.mediaType] : undefined,
      },
      opts.isAppUrl,
    ),
  );

  opts.session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCspHeader(details, opts.isAppUrl, opts.csp) }),
  );
}

type NavigationEvent = { url: string; preventDefault(): void };

export function guardWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  opts: Pick<GuardOptions, 'isAppUrl' | 'openExternal' | 'logger'>,
): void {
  const blockForeign = (kind: string) => (event: NavigationEvent) => {
    if (opts.isAppUrl(event.url)) return;
    event.preventDefault();
    opts.logger.warn(`${kind} blocked`, { to: describeUrl(event.url) });
  };
  contents.on('will-navigate', blockForeign('navigation'));
  // Subframes too: will-navigate only covers the main frame.
  contents.on('will-frame-navigate', blockForeign('frame navigation'));
  contents.on('will-redirect', blockForeign('redirect'));
  // webviewTag is off in our window options; this also covers any webContents created elsewhere.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    opts.logger.warn('webview blocked');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void opts.openExternal(url);
    else opts.logger.warn('new window blocked', { to: describeUrl(url) });
    return { action: 'deny' };
  });
}

/**
 * The response headers with our CSP set on the app's own responses (replacing any CSP the server
 * sent, whatever its casing); other responses pass through unchanged.
 */
export function withCspHeader(
  details: Pick<OnHeadersReceivedListenerDetails, 'url' | 'responseHeaders'>,
  isAppUrl: (url: string) => boolean,
  csp: string,
): Record<string, string[]> {
  const headers = { ...(details.responseHeaders ?? {}) };
  if (!isAppUrl(details.url)) return headers;
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === 'content-security-policy') delete headers[name];
  }
  headers['Content-Security-Policy'] = [csp];
  return headers;
}
