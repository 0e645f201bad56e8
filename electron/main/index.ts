// Electron main: the composition root. It only wires: data folder, guards, adapters, core, IPC, window.
import {
  app,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  safeStorage,
  session,
  shell,
  type BrowserWindow,
} from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core/create-core';
import type { Logger } from '../core/ports';
import { openElectronStoreSettings } from './adapters/electron-store-settings';
import { createSafeStorageVault } from './adapters/safe-storage-vault';
import { ensureDataDir, requestedDataDir } from '../core/host/data-dir';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { installSecurityGuards } from './guards';
import { forwardEvents, registerIpc } from './ipc';
import { applyStartAtLogin, attachKioskMode } from './kiosk/kiosk-window';
import { launchModeFromArgv } from './kiosk/launch-mode';
import { followWindowMode } from './kiosk/window-mode';
import type { KioskState } from '../../shared/domain/kiosk';
import type { VenueInfo } from '../../shared/domain/venue';
import type { UiMode } from '../../shared/ipc/channels';
import { outOfOrderPagePath } from './kiosk/out-of-order-page';
import { closeOnQuit, startupErrorMessage } from './lifecycle';
import { createMainLogger, mainLogFile } from './logger';
import { requireNativeBinding } from './native-binding';
import { createOpenExternal } from './open-external';
import { resolveRendererEntry } from './renderer-entry';
import { createMainWindow, focusWindow } from './window';

/** out/main/ at run time: the preload and the renderer are built next to it. */
const OUT_DIR = fileURLToPath(new URL('..', import.meta.url));

let mainWindow: BrowserWindow | undefined;

function fatal(error: unknown, dataDir?: string, logger?: Logger): void {
  logger?.error('start-up failed', { error: error instanceof Error ? error.stack : String(error) });
  // Before `ready` on Linux this prints to stderr instead of showing a dialog; that is all we can do.
  dialog.showErrorBox('Frontdesk cannot start', startupErrorMessage(error, dataDir && mainLogFile(dataDir)));
  if (app.isReady()) app.quit();
  else app.exit(1);
}

/** Must run before anything (Chromium's profile, the instance lock, electron-store) touches userData. */
function claimDataDir(): string {
  const dir = ensureDataDir(requestedDataDir(process.argv, process.env) ?? app.getPath('userData'));
  app.setPath('userData', dir);
  return dir;
}

async function start(dataDir: string, logger: Logger): Promise<void> {
  const entry = resolveRendererEntry({
    isPackaged: app.isPackaged,
    devUrl: process.env.ELECTRON_RENDERER_URL,
    rendererDir: join(OUT_DIR, 'renderer'),
  });
  // The built renderer is served from app://frontdesk/ (not file://), with the CSP on every answer.
  if (entry.servedFrom) {
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({
        root: entry.servedFrom,
        csp: entry.csp,
        onRefused: (reason, status) => logger.warn('app:// request refused', { reason, status }),
      }),
    );
  }
  installSecurityGuards({
    app,
    session: session.defaultSession,
    isAppUrl: entry.isAppUrl,
    openExternal: createOpenExternal(shell, logger),
    csp: entry.csp,
    logger,
  });

  // safeStorage is only usable after `ready`, which is why the vault is built here.
  const vault = createSafeStorageVault(dataDir, safeStorage, { logger });
  if (vault.protection !== 'os-keychain') logger.warn('no OS keychain: secrets are not really protected');
  const launchMode = launchModeFromArgv(process.argv);
  const core = await createCore({
    dataDir,
    // `--kiosk` enters kiosk mode (refused, with a clear start-up error, when no staff PIN is set).
    ...(launchMode === 'kiosk' ? { launchMode } : {}),
    vault,
    settings: await openElectronStoreSettings(dataDir),
    logger,
    // Loaded on first use: a desk connected to its real back end never loads the simulators.
    demoBackends: () => import('../sim/demo-backends').then((m) => m.startDemoBackends()),
    nativeBinding: requireNativeBinding({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
    }),
    version: app.getVersion(),
  });
  closeOnQuit(app, () => core.close(), logger);

  registerIpc(ipcMain, core, entry.isAppUrl, logger);
  forwardEvents(core, () => mainWindow?.webContents, entry.isAppUrl);
  // The mode the core is in (saved across restarts, or just entered by --kiosk), and every
  // change of it afterwards: a kiosk:enter at the desk turns this window into a kiosk.
  const saved = await core.dispatch('kiosk:state', undefined);
  const initialMode: UiMode =
    saved.ok && (saved.value as KioskState | undefined)?.mode === 'kiosk' ? 'kiosk' : 'desk';
  const deskMenu = Menu.getApplicationMenu();
  const openWindow = (mode: UiMode) => {
    const window = createMainWindow(join(OUT_DIR, 'preload', 'index.cjs'), entry, logger, mode);
    const kiosk =
      mode === 'kiosk'
        ? attachKioskMode(window, {
            menu: Menu,
            deskMenu,
            powerSaveBlocker,
            platform: process.platform,
            outOfOrderPage: outOfOrderPagePath(app.getAppPath()),
            language: async () => {
              const venue = await core.dispatch('app:venue', undefined);
              return venue.ok ? (venue.value as VenueInfo).language : 'en';
            },
            logger,
          })
        : undefined;
    mainWindow = window;
    window.on('closed', () => {
      kiosk?.stop();
      if (mainWindow === window) mainWindow = undefined;
    });
    return window;
  };
  followWindowMode(initialMode, {
    openWindow,
    onModeChanged: (listener) =>
      core.onEvent((event, payload) => {
        if (event === 'kiosk:changed') listener((payload as KioskState).mode);
      }),
  });
  // Staff's "start at login", applied at start (the OS's login item may have been removed by
  // hand) and whenever it changes.
  let startsAtLogin: boolean | null = null;
  const applyLogin = (state: KioskState | undefined) => {
    if (typeof state?.startAtLogin !== 'boolean' || state.startAtLogin === startsAtLogin) return;
    startsAtLogin = state.startAtLogin;
    applyStartAtLogin(app, startsAtLogin);
  };
  applyLogin(saved.ok ? (saved.value as KioskState | undefined) : undefined);
  core.onEvent((event, payload) => {
    if (event === 'kiosk:changed') applyLogin(payload as KioskState);
  });
}

function main(): void {
  let dataDir: string;
  try {
    dataDir = claimDataDir();
  } catch (error) {
    fatal(error);
    return;
  }
  // Every renderer sandboxed, whatever options a future window is created with.
  app.enableSandbox();
  // Only possible before `ready`: app:// gets an origin and a secure context, and nothing more.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  // One desk per data folder: a second launch focuses the running window instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Echo to the terminal under `electron-vite dev`; errors reach stderr regardless.
  const logger = createMainLogger(dataDir, { echo: Boolean(process.env.ELECTRON_RENDERER_URL) });
  logger.info('starting', { version: app.getVersion(), electron: process.versions.electron, dataDir });
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => start(dataDir, logger))
    .catch((error: unknown) => fatal(error, dataDir, logger));
}

main();
