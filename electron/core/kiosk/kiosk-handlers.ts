// Core (plain Node): the `kiosk:` calls. The mode, the staff PIN's hash and its lock-out live in the
// core's settings; the renderer learns only the mode, whether a PIN is set, and outcomes with times.
import type { KioskState, PinCheck } from '../../../shared/domain/kiosk';
import { CoreError } from '../../../shared/ipc/core-error';
import type { DomainHandlers } from '../ipc/handler-map';
import type { Clock, Logger } from '../ports';
import type { KioskStore } from './kiosk-store';
import { afterRightPin, afterWrongPin, DEFAULT_PIN_LOCKOUT, pinGate } from './pin-lockout';
import { assertValidPin, hashStaffPin, verifyStaffPin, type StaffPinHash } from './staff-pin';

export interface KioskHandlerDeps {
  kiosk: KioskStore;
  clock: Clock;
  logger: Logger;
  /** Pushes `kiosk:changed`. */
  changed(state: KioskState): void;
}

/** A PIN check that did not pass. */
type Refusal = PinCheck<never>;

export function kioskState(kiosk: KioskStore, now: number): KioskState {
  const { mode, pin, lockout, idleSeconds, startAtLogin } = kiosk.read();
  const gate = pinGate(lockout, now);
  return {
    mode,
    pinSet: pin !== null,
    retryAt: gate.open ? null : iso(gate.retryAt),
    idleSeconds,
    startAtLogin,
  };
}

/** Switches to kiosk mode; refused without a PIN, which is the only way back out. */
export function enterKioskMode(kiosk: KioskStore, logger: Logger): void {
  if (kiosk.read().pin === null)
    throw new CoreError(
      'NOT_CONFIGURED',
      'Set a staff PIN first: it is the only way back out of kiosk mode.',
    );
  if (kiosk.read().mode === 'kiosk') return;
  kiosk.update({ mode: 'kiosk' });
  logger.info('kiosk mode entered');
}

export function kioskHandlers(
  d: KioskHandlerDeps,
): DomainHandlers<'kiosk:state' | 'kiosk:setPin' | 'kiosk:enter' | 'kiosk:exit' | 'kiosk:setStartAtLogin'> {
  const now = () => d.clock.now().getTime();
  const state = () => kioskState(d.kiosk, now());
  const announce = () => {
    const s = state();
    d.changed(s);
    return s;
  };
  // One PIN check at a time: parallel tries would each read the lock-out before any was counted,
  // and so get far more than 5 guesses per lock-out.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T> | T): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  /** The gate first (no hashing while locked), then the hash; null when the PIN is right. */
  async function checkPin(attempt: string, stored: StaffPinHash): Promise<Refusal | null> {
    const at = now();
    const gate = pinGate(d.kiosk.read().lockout, at);
    if (!gate.open) return { outcome: 'lockedOut', retryAt: iso(gate.retryAt) };
    if (await verifyStaffPin(attempt, stored)) {
      d.kiosk.update({ lockout: afterRightPin() });
      return null;
    }
    const lockout = d.kiosk.update({ lockout: afterWrongPin(d.kiosk.read().lockout, at) }).lockout;
    if (lockout.lockedUntil === null) {
      d.logger.warn('wrong staff PIN', { failures: lockout.failures });
      return { outcome: 'wrongPin', triesLeft: DEFAULT_PIN_LOCKOUT.triesPerLockout - lockout.failures };
    }
    d.logger.warn('staff PIN locked after too many wrong tries', { until: iso(lockout.lockedUntil) });
    announce();
    return { outcome: 'lockedOut', retryAt: iso(lockout.lockedUntil) };
  }

  return {
    'kiosk:state': () => state(),
    'kiosk:setPin': (input) =>
      serial(async () => {
        // Checked before the current PIN, so a typo in the new one costs no try.
        assertValidPin(input.pin);
        const stored = d.kiosk.read().pin;
        if (stored) {
          if (input.currentPin === undefined)
            throw new CoreError('BAD_INPUT', 'Enter the current staff PIN to change it.');
          const refused = await checkPin(input.currentPin, stored);
          if (refused) return refused;
        }
        d.kiosk.update({ pin: await hashStaffPin(input.pin) });
        d.logger.info(stored ? 'staff PIN changed' : 'staff PIN set');
        return { outcome: 'pinSet', state: announce() };
      }),
    'kiosk:enter': () =>
      serial(() => {
        const was = d.kiosk.read().mode;
        enterKioskMode(d.kiosk, d.logger);
        return was === 'kiosk' ? state() : announce();
      }),
    'kiosk:exit': ({ pin: attempt }) =>
      serial(async () => {
        const stored = d.kiosk.read().pin;
        if (!stored) throw new CoreError('NOT_CONFIGURED', 'No staff PIN is set on this device.');
        const refused = await checkPin(attempt, stored);
        if (refused) return refused;
        if (d.kiosk.read().mode === 'desk') return { outcome: 'exited', state: state() };
        d.kiosk.update({ mode: 'desk' });
        d.logger.info('kiosk mode left with the staff PIN');
        return { outcome: 'exited', state: announce() };
      }),
    'kiosk:setStartAtLogin': ({ enabled }) =>
      serial(() => {
        if (d.kiosk.read().startAtLogin === enabled) return state();
        d.kiosk.update({ startAtLogin: enabled });
        d.logger.info(enabled ? 'start at login turned on' : 'start at login turned off');
        return announce();
      }),
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
