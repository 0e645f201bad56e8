// Electron main (plain Node): the out-of-order page is static, self-contained and passes its own
// strict CSP: no script, nothing fetched, its one inline style allowed by an up-to-date hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import packaging from '../../../electron-builder.json';
import { VENUE_LANGUAGES } from '../../../shared/domain/venue';
import { outOfOrderPagePath } from './out-of-order-page';

const html = readFileSync(outOfOrderPagePath(process.cwd()), 'utf8');

describe('resources/out-of-order.html', () => {
  it("allows its style by hash and nothing else (default-src 'none')", () => {
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
  });

  it('has no script, no external resource and tells the guest to see the desk', () => {
    expect(html).not.toMatch(/<script|\son\w+=|javascript:|<link|<img|<iframe|src=|href=/i);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/Out of order/);
    expect(html).toMatch(/Please see the desk/);
  });

  it('has the sign in every language the app speaks, each under its own language tag', () => {
    for (const language of VENUE_LANGUAGES)
      expect(html).toContain(`<main id="${language}" lang="${language}">`);
    expect(html).toMatch(/Außer Betrieb/);
    expect(html).toMatch(/Bitte wenden Sie sich an den Empfang/);
  });

  it('is packaged', () => {
    expect(packaging.files).toContain('resources/out-of-order.html');
  });
});
