// Electron main: turns the main window into a kiosk. Electron's objects come in as parameters
// (only `import type` here), so this glue is unit-tested in plain Node with fakes; the decisions
// themselves are the pure escape-shortcuts.ts and crash-policy.ts.
import type { App, BrowserWindowConstructorOptions, Menu, PowerSaveBlocker, WebContents } from 'electron';
import type { Logger } from '../../core/ports';
import {
  decideRecovery,
  DEFAULT_CRASH_POLICY,
  INITIAL_RECOVERY_STATE,
  type CrashPolicy,
  type RecoveryAction,
  type RendererEvent,
} from './crash-policy';
import { isKioskEscape, type KioskPlatform } from './escape-shortcuts';

/** Added to the window's constructor options in kiosk mode (window.ts spreads them in). */
export const KIOSK_WINDOW_OPTIONS = {
  kiosk: true,
  fullscreen: true,
  // Not that there is a menu to show (attachKioskMode removes it), but Alt must not reveal one.
  autoHideMenuBar: true,
  // Nothing for a guest to drag or shrink. (Not `closable: false`: quitting must still close it.)
  resizable: false,
  minimizable: false,
} as const satisfies BrowserWindowConstructorOptions;

type KioskContents = Pick<
  WebContents,
  'on' | 'closeDevTools' | 'reload' | 'forcefullyCrashRenderer' | 'loadFile'
>;

export interface KioskDeps {
  menu: Pick<typeof Menu, 'setApplicationMenu'>;
  /** The desk's menu, put back when kiosk mode ends (null: none). */
  deskMenu?: Menu | null;
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;
  platform: KioskPlatform;
  /** The static page shown once the crash policy gives up (out-of-order-page.ts). */
  outOfOrderPage: string;
  /** The venue's language ("de"): the out-of-order page says its sign in it (English otherwise). */
  language?: () => string | Promise<string>;
  logger: Logger;
  /** Injected so tests drive the hang grace period on a fake clock. */
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => () => void;
  policy?: CrashPolicy;
}

export interface KioskSession {
  /** Leaves kiosk mode: lets the display sleep again and drops the pending hang check. */
  stop(): void;
}

const realTimer = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/** Call right after creating the window with KIOSK_WINDOW_OPTIONS. */
export function attachKioskMode(window: { webContents: KioskContents }, deps: KioskDeps): KioskSession {
  const contents = window.webContents;
  // No menu means no Reload, Toggle DevTools, Close or Quit accelerators to find.
  deps.menu.setApplicationMenu(null);

  // The window is created with devTools: false in kiosk mode; this also closes any that slip open.
  contents.on('devtools-opened', () => contents.closeDevTools());
  // Electron draws no context menu of its own; swallowing the event keeps a long press on the
  // touch screen doing nothing even if the desk ever gets one.
  contents.on('context-menu', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (isKioskEscape(input, deps.platform)) event.preventDefault();
  });

  // An unattended kiosk whose screen goes dark looks broken.
  const blocker = deps.powerSaveBlocker.start('prevent-display-sleep');

  const crashes = watchRenderer(contents, deps);
  return {
    stop() {
      crashes.stop();
      if (deps.powerSaveBlocker.isStarted(blocker)) deps.powerSaveBlocker.stop(blocker);
      if (deps.deskMenu !== undefined) deps.menu.setApplicationMenu(deps.deskMenu);
    },
  };
}

function watchRenderer(contents: KioskContents, deps: KioskDeps): { stop(): void } {
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? realTimer;
  const policy = deps.policy ?? DEFAULT_CRASH_POLICY;
  let state = INITIAL_RECOVERY_STATE;
  let cancelTimer: (() => void) | undefined;

  const feed = (event: RendererEvent) => {
    const decision = decideRecovery(state, event, now(), policy);
    // Before acting: forcefullyCrashRenderer() may emit render-process-gone synchronously.
    state = decision.state;
    act(decision.action, event);
  };

  const act = (action: RecoveryAction, cause: RendererEvent) => {
    switch (action.type) {
      case 'none':
        return;
      case 'wait':
        cancelTimer?.();
        cancelTimer = setTimer(() => feed({ kind: 'grace-elapsed' }), action.ms);
        return;
      case 'reload':
        deps.logger.warn('kiosk renderer gone: reloading', { cause });
        contents.reload();
        return;
      case 'force-reload':
        deps.logger.warn('kiosk renderer hung: forcing a reload');
        // Documented: reload() straight after this runs in a new renderer process.
        contents.forcefullyCrashRenderer();
        contents.reload();
        return;
      case 'out-of-order':
        deps.logger.error('kiosk renderer keeps failing: showing the out-of-order page', { cause });
        if (action.killHungRenderer) contents.forcefullyCrashRenderer();
        // The page holds its sign in each language and shows the one its #fragment names.
        Promise.resolve()
          .then(() => deps.language?.() ?? 'en')
          .catch(() => 'en')
          .then((language) => contents.loadFile(deps.outOfOrderPage, { hash: language }))
          .catch((error: unknown) =>
            deps.logger.error('out-of-order page did not load', { error: String(error) }),
          );
        return;
    }
  };

  contents.on('render-process-gone', (_event, details) =>
    feed({ kind: 'render-process-gone', reason: details.reason }),
  );
  contents.on('unresponsive', () => feed({ kind: 'unresponsive' }));
  contents.on('responsive', () => feed({ kind: 'responsive' }));
  return { stop: () => cancelTimer?.() };
}

/**
 * Opens Frontdesk when the computer's user logs in, or stops doing so: staff's setting
 * (`kiosk:setStartAtLogin`, desk only). No `--kiosk`: the app opens in the mode it saved, so a
 * kiosk comes back as a kiosk and a desk that starts at login stays a desk. (A no-op on Linux,
 * where Electron has no login items; the OS's autostart is used there.)
 */
export function applyStartAtLogin(app: Pick<App, 'setLoginItemSettings'>, enabled: boolean): void {
  app.setLoginItemSettings({ openAtLogin: enabled, args: [] });
}
