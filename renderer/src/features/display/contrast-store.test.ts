// Unit (Node): the high-contrast choice — the OS decides until someone chooses here, the choice is
// kept, and a damaged saved value is ignored.
import { describe, expect, it } from 'vitest';
import { CONTRAST_KEY, createContrastStore, effectiveContrast } from './contrast-store';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('contrast', () => {
  it('follows the OS until someone chooses, then keeps the choice', () => {
    const storage = memory();
    const store = createContrastStore(storage, true);
    expect(effectiveContrast(store.getState())).toBe('high');
    store.getState().toggle();
    expect(effectiveContrast(store.getState())).toBe('standard');
    store.getState().setOsWantsMore(true);
    expect(effectiveContrast(store.getState())).toBe('standard');
    expect(storage.data.get(CONTRAST_KEY)).toBe('standard');
    expect(effectiveContrast(createContrastStore(storage, true).getState())).toBe('standard');
  });

  it('starts standard without an OS preference, and ignores an unreadable saved value', () => {
    expect(effectiveContrast(createContrastStore(memory({ [CONTRAST_KEY]: 'neon' }), false).getState())).toBe(
      'standard',
    );
    const store = createContrastStore(null, false);
    store.getState().toggle();
    expect(effectiveContrast(store.getState())).toBe('high');
  });
});
