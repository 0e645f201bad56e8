// Renderer (pure) tests: the desk's own screens have no English left when German is on. catalog.test.ts
// checks that German has every key; this checks each German text is a translation, not a copy.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

/** The namespaces of the desk's shell and screens, the kiosk's, and the shared words. */
const NAMESPACES = [
  'app',
  'home',
  'sessions',
  'setup',
  'status',
  'sync',
  'outbox',
  'display',
  'kiosk',
  'checkin',
  'said',
  'search',
  'ui',
  'common',
] as const;

/** Words German uses as they are: brand names and loan words a German front desk says too. */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
  'Online',
  'Offline',
  'Details',
  'Server',
  'Demo',
  'Check-in',
]);

/** Each language is named in itself on every screen ("Deutsch" for a German guest at an English kiosk). */
const NAMED_IN_THEMSELVES: ReadonlySet<string> = new Set(LANGUAGES.map((l) => `common:language.${l}`));

/** Short English words that never belong in a German sentence (found copied, half-translated text). */
const ENGLISH_WORDS =
  /\b(the|and|is|are|was|to|of|with|your|you|not|this|it|on|from|for|has|have|can't|couldn't|left|sent|now)\b/i;

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** What a reader sees of a text: without {{placeholders}}, <tags> and the commands shown in <code>. */
const words = (text: string): string =>
  text
    .replace(/<code>.*?<\/code>/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/<\/?\w+>/g, ' ')
    .trim();

describe('German on the desk screens', () => {
  for (const ns of NAMESPACES) {
    const english = new Map(leaves(resources.en[ns] as Tree));
    const german = leaves(resources.de[ns] as Tree);

    it(`${ns}: every text with words is translated, apart from words German shares`, () => {
      const copied = german.filter(([key, text]) => {
        const shown = words(text);
        if (!/\p{L}/u.test(shown)) return false;
        if (NAMED_IN_THEMSELVES.has(`${ns}:${key}`)) return false;
        return text === english.get(key) && !SAME_IN_BOTH.has(shown);
      });
      expect(copied.map(([key]) => `${ns}:${key}`)).toEqual([]);
    });

    it(`${ns}: no German text carries English words`, () => {
      const mixed = german.filter(([, text]) => ENGLISH_WORDS.test(words(text)));
      expect(mixed.map(([key, text]) => `${ns}:${key} = ${text}`)).toEqual([]);
    });
  }

  it('catches a copied text (the check can fail)', () => {
    const shown = words('Sign out of {{product}}');
    expect(ENGLISH_WORDS.test(shown)).toBe(true);
    expect(SAME_IN_BOTH.has(shown)).toBe(false);
  });
});
