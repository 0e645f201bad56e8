// Electron main adapter: SecretVault over Electron's safeStorage (OS keychain / DPAPI / libsecret).
// safeStorage is passed in (only `import type` here), so the adapter is tested in plain Node with a fake.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import type { Logger, SecretVault } from '../../core/ports';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

export const SECRETS_FILE = 'secrets.json';

/** Linux backends that keep the key in a real keyring. `basic_text` uses a key hard-coded in Chromium. */
const KEYRING_BACKENDS = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

/**
 * How well safeStorage protects secrets here (S8: warn, never pretend). On Linux without a keyring
 * (`basic_text`), or before `ready` (`unknown`), encryption "works" but anyone can undo it.
 */
export function protectionOf(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): 'os-keychain' | 'plain-text' {
  if (!safeStorage.isEncryptionAvailable()) return 'plain-text';
  if (platform !== 'linux') return 'os-keychain';
  return KEYRING_BACKENDS.has(safeStorage.getSelectedStorageBackend()) ? 'os-keychain' : 'plain-text';
}

/** One stored secret: ciphertext from safeStorage, or (only when encryption is unavailable) the bare text. */
interface StoredSecret {
  enc: 'safe-storage' | 'none';
  /** base64 */
  data: string;
}

interface SecretsFile {
  version: 1;
  secrets: Record<string, StoredSecret>;
}

export function createSafeStorageVault(
  dataDir: string,
  safeStorage: SafeStorageLike,
  opts: { platform?: NodeJS.Platform; logger?: Logger } = {},
): SecretVault {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, SECRETS_FILE);
  const protection = protectionOf(safeStorage, opts.platform);
  let stored = readStored(path, opts.logger);

  const persist = () => {
    const file: SecretsFile = { version: 1, secrets: stored };
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, JSON.stringify(file, null, 2), { mode: 0o600 });
    chmodSync(tmp, 0o600); // a leftover tmp file keeps its old mode through writeFileSync
    renameSync(tmp, path); // atomic: a crash leaves the old file or the new one, never half of one
  };

  return {
    protection,
    get(key) {
      // hasOwn: a key such as "constructor" must not find Object.prototype's.
      const entry = Object.hasOwn(stored, key) ? stored[key] : undefined;
      if (!entry) return undefined;
      const bytes = Buffer.from(entry.data, 'base64');
      if (entry.enc === 'none') return bytes.toString('utf8');
      try {
        return safeStorage.decryptString(bytes);
      } catch (error) {
        // The keyring changed or is locked: the secret is unreadable, so the user must enter it again.
        opts.logger?.warn('a stored secret could not be decrypted', { key, error: String(error) });
        return undefined;
      }
    },
    set(key, secret) {
      const entry: StoredSecret = safeStorage.isEncryptionAvailable()
        ? { enc: 'safe-storage', data: safeStorage.encryptString(secret).toString('base64') }
        : { enc: 'none', data: Buffer.from(secret, 'utf8').toString('base64') };
      stored = { ...stored, [key]: entry };
      persist();
    },
    delete(key) {
      if (!Object.hasOwn(stored, key)) return;
      const { [key]: _gone, ...rest } = stored;
      stored = rest;
      persist();
    },
    clear() {
      stored = {};
      rmSync(path, { force: true });
    },
  };
}

function readStored(path: string, logger: Logger | undefined): Record<string, StoredSecret> {
  if (!existsSync(path)) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<SecretsFile> | null;
    const secrets = parsed?.secrets && typeof parsed.secrets === 'object' ? parsed.secrets : {};
    return Object.fromEntries(Object.entries(secrets).filter(([, v]) => isStoredSecret(v)));
  } catch (error) {
    // Keep the damaged file for inspection rather than overwrite it; the desk starts signed out.
    const aside = `${path}.damaged-${Date.now()}`;
    renameSync(path, aside);
    logger?.error('secrets file was damaged and moved aside', { file: aside, error: String(error) });
    return {};
  }
}

function isStoredSecret(value: unknown): value is StoredSecret {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (v.enc === 'safe-storage' || v.enc === 'none') && typeof v.data === 'string';
}
