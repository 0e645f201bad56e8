// Electron main adapter (tested in plain Node with a fake safeStorage): protection mapping (S8),
// round trips, file mode and what lands on disk.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSafeStorageVault,
  protectionOf,
  SECRETS_FILE,
  type SafeStorageLike,
} from './safe-storage-vault';
import { createAppStatus } from '../../core/app/app-status';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/** A reversible stand-in for OS encryption: enough to tell ciphertext from plain text on disk. */
function fakeSafeStorage(available = true, backend: Backend = 'gnome_libsecret') {
  const state = { available, backend, failDecrypt: false };
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  const safeStorage: SafeStorageLike = {
    isEncryptionAvailable: () => state.available,
    getSelectedStorageBackend: () => state.backend,
    encryptString: (plain) => {
      if (!state.available) throw new Error('Encryption is not available.');
      return Buffer.concat([Buffer.from('v11'), xor(Buffer.from(plain, 'utf8'))]);
    },
    decryptString: (cipher) => {
      if (state.failDecrypt)
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return xor(cipher.subarray(3)).toString('utf8');
    },
  };
  return { safeStorage, state };
}

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'frontdesk-vault-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('protectionOf (S8)', () => {
  it.each([
    ['linux', true, 'gnome_libsecret', 'os-keychain'],
    ['linux', true, 'kwallet5', 'os-keychain'],
    ['linux', true, 'kwallet6', 'os-keychain'],
    ['linux', true, 'basic_text', 'plain-text'],
    ['linux', true, 'unknown', 'plain-text'],
    ['linux', false, 'gnome_libsecret', 'plain-text'],
    ['darwin', true, 'unknown', 'os-keychain'],
    ['win32', true, 'unknown', 'os-keychain'],
    ['darwin', false, 'unknown', 'plain-text'],
  ] as const)('%s, available=%s, backend %s → %s', (platform, available, backend, expected) => {
    expect(protectionOf(fakeSafeStorage(available, backend).safeStorage, platform)).toBe(expected);
  });

  it('does not ask for the Linux backend on other platforms', () => {
    const { safeStorage } = fakeSafeStorage();
    safeStorage.getSelectedStorageBackend = () => {
      throw new Error('linux only');
    };
    expect(protectionOf(safeStorage, 'darwin')).toBe('os-keychain');
  });
});

describe('createSafeStorageVault', () => {
  it('reports its protection honestly, including basic_text on Linux', () => {
    expect(createSafeStorageVault(dir, fakeSafeStorage().safeStorage, { platform: 'linux' }).protection).toBe(
      'os-keychain',
    );
    const basic = fakeSafeStorage(true, 'basic_text').safeStorage;
    expect(createSafeStorageVault(dir, basic, { platform: 'linux' }).protection).toBe('plain-text');
  });

  it('on Linux with basic_text, the status every window shows says the credentials are not protected (S8)', () => {
    const status = (vault: ReturnType<typeof createSafeStorageVault>) =>
      createAppStatus({
        version: '1',
        protection: vault.protection,
        mode: () => 'live',
        backends: () => [],
        unsent: () => 0,
      })();
    const basic = createSafeStorageVault(dir, fakeSafeStorage(true, 'basic_text').safeStorage, {
      platform: 'linux',
    });
    expect(status(basic)).toMatchObject({
      secretProtection: 'plain-text',
      secretProtectionWarning: expect.stringMatching(/no keychain.*without real protection/),
    });
    const keyring = createSafeStorageVault(dir, fakeSafeStorage().safeStorage, { platform: 'linux' });
    expect(status(keyring)).toMatchObject({ secretProtection: 'os-keychain', secretProtectionWarning: null });
  });

  it('round-trips secrets across instances, owner-only, never in plain text on disk', () => {
    const { safeStorage } = fakeSafeStorage();
    const vault = createSafeStorageVault(dir, safeStorage, { platform: 'linux' });
    vault.set('reservie.apiSecret', 'sk_live_TOPSECRET');
    vault.set('resmark.apiKey', 'rk_SECOND');
    const file = join(dir, SECRETS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk).not.toContain('TOPSECRET');
    expect(onDisk).not.toContain(Buffer.from('sk_live_TOPSECRET').toString('base64'));
    expect(JSON.parse(onDisk)).toMatchObject({
      version: 1,
      secrets: { 'reservie.apiSecret': { enc: 'safe-storage' } },
    });

    const again = createSafeStorageVault(dir, safeStorage, { platform: 'linux' });
    expect(again.get('reservie.apiSecret')).toBe('sk_live_TOPSECRET');
    expect(again.get('resmark.apiKey')).toBe('rk_SECOND');
    expect(again.get('missing')).toBeUndefined();
    expect(again.get('constructor')).toBeUndefined();
    expect(again.get('__proto__')).toBeUndefined();
    expect(readdirSync(dir)).toEqual([SECRETS_FILE]); // no tmp file left behind
  });

  it('deletes one secret, and clears all', () => {
    const { safeStorage } = fakeSafeStorage();
    const vault = createSafeStorageVault(dir, safeStorage);
    vault.set('a', '1');
    vault.set('b', '2');
    vault.delete('a');
    vault.delete('never-there');
    expect(createSafeStorageVault(dir, safeStorage).get('a')).toBeUndefined();
    expect(createSafeStorageVault(dir, safeStorage).get('b')).toBe('2');
    vault.clear();
    expect(existsSync(join(dir, SECRETS_FILE))).toBe(false);
    expect(vault.get('b')).toBeUndefined();
  });

  it('without any encryption still works, says plain-text, and marks entries as unencrypted', () => {
    const { safeStorage } = fakeSafeStorage(false);
    const vault = createSafeStorageVault(dir, safeStorage, { platform: 'linux' });
    expect(vault.protection).toBe('plain-text');
    vault.set('k', 'value');
    expect(createSafeStorageVault(dir, safeStorage).get('k')).toBe('value');
    expect(JSON.parse(readFileSync(join(dir, SECRETS_FILE), 'utf8')).secrets.k.enc).toBe('none');
  });

  it('returns undefined (not a crash) when the keyring can no longer decrypt', () => {
    const { safeStorage, state } = fakeSafeStorage();
    createSafeStorageVault(dir, safeStorage).set('k', 'value');
    state.failDecrypt = true;
    expect(createSafeStorageVault(dir, safeStorage).get('k')).toBeUndefined();
  });

  it('moves a damaged secrets file aside and starts empty', () => {
    writeFileSync(join(dir, SECRETS_FILE), '{not json');
    const vault = createSafeStorageVault(dir, fakeSafeStorage().safeStorage);
    expect(vault.get('k')).toBeUndefined();
    expect(readdirSync(dir).some((f) => f.startsWith(`${SECRETS_FILE}.damaged-`))).toBe(true);
  });

  it('ignores malformed entries', () => {
    const secrets = {
      good: { enc: 'none', data: Buffer.from('ok').toString('base64') },
      bad: { enc: 'rot13' },
      worse: 3,
    };
    writeFileSync(join(dir, SECRETS_FILE), JSON.stringify({ version: 1, secrets }));
    const vault = createSafeStorageVault(dir, fakeSafeStorage().safeStorage);
    expect(vault.get('good')).toBe('ok');
    expect(vault.get('bad')).toBeUndefined();
    expect(vault.get('worse')).toBeUndefined();
  });
});
