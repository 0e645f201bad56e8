// Core (pure): the staff PIN lock-out. After 5 wrong tries the PIN is locked for 5 minutes; each
// further lock-out (5 more wrong tries once it opens again) lasts twice as long, up to 24 hours.
// The right PIN clears everything. The state is a plain JSON object with epoch-ms times, so the
// core keeps it in settings and a restart of the kiosk does not hand out fresh tries (K5).

export interface PinLockoutState {
  /** Wrong tries since the last lock-out or the last right PIN. */
  failures: number;
  /** Lock-outs since the last right PIN: sets how long the next one lasts. */
  lockouts: number;
  /** Epoch ms until which no PIN is even checked; null when open. */
  lockedUntil: number | null;
}

export interface PinLockoutPolicy {
  triesPerLockout: number;
  firstLockoutMs: number;
  maxLockoutMs: number;
}

export const DEFAULT_PIN_LOCKOUT: PinLockoutPolicy = {
  triesPerLockout: 5,
  firstLockoutMs: 5 * 60_000,
  maxLockoutMs: 24 * 60 * 60_000,
};

export const OPEN_PIN_LOCKOUT: PinLockoutState = { failures: 0, lockouts: 0, lockedUntil: null };

export type PinGate = { open: true } | { open: false; retryAt: number };

/**
 * Whether a PIN may be checked now. Call it before verifyStaffPin: while locked, the attempt is
 * refused without hashing, so it neither costs scrypt time nor counts as a try.
 */
export function pinGate(state: PinLockoutState, now: number): PinGate {
  return state.lockedUntil !== null && now < state.lockedUntil
    ? { open: false, retryAt: state.lockedUntil }
    : { open: true };
}

/** The state after a wrong PIN was checked (the gate was open). */
export function afterWrongPin(
  state: PinLockoutState,
  now: number,
  policy: PinLockoutPolicy = DEFAULT_PIN_LOCKOUT,
): PinLockoutState {
  if (!pinGate(state, now).open) return state;
  const failures = state.failures + 1;
  if (failures < policy.triesPerLockout) return { ...state, failures, lockedUntil: null };
  const lockouts = state.lockouts + 1;
  return { failures: 0, lockouts, lockedUntil: now + lockoutMs(lockouts, policy) };
}

/** The state after the right PIN: open, with the doubling forgotten. */
export function afterRightPin(): PinLockoutState {
  return { ...OPEN_PIN_LOCKOUT };
}

/** How long the n-th lock-out in a row lasts: 5, 10, 20, 40 minutes… at most 24 hours. */
export function lockoutMs(nth: number, policy: PinLockoutPolicy = DEFAULT_PIN_LOCKOUT): number {
  // Capped exponent: 2 ** 1000 would be Infinity, and the cap is reached long before 2 ** 40.
  return Math.min(policy.firstLockoutMs * 2 ** Math.min(Math.max(nth - 1, 0), 40), policy.maxLockoutMs);
}

/**
 * Reads a persisted state back. Anything unreadable starts open: the settings file is only writable
 * by someone already at the machine's file system, past what a lock-out at the kiosk defends.
 */
export function parsePinLockoutState(raw: unknown): PinLockoutState {
  if (typeof raw !== 'object' || raw === null) return afterRightPin();
  const { failures, lockouts, lockedUntil } = raw as Record<string, unknown>;
  const count = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0);
  return {
    failures: count(failures),
    lockouts: count(lockouts),
    lockedUntil: typeof lockedUntil === 'number' && Number.isFinite(lockedUntil) ? lockedUntil : null,
  };
}
