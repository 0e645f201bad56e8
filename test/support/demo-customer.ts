// Test support (the page's window.frontdesk): a demo customer with passes, picked from what the desk
// has saved today, never by a fixed name. Told apart by e-mail as well as name: the demo data has
// namesakes (two Maryam Coopers on 3 December), so a card found by name alone can be either.
import type { Page } from '@playwright/test';

export interface DemoCustomer {
  name: string;
  email: string;
}

/** The first customer a search for "mar" finds who holds a pass and has an e-mail address. */
export async function demoCustomerWithPasses(page: Page): Promise<DemoCustomer> {
  const found = await page.evaluate(async () => {
    const r = await window.frontdesk!.customers.search({ query: 'mar' });
    if (!r.ok) throw new Error(r.error.message);
    const hit = r.value.find((h) => h.kind === 'customer' && h.passes.length > 0 && h.email !== null);
    return hit ? { name: hit.name, email: hit.email! } : null;
  });
  if (!found) throw new Error('no customer with a pass and an e-mail address matches "mar" in the demo data');
  return found;
}
