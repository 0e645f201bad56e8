// Core (plain Node): the kiosk's saved settings over the real JSON settings file: written through,
// read back by a fresh store (a restart), and a damaged entry read as desk, no PIN, open.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsonFileSettings } from '../settings/json-file-settings';
import { createKioskStore, parseStoredKiosk, type StoredKiosk } from './kiosk-store';
import { OPEN_PIN_LOCKOUT } from './pin-lockout';

const PIN_HASH = { algorithm: 'scrypt', N: 2 ** 15, r: 8, p: 1, salt: 'c2FsdA==', hash: 'aGFzaA==' } as const;

function settingsFile() {
  const file = join(mkdtempSync(join(tmpdir(), 'frontdesk-kiosk-store-')), 'settings.json');
  const open = () => createJsonFileSettings<{ kiosk?: StoredKiosk }>(file, {});
  return { file, open };
}

describe('kiosk store', () => {
  it('starts in desk mode with no PIN, and writes each change through to the file', () => {
    const { file, open } = settingsFile();
    const store = createKioskStore(open());
    expect(store.read()).toEqual({
      mode: 'desk',
      pin: null,
      lockout: OPEN_PIN_LOCKOUT,
      idleSeconds: 45,
      startAtLogin: false,
    });
    store.update({ pin: PIN_HASH });
    store.update({ mode: 'kiosk', lockout: { failures: 2, lockouts: 1, lockedUntil: 1234 } });
    const restarted = createKioskStore(open()).read();
    expect(restarted).toEqual({
      mode: 'kiosk',
      pin: PIN_HASH,
      lockout: { failures: 2, lockouts: 1, lockedUntil: 1234 },
      idleSeconds: 45,
      startAtLogin: false,
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ kiosk: restarted });
  });

  it('reads a damaged entry as desk mode, no PIN, open', () => {
    for (const raw of [undefined, null, 'kiosk', 42, []]) {
      expect(parseStoredKiosk(raw)).toEqual({
        mode: 'desk',
        pin: null,
        lockout: OPEN_PIN_LOCKOUT,
        idleSeconds: 45,
        startAtLogin: false,
      });
    }
    expect(parseStoredKiosk({ mode: 'KIOSK', pin: { ...PIN_HASH, salt: 7 }, lockout: 'x' })).toEqual({
      mode: 'desk',
      pin: null,
      lockout: OPEN_PIN_LOCKOUT,
      idleSeconds: 45,
      startAtLogin: false,
    });
    expect(parseStoredKiosk({ mode: 'kiosk', pin: { ...PIN_HASH, algorithm: 'md5' } }).pin).toBeNull();
  });

  it("keeps the venue's idle seconds when whole and in range (10 to 600), else 45", () => {
    const idle = (idleSeconds: unknown) => parseStoredKiosk({ mode: 'kiosk', idleSeconds }).idleSeconds;
    expect([10, 30, 600].map(idle)).toEqual([10, 30, 600]);
    expect([9, 601, 30.5, '30', null, -1].map(idle)).toEqual([45, 45, 45, 45, 45, 45]);
  });
});
