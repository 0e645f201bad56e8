// Electron main (tested in plain Node): the composition root, wired against a fake `electron` and a stub
// core. vi.mock factories replace the modules outright, so the real electron package is never loaded.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { CoreError } from '../../shared/ipc/core-error';
import type { StartDemoBackends } from '../core/ports';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    handlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, Listener>(),
    windows: [] as {
      options: unknown;
      url: string;
      contents: { emit: (e: string, ...a: unknown[]) => boolean };
    }[],
    errorBoxes: [] as string[],
    appPath: '',
    createCore: (async () => ({})) as Listener,
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    getPath: () => '/nonexistent/default-user-data',
    setPath: (name: string, path: string) => fake.calls.push(`setPath ${name} ${path}`),
    getVersion: () => '9.9.9',
    getAppPath: () => fake.appPath,
    enableSandbox: () => fake.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (fake.calls.push('lock'), true),
    isReady: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => {
      fake.calls.push('quit');
      app.emit('will-quit', { preventDefault: () => fake.calls.push('quit held') });
    },
    exit: (code: number) => fake.calls.push(`exit ${code}`),
    setLoginItemSettings: (settings: unknown) => fake.calls.push(`login item ${JSON.stringify(settings)}`),
  });
  class WebContents extends Emitter {
    url = '';
    setWindowOpenHandler() {}
    isDestroyed = () => false;
    getURL = () => this.url;
    send() {}
    closeDevTools() {}
    reload() {}
    forcefullyCrashRenderer() {}
    async loadFile() {}
  }
  class BrowserWindow extends Emitter {
    webContents = new WebContents();
    constructor(options: unknown) {
      super();
      app.emit('web-contents-created', {}, this.webContents);
      fake.windows.push({ options, url: '', contents: this.webContents });
    }
    async loadURL(url: string) {
      this.webContents.url = url;
      fake.windows.at(-1)!.url = url;
    }
    show() {}
    close() {
      fake.calls.push(`close window ${fake.windows.findIndex((w) => w.contents === this.webContents)}`);
      this.emit('closed');
    }
  }
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: (_title: string, message: string) => fake.errorBoxes.push(message) },
    ipcMain: { handle: (c: string, l: Listener) => fake.handlers.set(c, l), removeHandler: () => {} },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: () => {},
        webRequest: { onHeadersReceived: () => {} },
      },
    },
    shell: { openExternal: async () => {} },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        fake.calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: Listener) => {
        fake.calls.push(`protocol.handle ${scheme}`);
        fake.protocolHandlers.set(scheme, handler);
      },
    },
    Menu: {
      setApplicationMenu: (menu: unknown) => fake.calls.push(`setApplicationMenu ${String(menu)}`),
      getApplicationMenu: () => 'desk-menu',
    },
    powerSaveBlocker: {
      start: (type: string) => (fake.calls.push(`powerSaveBlocker.start ${type}`), 1),
      stop: (id: number) => fake.calls.push(`powerSaveBlocker.stop ${id}`),
      isStarted: () => true,
    },
  };
});

vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    get = (k: string) => this.data.get(k);
    set = (k: string, v: unknown) => void this.data.set(k, v);
    delete = (k: string) => void this.data.delete(k);
  },
}));

vi.mock('../core/create-core', () => ({ createCore: (deps: unknown) => fake.createCore(deps) }));

let dir: string;
const argv = process.argv;

beforeEach(async () => {
  // vi.resetModules() re-imports index.ts but keeps the mocked `electron`, so its `app` would keep
  // every earlier test's listeners (guards on web-contents-created, quit handlers): start clean,
  // so no test's counts depend on which tests ran before it.
  (await import('electron')).app.removeAllListeners();
  dir = mkdtempSync(join(tmpdir(), 'frontdesk-main-'));
  fake.appPath = join(dir, 'app');
  const addon = join(fake.appPath, '.electron-native/better-sqlite3/build/Release');
  mkdirSync(addon, { recursive: true });
  writeFileSync(join(addon, 'better_sqlite3.node'), '');
  Object.assign(fake, {
    calls: [],
    handlers: new Map(),
    protocolHandlers: new Map(),
    windows: [],
    errorBoxes: [],
  });
  process.argv = [argv[0]!, 'out/main/index.js', '--data-dir', join(dir, 'data')];
  vi.resetModules();
});

afterEach(() => {
  process.argv = argv;
  rmSync(dir, { recursive: true, force: true });
});

async function boot(): Promise<void> {
  await import('./index');
  // Start-up opens real SQLite files: give a loaded machine more than waitFor's default 1 s.
  await vi.waitFor(() => expect(fake.windows.length + fake.errorBoxes.length).toBeGreaterThan(0), {
    timeout: 20_000,
  });
}

