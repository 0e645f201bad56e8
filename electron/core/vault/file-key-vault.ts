// Core (plain Node): the secret vault for the web host and the CLI, where Electron's safeStorage
// (the OS keychain) is not available. Secrets are AES-256-GCM encrypted in `secrets.enc` with a
// random key kept in `vault.key`, both owner-only (0600). This is weaker than the keychain: anyone
// who can read the data folder as this user can decrypt. The README and the status say so.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretVault } from '../ports';
import { ensurePrivateDir, tightenExisting } from '../privacy/private-files';

const KEY_FILE = 'vault.key';
const DATA_FILE = 'secrets.enc';

export function createFileKeyVault(dir: string): SecretVault {
  ensurePrivateDir(dir);
  tightenExisting([join(dir, KEY_FILE), join(dir, DATA_FILE)]);
  const key = loadOrCreateKey(join(dir, KEY_FILE));
  const dataPath = join(dir, DATA_FILE);
  let secrets = readSecrets(dataPath, key);

  const persist = () => {
    const tmp = `${dataPath}.tmp`;
    writeFileSync(tmp, encrypt(JSON.stringify(secrets), key), { mode: 0o600 });
    renameSync(tmp, dataPath); // atomic: a crash leaves the old file or the new one, never half
    chmodSync(dataPath, 0o600);
  };

  return {
    protection: 'file-key',
    get: (k) => secrets[k],
    set(k, secret) {
      secrets = { ...secrets, [k]: secret };
      persist();
    },
    delete(k) {
      if (!(k in secrets)) return;
      const { [k]: _gone, ...rest } = secrets;
      secrets = rest;
      persist();
    },
    clear() {
      secrets = {};
      rmSync(dataPath, { force: true });
    },
  };
}

function loadOrCreateKey(path: string): Buffer {
  if (existsSync(path)) {
    const key = readFileSync(path);
    if (key.length === 32) return key;
    throw new Error(`The vault key file ${path} is damaged (wrong length).`);
  }
  const key = randomBytes(32);
  writeFileSync(path, key, { mode: 0o600 });
  return key;
}

function encrypt(plain: string, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function readSecrets(path: string, key: Buffer): Record<string, string> {
  if (!existsSync(path)) return {};
  const raw = readFileSync(path);
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  const parsed: unknown = JSON.parse(plain);
  if (!parsed || typeof parsed !== 'object') return {};
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;
}
