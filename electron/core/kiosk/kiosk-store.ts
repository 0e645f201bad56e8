// Core (plain Node): kiosk mode's persisted part of the settings: the mode, the staff PIN's hash,
// the lock-out, the idle reset and whether the app starts at login. Read defensively: the file is ours, but a damaged one must not stop the app.
import type { UiMode } from '../../../shared/ipc/channels';
import type { SettingsStore } from '../ports';
import { OPEN_PIN_LOCKOUT, parsePinLockoutState, type PinLockoutState } from './pin-lockout';
import type { StaffPinHash } from './staff-pin';
import { KIOSK_IDLE_SECONDS } from '../../../shared/domain/limits';

export interface StoredKiosk {
  mode: UiMode;
  pin: StaffPinHash | null;
  lockout: PinLockoutState;
  /** Set by the venue in settings.json; the core never changes it. */
  idleSeconds: number;
  /** Staff's choice: open Frontdesk when the computer's user logs in (the Electron host applies it). */
  startAtLogin: boolean;
}

const EMPTY: StoredKiosk = {
  mode: 'desk',
  pin: null,
  lockout: OPEN_PIN_LOCKOUT,
  idleSeconds: KIOSK_IDLE_SECONDS.default,
  startAtLogin: false,
};

export interface KioskStore {
  read(): StoredKiosk;
  update(change: Partial<StoredKiosk>): StoredKiosk;
}

/**
 * Read once, then kept in memory: the core is the file's only writer, and dispatch asks for the mode
 * on every call (electron-store would read the file each time).
 */
export function createKioskStore(settings: SettingsStore<{ kiosk?: StoredKiosk }>): KioskStore {
  let current = parseStoredKiosk(settings.get('kiosk'));
  return {
    read: () => current,
    update(change) {
      const next = { ...current, ...change };
      settings.set('kiosk', next);
      current = next;
      return next;
    },
  };
}

/** Unreadable parts fall back to desk, no PIN, open: as with the lock-out, whoever can edit this file is past the kiosk. */
export function parseStoredKiosk(raw: unknown): StoredKiosk {
  if (typeof raw !== 'object' || raw === null) return { ...EMPTY };
  const { mode, pin, lockout, idleSeconds, startAtLogin } = raw as Record<string, unknown>;
  return {
    mode: mode === 'kiosk' ? 'kiosk' : 'desk',
    pin: parsePinHash(pin),
    lockout: parsePinLockoutState(lockout),
    idleSeconds: parseIdleSeconds(idleSeconds),
    startAtLogin: startAtLogin === true,
  };
}

/** Whole seconds in range, else the default: a typo must not leave a guest's name up for an hour. */
function parseIdleSeconds(raw: unknown): number {
  const { default: fallback, min, max } = KIOSK_IDLE_SECONDS;
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max ? raw : fallback;
}

function parsePinHash(raw: unknown): StaffPinHash | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { algorithm, N, r, p, salt, hash } = raw as Record<string, unknown>;
  const numbers = [N, r, p].every((n) => typeof n === 'number');
  if (algorithm !== 'scrypt' || !numbers || typeof salt !== 'string' || typeof hash !== 'string') return null;
  return { algorithm, N: N as number, r: r as number, p: p as number, salt, hash };
}
