// Renderer (pure) tests: counts through i18next plurals, with numbers in the language's own digits.
import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';

describe('counted messages', () => {
  it('picks one or many, and groups digits as the language does', () => {
    const en = createI18n('en');
    const de = createI18n('de');
    expect(en.t('search:results.count', { count: 1, query: 'ann' })).toBe('1 result for “ann”');
    expect(en.t('search:results.count', { count: 1234, query: 'ann' })).toBe('1,234 results for “ann”');
    expect(de.t('search:results.count', { count: 1234, query: 'ann' })).toBe('1.234 Treffer für „ann“');
    expect(en.t('kiosk:result.usesLeft', { count: 1 })).toBe('1 use left on your pass');
    expect(de.t('kiosk:result.usesLeft', { count: 3 })).toBe('Noch 3 Besuche auf Ihrer Karte');
  });
});
