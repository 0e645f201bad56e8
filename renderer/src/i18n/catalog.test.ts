// Renderer (pure) tests: every language has exactly the keys and placeholders English has.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from './languages';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogs', () => {
  const source = resources[SOURCE_LANGUAGE] as unknown as Record<string, Tree>;
  for (const language of LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE)) {
    const target = resources[language] as unknown as Record<string, Tree>;
    it(`${language} has every namespace and key English has, and no other`, () => {
      expect(Object.keys(target).sort()).toEqual(Object.keys(source).sort());
      for (const ns of Object.keys(source)) {
        const want = [...leaves(source[ns] ?? {}).keys()].sort();
        const got = [...leaves(target[ns] ?? {}).keys()].sort();
        expect({ ns, keys: got }).toEqual({ ns, keys: want });
      }
    });
    it(`${language} keeps every placeholder and translates every text`, () => {
      for (const ns of Object.keys(source)) {
        const want = leaves(source[ns] ?? {});
        for (const [key, text] of leaves(target[ns] ?? {})) {
          expect({ key: `${ns}:${key}`, placeholders: placeholders(text) }).toEqual({
            key: `${ns}:${key}`,
            placeholders: placeholders(want.get(key) ?? ''),
          });
          expect(text.trim(), `${ns}:${key} is empty`).not.toBe('');
        }
      }
    });
  }
});

describe('the i18n instance', () => {
  it('translates synchronously from the bundled catalogs, and falls back to English', async () => {
    const { createI18n } = await import('./i18n');
    const de = createI18n('de');
    expect(de.t('common:actions.cancel')).toBe('Abbrechen');
    const en = createI18n();
    expect(en.t('common:actions.cancel')).toBe('Cancel');
  });
});
