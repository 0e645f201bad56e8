// Electron main: what the window loads (the Vite dev server, or app://frontdesk/index.html served
// from out/renderer) and the matching "app origin" every sender, navigation and CSP check compares
// against. Plain Node.
import { APP_INDEX_URL } from './app-protocol';
import { contentSecurityPolicy, devServerUrl, isAppUrl } from './security';

export interface RendererEntry {
  /** The URL to load in the main window. */
  url: string;
  /** The app origin for isAppUrl: the dev server's URL, or app://frontdesk/index.html. */
  appOrigin: string;
  /** The folder the app:// scheme serves; undefined under the dev server, which serves itself. */
  servedFrom: string | undefined;
  /** The policy for the CSP response header. */
  csp: string;
  isAppUrl(url: string): boolean;
}

export function resolveRendererEntry(opts: {
  isPackaged: boolean;
  /** process.env.ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devUrl: string | undefined;
  /** Absolute path of the built renderer folder (out/renderer). */
  rendererDir: string;
}): RendererEntry {
  const dev = devServerUrl(opts.devUrl, opts.isPackaged);
  const url = dev ?? APP_INDEX_URL;
  return {
    url,
    appOrigin: url,
    servedFrom: dev ? undefined : opts.rendererDir,
    csp: contentSecurityPolicy(dev),
    isAppUrl: (candidate) => isAppUrl(candidate, url),
  };
}
