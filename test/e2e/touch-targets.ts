// E2E support (browser-side measure): every visible control a finger can hit, and the ones smaller
// than 44 × 44 CSS px. A native checkbox or radio counts by its label, which is what is tapped.
import type { Page } from '@playwright/test';

export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

export async function smallTouchTargets(
  page: Page,
  min = 44,
): Promise<{ measured: number; small: SmallTarget[] }> {
  return page.evaluate((min) => {
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"], [role="option"], [role="switch"]';
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const small: { what: string; width: number; height: number }[] = [];
    let measured = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const input = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
      const target = input ? (el.closest('label') ?? el) : el;
      if (!visible(target)) continue;
      measured++;
      const r = target.getBoundingClientRect();
      if (r.width + 0.5 < min || r.height + 0.5 < min) {
        const name = el.getAttribute('aria-label') ?? target.textContent?.trim().slice(0, 40) ?? '';
        small.push({
          what: `${el.tagName.toLowerCase()} "${name}"`,
          width: Math.round(r.width),
          height: Math.round(r.height),
        });
      }
    }
    return { measured, small };
  }, min);
}
