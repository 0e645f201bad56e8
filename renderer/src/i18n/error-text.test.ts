// Renderer (pure) tests: a failed call reads in the screen's language. English shows the core's
// own, most specific sentence; German shows the code's German sentence, for every code there is.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/ipc/result';
import { errorTextWith } from './error-text';
import { createI18n } from './i18n';

describe('error text', () => {
  const en = createI18n('en');
  const de = createI18n('de');

  it("English screens show the core's message as it came", () => {
    const error = {
      code: 'UNAUTHORIZED' as const,
      message: 'Reservie refused the API key for studio.example.',
    };
    expect(errorTextWith(en.getFixedT('en', 'common'), 'en', error)).toBe(error.message);
  });

  it('German screens say every code in German, never the English message', () => {
    for (const code of ERROR_CODES) {
      const error = { code, message: `The English words for ${code}.` };
      const text = errorTextWith(de.getFixedT('de', 'common'), 'de', error);
      expect(text, code).not.toBe(error.message);
      expect(text, code).not.toBe(`errors.${code}`);
      expect(text, code).not.toBe(en.getFixedT('en', 'common')(`errors.${code}`));
    }
    expect(
      errorTextWith(de.getFixedT('de', 'common'), 'de', {
        code: 'OFFLINE',
        message: 'Could not reach Reservie.',
      }),
    ).toMatch(/nicht erreichbar/);
  });

  it('an English screen with no message from the core still says something', () => {
    expect(errorTextWith(en.getFixedT('en', 'common'), 'en', { code: 'BUSY', message: '' })).toBe(
      'Something else is running. Try again in a moment.',
    );
  });
});
