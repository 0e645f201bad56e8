// Test support (Node + the page's window.frontdesk): clock times as the desk writes them on screen.
import type { Page } from '@playwright/test';

/**
 * Each instant's "18:00" or "6:00 PM", as renderer/src/lib/format.ts writes it: in the venue's
 * locale and zone (`app:venue`), not the page's or this process's. Tests that name a row or a
 * radio by its time must use this, or they pass only where the two locales happen to agree.
 */
export async function venueTimeLabels(page: Page, instants: readonly string[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const venue = await window.frontdesk!.app.venue();
    if (!venue.ok) throw new Error(venue.error.message);
    const f = new Intl.DateTimeFormat(venue.value.locale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: venue.value.timeZone,
    });
    return list.map((iso) => f.format(new Date(iso)));
  }, instants);
}