describe('electron/main/index.ts', () => {
  it('claims the data folder before the lock, then wires core, IPC and one hardened window', async () => {
    const close = vi.fn(async () => {});
    const core = {
      dispatch: vi.fn(async (_channel: unknown) => ({ ok: true, value: 'status' })),
      onEvent: () => () => {},
      close,
    };
    let deps: Record<string, unknown> = {};
    fake.createCore = async (d) => ((deps = d as Record<string, unknown>), core);
    await boot();

    expect(fake.calls.slice(0, 4)).toEqual([
      `setPath userData ${join(dir, 'data')}`,
      'enableSandbox',
      `registerSchemesAsPrivileged ${JSON.stringify([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }])}`,
      'lock',
    ]);
    expect(deps).toMatchObject({ dataDir: join(dir, 'data'), version: '9.9.9' });
    expect(deps.nativeBinding).toMatch(/\.electron-native.*better_sqlite3\.node$/);
    expect((deps.vault as { protection: string }).protection).toBe('os-keychain');
    // Demo mode's back ends come from the host, loaded on first use: they start and can be closed.
    const demo = await (deps.demoBackends as StartDemoBackends)();
    expect(demo.backends.map((b) => b.credentials.backend)).toEqual(['reservie', 'resmark']);
    await demo.close();
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());

    const [window] = fake.windows;
    expect(window!.url).toBe('app://frontdesk/index.html');
    expectHardenedWindow(window!.options);
    // The page comes from the app:// handler, which answers even a refusal with the CSP header.
    expect(fake.calls).toContain('protocol.handle app');
    const serve = fake.protocolHandlers.get('app')! as (r: {
      url: string;
      method: string;
    }) => Promise<Response>;
    const refused = await serve({ url: 'app://evil/index.html', method: 'GET' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const call = fake.handlers.get('app:status')!;
    expect(await call({ senderFrame: { url: window!.url, parent: null } }, undefined)).toEqual({
      ok: true,
      value: 'status',
    });
    expect(
      await call({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined),
    ).toMatchObject({ error: { code: 'FORBIDDEN' } });
    // Main itself reads the kiosk state at start; the refused sender's call never reached the core.
    expect(core.dispatch.mock.calls.map(([channel]) => channel)).toEqual(['kiosk:state', 'app:status']);
    const navigation = { url: 'https://evil.example/', preventDefault: vi.fn() };
    expect(window!.contents.emit('will-navigate', navigation)).toBe(true);
    expect(navigation.preventDefault).toHaveBeenCalledTimes(1);

    const { app } = await import('electron');
    app.quit();
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    expect(existsSync(join(dir, 'data', 'logs', 'main.log'))).toBe(true);
  });

  it('in kiosk mode (--kiosk) keeps the instance lock and makes the window a locked-down kiosk', async () => {
    process.argv.push('--kiosk');
    let deps: Record<string, unknown> = {};
    fake.createCore = async (d) => {
      deps = d as Record<string, unknown>;
      return {
        dispatch: async (channel: string) =>
          channel === 'kiosk:state' ? { ok: true, value: kioskState('kiosk') } : { ok: true },
        onEvent: () => () => {},
        close: async () => {},
      };
    };
    await boot();
    // The core enters kiosk mode (and refuses to start without a staff PIN): not only the window.
    expect(deps).toMatchObject({ launchMode: 'kiosk' });

    expect(fake.calls.slice(0, 4)).toEqual([
      `setPath userData ${join(dir, 'data')}`,
      'enableSandbox',
      `registerSchemesAsPrivileged ${JSON.stringify([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }])}`,
      'lock',
    ]);
    const [window] = fake.windows;
    expectHardenedWindow(window!.options);
    expect(window!.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      webPreferences: { devTools: false },
    });
    expect(fake.calls).toContain('setApplicationMenu null');
    expect(fake.calls).toContain('powerSaveBlocker.start prevent-display-sleep');

    const key = { preventDefault: vi.fn() };
    window!.contents.emit('before-input-event', key, { type: 'keyDown', key: 'F5', code: 'F5' });
    expect(key.preventDefault).toHaveBeenCalled();
  });

  it('follows the mode the core saved, and replaces the window when kiosk mode is entered or left', async () => {
    const listeners: ((event: string, payload: unknown) => void)[] = [];
    const emit = (event: string, payload: unknown) => listeners.forEach((l) => l(event, payload));
    let mode: 'desk' | 'kiosk' = 'kiosk';
    fake.createCore = async () => ({
      dispatch: async (channel: string) =>
        channel === 'kiosk:state' ? { ok: true, value: kioskState(mode) } : { ok: true },
      onEvent: (listener: (event: string, payload: unknown) => void) => (listeners.push(listener), () => {}),
      close: async () => {},
    });
    await boot();
    // Saved as a kiosk, started without --kiosk: still a kiosk.
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.options).toMatchObject({ kiosk: true });

    // A PIN lock-out changes the kiosk state but not the mode: the window stays.
    emit('kiosk:changed', { ...kioskState('kiosk'), retryAt: '2026-12-01T10:00:00.000Z' });
    expect(fake.windows).toHaveLength(1);

    mode = 'desk';
    emit('kiosk:changed', kioskState('desk'));
    expect(fake.windows).toHaveLength(2);
    expect(fake.windows[1]!.options).not.toHaveProperty('kiosk');
    expectHardenedWindow(fake.windows[1]!.options);
    // The desk window exists before the kiosk one closes (no moment with no window to quit on),
    // and the desk gets its menu back.
    expect(fake.calls.slice(-3)).toEqual([
      'close window 0',
      'powerSaveBlocker.stop 1',
      'setApplicationMenu desk-menu',
    ]);

    emit('kiosk:changed', kioskState('kiosk'));
    expect(fake.windows).toHaveLength(3);
    expect(fake.windows[2]!.options).toMatchObject({ kiosk: true, webPreferences: { devTools: false } });
    expect(fake.calls.at(-1)).toBe('close window 1');
  });

  it("applies staff's start-at-login at start and whenever it changes, once per change", async () => {
    const listeners: ((event: string, payload: unknown) => void)[] = [];
    const emit = (event: string, payload: unknown) => listeners.forEach((l) => l(event, payload));
    fake.createCore = async () => ({
      dispatch: async (channel: string) =>
        channel === 'kiosk:state' ? { ok: true, value: kioskState('desk', true) } : { ok: true },
      onEvent: (listener: (event: string, payload: unknown) => void) => (listeners.push(listener), () => {}),
      close: async () => {},
    });
    await boot();
    const logins = () => fake.calls.filter((c) => c.startsWith('login item'));
    expect(logins()).toEqual(['login item {"openAtLogin":true,"args":[]}']);
    emit('kiosk:changed', kioskState('desk', true));
    emit('kiosk:changed', kioskState('desk', false));
    expect(logins()).toEqual([
      'login item {"openAtLogin":true,"args":[]}',
      'login item {"openAtLogin":false,"args":[]}',
    ]);
  });

  it('in desk mode leaves the menu, the window frame and devtools alone', async () => {
    fake.createCore = async () => ({
      dispatch: async () => ({ ok: true }),
      onEvent: () => () => {},
      close: async () => {},
    });
    await boot();
    expect(fake.windows[0]!.options).not.toHaveProperty('kiosk');
    expect(
      fake.calls.some((c) => c.startsWith('setApplicationMenu') || c.startsWith('powerSaveBlocker')),
    ).toBe(false);
  });

  it('shows a start-up error (e.g. data from a newer version) and quits', async () => {
    fake.createCore = async () => {
      throw new CoreError('DATABASE', 'This data folder was written by a newer Frontdesk.');
    };
    await boot();
    expect(fake.errorBoxes).toEqual(['This data folder was written by a newer Frontdesk.']);
    expect(fake.calls).toContain('quit');
    expect(fake.windows).toHaveLength(0);
  });

  it('refuses a bad --data-dir before touching userData', async () => {
    process.argv = [argv[0]!, 'out/main/index.js', '--data-dir'];
    await boot();
    expect(fake.errorBoxes[0]).toMatch(/--data-dir needs a folder path/);
    expect(fake.calls.some((c) => c.startsWith('setPath'))).toBe(false);
  });
});

function kioskState(mode: 'desk' | 'kiosk', startAtLogin = false) {
  return { mode, pinSet: true, retryAt: null, idleSeconds: 45, startAtLogin };
}

/** S2: what the BrowserWindow constructor really received: isolated, sandboxed, no Node, nothing widened. */
function expectHardenedWindow(options: unknown) {
  const { webPreferences: prefs, ...frame } = options as { webPreferences: Record<string, unknown> };
  expect(prefs).toMatchObject({
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
    disableBlinkFeatures: 'Auxclick',
  });
  expect(prefs.preload).toMatch(/preload[/\\]index\.cjs$/);
  for (const key of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'plugins']) {
    expect(prefs, key).not.toHaveProperty(key);
  }
  expect(frame).toMatchObject({ width: 1280, height: 800, show: false, title: 'Frontdesk' });
  expect(frame).toHaveProperty('backgroundColor', expect.stringMatching(/^#[0-9a-f]{6}$/i));
}
