// Packaging (plain Node): electron-builder.json sets the fuses Electron's security checklist asks
// for (S9) and ships the better-sqlite3 addon built for Electron where the main process looks for it.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_ADDON, PACKAGED_ADDON } from './native-binding';

interface BuilderConfig {
  files: string[];
  asar: boolean;
  npmRebuild: boolean;
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  mac: { target: string[]; hardenedRuntime: boolean; entitlements: string; entitlementsInherit: string };
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean };
}

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as BuilderConfig;

describe('electron-builder.json', () => {
  it('sets the fuses: no run-as-node, no NODE_OPTIONS or --inspect, cookies encrypted, ASAR only and checked, file:// unprivileged', () => {
    expect(config.asar).toBe(true);
    // Every fuse named, so a new one added to the file is a decision this test sees too.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      // The renderer comes from app:// (app-protocol.ts), so file:// needs none of its old powers.
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the Electron build of better-sqlite3 where native-binding.ts loads it, and never rebuilds over it', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toContainEqual({
      from: posix.join(...DEV_ADDON),
      to: posix.join(...PACKAGED_ADDON),
    });
  });

  it('packs only the built app, not sources, tests or data', () => {
    expect(config.files).toContain('out/**');
    for (const pattern of config.files)
      expect(pattern).not.toMatch(/^(electron|renderer|shared|test)\b|\.db/);
  });

  it('builds a per-machine NSIS installer for Windows', () => {
    expect(config.win.target).toEqual(['nsis']);
    // One install for every account on the desk's PC (and the kiosk's), in Program Files.
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true });
  });

  it('builds a dmg for macOS with the hardened runtime and only the entitlement Electron needs', () => {
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
    const plist = readFileSync(config.mac.entitlements, 'utf8');
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
    expect(plist).not.toMatch(/<false\/>|<string>/);
  });
});
