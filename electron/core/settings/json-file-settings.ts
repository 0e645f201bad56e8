// Core (plain Node): SettingsStore over a JSON file in the data folder, for the web host and CLI
// (the Electron host uses electron-store, which needs Electron). Writes are atomic (tmp + rename).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SettingsStore } from '../ports';

export function createJsonFileSettings<T extends object>(file: string, defaults: T): SettingsStore<T> {
  mkdirSync(dirname(file), { recursive: true });
  let values: T = { ...defaults, ...readJson(file) };
  return {
    get: (key) => values[key],
    set(key, value) {
      values = { ...values, [key]: value };
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, JSON.stringify(values, null, 2), { mode: 0o600 });
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
