// Renderer (pure) tests: reading a language tag to one we have.
import { describe, expect, it } from 'vitest';
import { isLanguage, nearestLanguage } from './languages';

describe('languages', () => {
  it('maps a regional tag to its language, and anything unknown to English', () => {
    expect(nearestLanguage('de-AT')).toBe('de');
    expect(nearestLanguage('en_GB')).toBe('en');
    expect(nearestLanguage('fr-FR')).toBe('en');
    expect(nearestLanguage(undefined)).toBe('en');
    expect(isLanguage('de')).toBe(true);
    expect(isLanguage('DE')).toBe(false);
  });
});
