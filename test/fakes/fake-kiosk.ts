// Test double (browser or Node): the `kiosk:` calls of the fake window.frontdesk, in memory. The
// PIN is kept in plain text here (a fake holds no real secret); 5 wrong tries lock it for 5 minutes.
import type { KioskExitResult, KioskSetPinResult, KioskState } from '../../shared/domain/kiosk';
import type { Result } from '../../shared/ipc/result';

const TRIES = 5;
const LOCK_MS = 5 * 60_000;

export function createFakeKiosk(now: () => Date, changed: (state: KioskState) => void) {
  let mode: KioskState['mode'] = 'desk';
  let pin: string | null = null;
  let failures = 0;
  let lockedUntil: number | null = null;
  let startAtLogin = false;

  const locked = () => lockedUntil !== null && now().getTime() < lockedUntil;
  const state = (): KioskState => ({
    mode,
    pinSet: pin !== null,
    retryAt: locked() ? new Date(lockedUntil!).toISOString() : null,
    idleSeconds: 45,
    startAtLogin,
  });
  const check = (attempt: string) => {
    if (locked()) return { outcome: 'lockedOut', retryAt: new Date(lockedUntil!).toISOString() } as const;
    if (attempt === pin) return ((failures = 0), null);
    failures += 1;
    if (failures < TRIES) return { outcome: 'wrongPin', triesLeft: TRIES - failures } as const;
    failures = 0;
    lockedUntil = now().getTime() + LOCK_MS;
    return { outcome: 'lockedOut', retryAt: new Date(lockedUntil).toISOString() } as const;
  };
  const ok = <T>(value: T): Result<T> => ({ ok: true, value });
  const notConfigured: Result<never> = {
    ok: false,
    error: { code: 'NOT_CONFIGURED', message: 'Set a staff PIN first.' },
  };

  return {
    state: () => ok(state()),
    setPin(input: { pin: string; currentPin?: string }): Result<KioskSetPinResult> {
      if (!/^[0-9]{4,8}$/.test(input.pin))
        return { ok: false, error: { code: 'BAD_INPUT', message: 'The staff PIN must be 4 to 8 digits.' } };
      const refused = pin === null ? null : check(input.currentPin ?? '');
      if (refused) return ok(refused);
      pin = input.pin;
      changed(state());
      return ok({ outcome: 'pinSet', state: state() });
    },
    enter(): Result<KioskState> {
      if (pin === null) return notConfigured;
      mode = 'kiosk';
      changed(state());
      return ok(state());
    },
    exit(input: { pin: string }): Result<KioskExitResult> {
      if (pin === null) return notConfigured;
      const refused = check(input.pin);
      if (refused) return ok(refused);
      mode = 'desk';
      changed(state());
      return ok({ outcome: 'exited', state: state() });
    },
    setStartAtLogin(input: { enabled: boolean }): Result<KioskState> {
      startAtLogin = input.enabled;
      changed(state());
      return ok(state());
    },
  };
}
