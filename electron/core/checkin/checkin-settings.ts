// Core (pure): the venue settings the check-in rules read, checked once where they come in.
import { z } from 'zod';
import { assertTimeZone } from './venue-time';

const minutes = (max: number) => z.number().int().min(0).max(max);

export const CheckInSettings = z
  .object({
    /** IANA zone every time on screen is given in, e.g. Europe/London (reservie.md §10.13). */
    timeZone: z
      .string()
      .min(1)
      .superRefine((tz, ctx) => {
        try {
          assertTimeZone(tz);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    /** Reservie: the check-in window opens this long before a session starts. */
    reservieOpensMinutesBefore: minutes(24 * 60).default(60),
    /** Reservie: and closes this long after it ends (0: at its end). */
    reservieClosesMinutesAfterEnd: minutes(24 * 60).default(0),
    /** Resmark: how early and how late check-in is allowed around a departure (its Settings > Check-In). */
    resmarkMinutesBefore: minutes(24 * 60).default(60),
    resmarkMinutesAfter: minutes(24 * 60).default(30),
  })
  .strict();
export type CheckInSettings = z.output<typeof CheckInSettings>;
export type CheckInSettingsInput = z.input<typeof CheckInSettings>;

/** Settings as stored, with defaults filled in; throws a RangeError naming each bad field. */
export function parseCheckInSettings(raw: unknown): CheckInSettings {
  const parsed = CheckInSettings.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    const field = i.path.length > 0 ? i.path.join('.') : 'settings';
    const keys = 'keys' in i && Array.isArray(i.keys) ? ` (${i.keys.join(', ')})` : '';
    return `${field}${keys}: ${i.message}`;
  });
  throw new RangeError(`Check-in settings are not valid: ${problems.join('; ')}`);
}

/** How long after a check-in staff may still undo it (the issue: "Undo within 5 minutes"). */
export const UNDO_WINDOW_MS = 5 * 60 * 1000;
