// E2E support (Chromium page): a demo customer to scan, found through the contract from the
// deterministic demo seed (never by a hard-coded id): one whose e-mail finds them alone and who
// holds at least one pass, so their id, a pass's id and their e-mail each name only them.
import { expect, type Page } from '@playwright/test';

export interface ScanTarget {
  id: string;
  name: string;
  email: string;
  passId: string;
}

export async function findScanTarget(page: Page): Promise<ScanTarget> {
  await expect(page.locator('[data-freshness="fresh"]')).toBeVisible({ timeout: 45_000 });
  const target = await page.evaluate(async () => {
    const api = window.frontdesk!;
    for (const q of ['an', 'ar', 'el', 'ma', 'li', 'on']) {
      const r = await api.customers.search({ query: q, limit: 100 });
      if (!r.ok) throw new Error(r.error.message);
      for (const hit of r.value) {
        const pass = hit.passes[0];
        if (hit.kind !== 'customer' || !hit.email || !pass) continue;
        const byEmail = await api.customers.search({ query: hit.email, limit: 5 });
        if (!byEmail.ok || byEmail.value.length !== 1) continue;
        return { id: hit.id, name: hit.name, email: hit.email, passId: pass.id };
      }
    }
    return null;
  });
  if (!target) throw new Error('no demo customer with a pass and an e-mail of their own');
  return target;
}
