// Electron main: the one way to open a link in the OS browser. Every caller goes through here, so
// the allowlist (https, no credentials) is checked in one place.
import type { Shell } from 'electron';
import type { Logger } from '../core/ports';
import { isAllowedExternalUrl } from './security';

export function createOpenExternal(shell: Pick<Shell, 'openExternal'>, logger: Logger) {
  return async function openExternal(url: unknown): Promise<boolean> {
    if (!isAllowedExternalUrl(url)) {
      // Log the scheme only: the rest of a refused URL may be anything, including a secret.
      const scheme =
        typeof url === 'string' ? (/^[a-z][a-z0-9+.-]{0,20}:/i.exec(url)?.[0] ?? 'none') : typeof url;
      logger.warn('external link refused', { scheme });
      return false;
    }
    try {
      await shell.openExternal(url);
      return true;
    } catch (error) {
      // No default browser, or the OS refused: not worth crashing the desk over.
      logger.warn('external link failed', { host: new URL(url).host, error: String(error) });
      return false;
    }
  };
}
