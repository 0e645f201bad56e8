// Core (plain Node): the staff PIN lock-out sequence on a fake clock (K5).
import { describe, expect, it } from 'vitest';
import {
  afterRightPin,
  afterWrongPin,
  lockoutMs,
  OPEN_PIN_LOCKOUT,
  parsePinLockoutState,
  pinGate,
  type PinLockoutState,
} from './pin-lockout';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Five wrong PINs, one second apart, starting at `at`, as the core would record them. */
function fiveWrong(state: PinLockoutState, at: number): PinLockoutState {
  for (let i = 0; i < 5; i++) {
    expect(pinGate(state, at + i * 1000)).toEqual({ open: true });
    state = afterWrongPin(state, at + i * 1000);
  }
  return state;
}

describe('PIN lock-out', () => {
  it('locks for 5 minutes after 5 wrong tries, then 10, then 20', () => {
    let state = OPEN_PIN_LOCKOUT;
    for (let i = 0; i < 4; i++) state = afterWrongPin(state, i * 1000);
    expect(pinGate(state, 4000)).toEqual({ open: true });
    state = afterWrongPin(state, 4000);
    expect(pinGate(state, 4000)).toEqual({ open: false, retryAt: 4000 + 5 * MINUTE });
    expect(pinGate(state, 4000 + 5 * MINUTE - 1).open).toBe(false);
    expect(pinGate(state, 4000 + 5 * MINUTE).open).toBe(true);

    const second = fiveWrong(state, 10 * MINUTE);
    expect(pinGate(second, 10 * MINUTE + 4000)).toEqual({
      open: false,
      retryAt: 10 * MINUTE + 4000 + 10 * MINUTE,
    });

    const third = fiveWrong(second, HOUR);
    expect(pinGate(third, HOUR + 4000)).toEqual({ open: false, retryAt: HOUR + 4000 + 20 * MINUTE });
  });

  it('does not count (or even check) tries made while locked', () => {
    const locked = fiveWrong(OPEN_PIN_LOCKOUT, 0);
    expect(afterWrongPin(locked, MINUTE)).toEqual(locked);
  });

  it('clears failures and the doubling after the right PIN', () => {
    let state = fiveWrong(fiveWrong(OPEN_PIN_LOCKOUT, 0), HOUR);
    state = afterWrongPin(state, 2 * HOUR);
    state = afterRightPin();
    expect(state).toEqual(OPEN_PIN_LOCKOUT);
    const next = fiveWrong(state, 3 * HOUR);
    expect(pinGate(next, 3 * HOUR + 4000)).toEqual({ open: false, retryAt: 3 * HOUR + 4000 + 5 * MINUTE });
  });

  it('doubles up to a 24-hour cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => lockoutMs(n) / MINUTE)).toEqual([
      5, 10, 20, 40, 80, 160, 320, 640, 1280,
    ]);
    expect(lockoutMs(10)).toBe(24 * HOUR);
    expect(lockoutMs(5000)).toBe(24 * HOUR);
  });

  it('survives a restart: the persisted JSON reads back to the same lock', () => {
    const locked = fiveWrong(OPEN_PIN_LOCKOUT, 0);
    const restored = parsePinLockoutState(JSON.parse(JSON.stringify(locked)));
    expect(restored).toEqual(locked);
    expect(pinGate(restored, MINUTE).open).toBe(false);
    expect(parsePinLockoutState('garbage')).toEqual(OPEN_PIN_LOCKOUT);
    expect(parsePinLockoutState({ failures: -3, lockouts: 1.5, lockedUntil: 'soon' })).toEqual(
      OPEN_PIN_LOCKOUT,
    );
  });
});
