// Core (plain Node): where the app keeps its data when no --data-dir / FRONTDESK_DATA_DIR is given:
// the OS's per-user app-data location, as Electron's app.getPath('userData') would choose.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Frontdesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Frontdesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Frontdesk');
}

/** --data-dir wins, then FRONTDESK_DATA_DIR, then the OS default. */
export function resolveDataDir(argv: readonly string[], env = process.env): string {
  const i = argv.indexOf('--data-dir');
  const fromArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  if (i >= 0 && (!fromArg || fromArg.startsWith('--'))) throw new Error('--data-dir needs a folder path.');
  const chosen = fromArg ?? env.FRONTDESK_DATA_DIR;
  return chosen ? resolve(chosen) : defaultDataDir();
}
