// Electron main (tested in plain Node): where the Electron build of better-sqlite3 is expected.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath, requireNativeBinding } from './native-binding';

describe('native binding', () => {
  const place = { appPath: resolve('/repo'), resourcesPath: resolve('/opt/Frontdesk/resources') };

  it('is the .electron-native build in dev and resources/native when packaged', () => {
    expect(nativeBindingPath({ ...place, isPackaged: false })).toBe(
      resolve('/repo/.electron-native/better-sqlite3/build/Release/better_sqlite3.node'),
    );
    expect(nativeBindingPath({ ...place, isPackaged: true })).toBe(
      resolve('/opt/Frontdesk/resources/native/better_sqlite3.node'),
    );
  });

  it('says which command builds it when it is missing', () => {
    expect(() => requireNativeBinding({ ...place, isPackaged: false })).toThrow(
      /npm run build:electron-native/,
    );
  });
});
