// Core (plain Node): the staff PIN that lets staff leave kiosk mode, as a salted slow hash.
// The core alone checks it (a future `kiosk:exit`-style handler calls verifyStaffPin after
// pin-lockout's pinLockStatus says it may); neither the PIN's hash nor its salt is ever returned
// to the renderer, which only learns "right", "wrong" or "locked until".
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { CoreError } from '../../../shared/ipc/core-error';

/**
 * scrypt cost: N = 2^15, r = 8, p = 1 (OWASP's minimum for scrypt; about 32 MiB and some tens of
 * milliseconds per check). A 4–8 digit PIN has at most 10^8 values, so the hash alone cannot
 * stop an attacker who has copied the settings file; its job is to make that slow, while the
 * lock-out (pin-lockout.ts) is what stops guessing at the kiosk itself.
 */
export const PIN_SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

/** What the core persists in settings: the parameters travel with the hash, so they can be raised later. */
export interface StaffPinHash {
  algorithm: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

const PIN_FORMAT = /^[0-9]{4,8}$/;

/** Throws BAD_INPUT with a staff-readable sentence unless the PIN is 4 to 8 digits. */
export function assertValidPin(pin: unknown): asserts pin is string {
  if (typeof pin !== 'string' || !PIN_FORMAT.test(pin)) {
    throw new CoreError('BAD_INPUT', 'The staff PIN must be 4 to 8 digits (0–9), nothing else.');
  }
}

export async function hashStaffPin(pin: string): Promise<StaffPinHash> {
  assertValidPin(pin);
  const { N, r, p, saltLength } = PIN_SCRYPT;
  const salt = randomBytes(saltLength);
  const hash = await derive(pin, salt, { N, r, p });
  return { algorithm: 'scrypt', N, r, p, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/**
 * True only for the PIN that was hashed. A malformed attempt is simply wrong (it still counts as a
 * try for the lock-out), and a stored record with absurd parameters (a tampered settings file
 * asking for gigabytes) is refused rather than computed.
 */
export async function verifyStaffPin(attempt: string, stored: StaffPinHash): Promise<boolean> {
  if (!PIN_FORMAT.test(attempt) || !plausible(stored)) return false;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(attempt, Buffer.from(stored.salt, 'base64'), stored, expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function plausible(stored: StaffPinHash): boolean {
  const power = Math.log2(stored.N);
  return (
    stored.algorithm === 'scrypt' &&
    Number.isInteger(power) &&
    power >= 14 &&
    power <= 20 &&
    stored.r >= 8 &&
    stored.r <= 16 &&
    stored.p >= 1 &&
    stored.p <= 4 &&
    Buffer.from(stored.hash, 'base64').length >= 16
  );
}

function derive(
  pin: string,
  salt: Buffer,
  cost: Pick<ScryptOptions, 'N' | 'r' | 'p'>,
  keyLength: number = PIN_SCRYPT.keyLength,
): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly N = 2^15, r = 8 and fails.
  const maxmem = 256 * (cost.N ?? 0) * (cost.r ?? 0);
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, keyLength, { ...cost, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
