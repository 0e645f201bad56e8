// Electron main: creates the one Frontdesk window with the hardened options and loads the app.
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import type { Logger } from '../core/ports';
import { createWindowOptions } from './security';
import type { RendererEntry } from './renderer-entry';

export function createMainWindow(preloadPath: string, entry: RendererEntry, logger: Logger): BrowserWindow {
  // Windows and Linux take the taskbar icon from here; macOS from the app bundle.
  const icon = join(app.getAppPath(), 'resources', 'icon.png');
  const window = new BrowserWindow({ ...createWindowOptions(preloadPath), icon });
  // Shown only once painted, over the matching background colour: no white flash, no half-drawn UI.
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) =>
    logger.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode }),
  );
  window.webContents.on('preload-error', (_event, path, error) =>
    logger.error('preload failed', { path, error: String(error) }),
  );
  void window
    .loadURL(entry.url)
    .catch((error: unknown) =>
      logger.error('the app page did not load', { url: entry.url, error: String(error) }),
    );
  return window;
}

/** Brings the window forward when a second launch hands over to this instance. */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
