// Core (plain Node): chooses and checks the app data folder for every host: --data-dir, then
// FRONTDESK_DATA_DIR, then the OS's per-user app-data location (as Electron's userData would be).
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ensurePrivateDir } from '../privacy/private-files';

export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}

const FLAG = '--data-dir';

/**
 * The folder asked for on the command line (`--data-dir <dir>` or `--data-dir=<dir>`, which wins)
 * or in FRONTDESK_DATA_DIR, resolved against `cwd`; undefined when neither is given.
 * Throws DataDirError for a value that cannot be a folder path.
 */
export function requestedDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): string | undefined {
  let fromArg: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === FLAG) fromArg = argv[i + 1] ?? '';
    else if (arg.startsWith(`${FLAG}=`)) fromArg = arg.slice(FLAG.length + 1);
    else continue;
    // A following flag means the value was forgotten, not that the folder is called "--something".
    if (fromArg.trim() === '' || fromArg.startsWith('--'))
      throw new DataDirError(`${FLAG} needs a folder path.`);
  }
  const chosen = fromArg ?? (env.FRONTDESK_DATA_DIR?.trim() ? env.FRONTDESK_DATA_DIR : undefined);
  if (chosen === undefined) return undefined;
  const source = fromArg !== undefined ? FLAG : 'FRONTDESK_DATA_DIR';
  if (chosen.includes('\0')) throw new DataDirError(`${source} contains a NUL character.`);
  const dir = resolve(cwd, chosen);
  if (dirname(dir) === dir) throw new DataDirError(`${source} cannot be the root of a drive (${dir}).`);
  return dir;
}

/** Creates the folder owner-only (or makes an existing one so) and checks it is a writable directory. */
export function ensureDataDir(dir: string): string {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new DataDirError(`The data folder ${dir} exists but is not a folder.`);
  }
  try {
    ensurePrivateDir(dir);
  } catch (error) {
    throw new DataDirError(`Cannot create the data folder ${dir}: ${(error as Error).message}`);
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new DataDirError(`The data folder ${dir} is not writable.`);
  }
  return dir;
}

/** The OS's per-user app-data folder for Frontdesk (Electron's app.getPath('userData') with productName Frontdesk). */
export function defaultDataDir(
  platform = process.platform,
  env: Record<string, string | undefined> = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Frontdesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Frontdesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Frontdesk');
}

/** For the Node hosts (web host, CLI): the requested folder or the OS default, created and checked. */
export function resolveDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): string {
  return ensureDataDir(requestedDataDir(argv, env) ?? defaultDataDir(process.platform, env));
}
