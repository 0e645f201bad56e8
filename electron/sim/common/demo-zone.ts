// Simulator (plain Node): the zone the demo venues keep their wall-clock timetables in.

/** The demo studio and tour operator are in Cornwall unless told otherwise. */
export const DEFAULT_DEMO_TIME_ZONE = 'Europe/London';

/**
 * `FRONTDESK_SIM_TIME_ZONE` moves both demo venues (their classes at 07:00, their tours 09:00–17:00)
 * to another zone. The end-to-end suite uses it to run every test at the venue's late morning,
 * whatever the hour on the machine's clock: a suite started at 22:00 in London would otherwise find
 * no class or tour left today to check in to or to sell.
 */
export function demoTimeZone(): string {
  const chosen = process.env.FRONTDESK_SIM_TIME_ZONE?.trim();
  if (!chosen) return DEFAULT_DEMO_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: chosen });
  } catch {
    throw new RangeError(
      `FRONTDESK_SIM_TIME_ZONE "${chosen}" is not a time zone; use a name such as Europe/London.`,
    );
  }
  return chosen;
}
