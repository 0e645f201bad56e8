// Shared (pure TS): kiosk mode as the renderer sees it. Only outcomes and times cross the bridge:
// the staff PIN's hash and salt stay in the core's settings file.
import { z } from 'zod';
import type { UiMode } from '../ipc/channels';

/** What `kiosk:state` answers, and the payload of the `kiosk:changed` event. */
export interface KioskState {
  /** The app's mode now (persisted: it survives a restart). */
  mode: UiMode;
  /** Whether a staff PIN is set; kiosk mode can be entered only then. */
  pinSet: boolean;
  /** ISO time the PIN opens again after too many wrong tries; null when it is not locked. */
  retryAt: string | null;
  /**
   * Seconds without a touch or a key before the kiosk goes back to its start screen and forgets the
   * guest (`kiosk.idleSeconds` in settings.json, 10 to 600; 45 when not set).
   */
  idleSeconds: number;
  /** Whether the desktop app opens when this computer's user logs in (staff's setting). */
  startAtLogin: boolean;
}

/**
 * How a PIN check ended. A wrong or locked PIN is an expected answer at a kiosk, not a failure, so
 * it is a value the screen switches on; `triesLeft` counts down to the next lock-out.
 */
export type PinCheck<Done> =
  Done | { outcome: 'wrongPin'; triesLeft: number } | { outcome: 'lockedOut'; retryAt: string };

export type KioskExitResult = PinCheck<{ outcome: 'exited'; state: KioskState }>;
export type KioskSetPinResult = PinCheck<{ outcome: 'pinSet'; state: KioskState }>;

/** An attempt is bounded but not shape-checked here: a malformed PIN is simply wrong and counts as a try. */
const PinAttempt = z.string().max(64);

export const KioskSetPin = z
  .object({
    /** 4 to 8 digits; the core explains anything else. */
    pin: z.string().max(64),
    /** Needed when a PIN is already set. */
    currentPin: PinAttempt.optional(),
  })
  .strict();
export type KioskSetPin = z.infer<typeof KioskSetPin>;

export const KioskExit = z.object({ pin: PinAttempt }).strict();
export type KioskExit = z.infer<typeof KioskExit>;

/** Staff's "start at login" switch (desk only). */
export const KioskStartAtLogin = z.object({ enabled: z.boolean() }).strict();
export type KioskStartAtLogin = z.infer<typeof KioskStartAtLogin>;
