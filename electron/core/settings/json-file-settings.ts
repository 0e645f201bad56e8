// Core (plain Node): SettingsStore over a JSON file in the data folder, for the web host and CLI
// (the Electron host uses electron-store, which needs Electron). Writes are atomic (tmp + rename).
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SettingsStore } from '../ports';
import { ensurePrivateDir, PRIVATE_FILE_MODE, tightenExisting } from '../privacy/private-files';

export function createJsonFileSettings<T extends object>(file: string, defaults: T): SettingsStore<T> {
  ensurePrivateDir(dirname(file));
  tightenExisting([file]);
  let values: T = { ...defaults, ...readJson(file) };
  return {
    get: (key) => values[key],
    set(key, value) {
      values = { ...values, [key]: value };
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, JSON.stringify(values, null, 2), { mode: PRIVATE_FILE_MODE });
      chmodSync(tmp, PRIVATE_FILE_MODE); // a leftover tmp file keeps its old mode through writeFileSync
      renameSync(tmp, file);
    },
  };
}

function readJson(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    // A damaged settings file must not stop the desk from opening: fall back to defaults.
    return {};
  }
}
