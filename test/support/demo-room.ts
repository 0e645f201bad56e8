// Test support (Node + the page's window.frontdesk): places left per session around today, as the
// server says (spacesAvailable) and as the desk counts them (capacity less confirmed places). A
// walk-in needs one: the desk refuses a walk-in to a full session, and demo classes often are.
import type { Page } from '@playwright/test';

export async function placesLeft(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const day = 24 * 60 * 60 * 1000;
    const listed = await window.frontdesk!.sessions.list({
      from: new Date(Date.now() - day).toISOString(),
      to: new Date(Date.now() + day).toISOString(),
    });
    if (!listed.ok) throw new Error(listed.error.message);
    return Object.fromEntries(
      listed.value.map((s) => [
        s.id,
        Math.max(0, Math.min(s.spacesAvailable ?? 0, s.capacity === null ? Infinity : s.capacity - s.booked)),
      ]),
    );
  });
}
