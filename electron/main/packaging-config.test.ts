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
});
