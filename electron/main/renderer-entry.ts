// Electron main: what the window loads (the Vite dev server, or out/renderer/index.html) and the
// matching "app origin" every sender, navigation and CSP check compares against. Plain Node.
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy, devServerUrl, isAppUrl } from './security';

export interface RendererEntry {
  /** The URL to load in the main window. */
  url: string;
  /** The app origin for isAppUrl: the dev server's URL, or the file:// URL of index.html. */
  appOrigin: string;
  /** The policy for the CSP response header. */
  csp: string;
  isAppUrl(url: string): boolean;
}

export function resolveRendererEntry(opts: {
  isPackaged: boolean;
  /** process.env.ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devUrl: string | undefined;
  /** Absolute path of the built out/renderer/index.html. */
  indexFile: string;
}): RendererEntry {
  const dev = devServerUrl(opts.devUrl, opts.isPackaged);
  const url = dev ?? pathToFileURL(opts.indexFile).href;
  return {
    url,
    appOrigin: url,
    csp: contentSecurityPolicy(dev),
    isAppUrl: (candidate) => isAppUrl(candidate, url),
  };
}
