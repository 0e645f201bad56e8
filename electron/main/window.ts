// Electron main: creates the one Frontdesk window with the hardened options and loads the app.
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import type { Logger } from '../core/ports';
import { WINDOW_BACKGROUND } from './security';
import type { RendererEntry } from './renderer-entry';
import { KIOSK_WINDOW_OPTIONS } from './kiosk/kiosk-window';
import type { LaunchMode } from './kiosk/launch-mode';

export function createMainWindow(
  preloadPath: string,
  entry: RendererEntry,
  logger: Logger,
  mode: LaunchMode = 'desk',
): BrowserWindow {
  const kiosk = mode === 'kiosk';
  // Windows and Linux take the taskbar icon from here; macOS from the app bundle.
  const icon = join(app.getAppPath(), 'resources', 'icon.png');
  // The hardened options are written out here, at the constructor, so that a static scanner
  // (Electronegativity) and a reviewer see them where they take effect; index.test.ts asserts them (S2).
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Frontdesk',
    backgroundColor: WINDOW_BACKGROUND,
    icon,
    ...(kiosk ? KIOSK_WINDOW_OPTIONS : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // A middle-click on a link would otherwise open it in a new window (Electronegativity AUXCLICK).
      disableBlinkFeatures: 'Auxclick',
      // A kiosk has no devtools at all, in development too (attachKioskMode closes any that open).
      devTools: !kiosk,
    },
  });
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
