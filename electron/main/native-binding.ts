// Electron main: where the better-sqlite3 addon built for Electron's ABI lives. node_modules holds the
// Node build (for npm test); Electron needs its own, built by scripts/electron-native.mjs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Kept in step with OUT_DIR in scripts/electron-native.mjs. */
export const DEV_ADDON = ['.electron-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];
/** Where packaging puts the addon: electron-builder.json's extraResources (a test keeps them in step). */
export const PACKAGED_ADDON = ['native', 'better_sqlite3.node'];

export interface NativeBindingPlace {
  isPackaged: boolean;
  /** app.getAppPath(): the project root in dev. */
  appPath: string;
  /** process.resourcesPath in a packaged app. */
  resourcesPath: string;
}

export function nativeBindingPath(place: NativeBindingPlace): string {
  return place.isPackaged ? join(place.resourcesPath, ...PACKAGED_ADDON) : join(place.appPath, ...DEV_ADDON);
}

/**
 * The addon path, checked to exist: loading the Node build into Electron fails later with an opaque
 * NODE_MODULE_VERSION error, so say what to do instead.
 */
export function requireNativeBinding(place: NativeBindingPlace): string {
  const path = nativeBindingPath(place);
  if (existsSync(path)) return path;
  throw new Error(
    place.isPackaged
      ? `This installation is incomplete: the SQLite module is missing (${path}). Reinstall Frontdesk.`
      : `The SQLite module built for Electron is missing (${path}). Run \`npm run build:electron-native\`.`,
  );
}
