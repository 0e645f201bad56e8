// Unit (Node): a hidden credentials warning is remembered in storage, by its text.
import { describe, expect, it } from 'vitest';
import { createUiStore, HIDDEN_SECRET_WARNING_KEY, type KeyValueStorage } from './ui-store';

/** An in-memory Web Storage: the store only needs getItem and setItem. */
function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('ui store', () => {
  it('remembers which credentials warning was hidden, across a new store (a reload)', () => {
    const storage = memoryStorage();
    expect(createUiStore(storage).getState().hiddenSecretWarning).toBeNull();
    createUiStore(storage).getState().hideSecretWarning('Stored with a file key.');
    expect(storage.data.get(HIDDEN_SECRET_WARNING_KEY)).toBe('Stored with a file key.');
    expect(createUiStore(storage).getState().hiddenSecretWarning).toBe('Stored with a file key.');
  });

  it('still hides for the session when storage refuses to write', () => {
    const broken: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const ui = createUiStore(broken);
    ui.getState().hideSecretWarning('w');
    expect(ui.getState().hiddenSecretWarning).toBe('w');
  });

  it('opens the sale screen on the session staff started from, or on nothing from Home', () => {
    const ui = createUiStore(memoryStorage());
    ui.getState().openSell({ backend: 'resmark', sessionId: 'act_1' });
    expect(ui.getState()).toMatchObject({
      view: 'sell',
      sellTarget: { backend: 'resmark', sessionId: 'act_1' },
    });
    ui.getState().openSell();
    expect(ui.getState()).toMatchObject({ view: 'sell', sellTarget: null });
  });
});
