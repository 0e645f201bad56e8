// Unit (Node): the search store debounces typing and never shows an answer to an older query.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import type { CustomerHit } from '../../../../shared/domain/cache';
import { createFakeApi, createFakeBackend } from '../../../../test/fakes/fake-api';
import { createSearchStore } from './search-store';

describe('search store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends one search for a burst of typing, after the debounce', async () => {
    const { api, controls } = createFakeBackend();
    const store = createSearchStore(api, { debounceMs: 120 });
    for (const q of ['a', 'an', 'ann']) store.getState().setQuery(q);
    expect(store.getState().phase).toBe('loading');
    await vi.advanceTimersByTimeAsync(120);
    expect(controls.calls.filter((c) => c.call === 'search').map((c) => c.input)).toEqual([
      { query: 'ann', limit: 25 },
    ]);
    expect(store.getState()).toMatchObject({ phase: 'ready', resultsFor: 'ann' });
    expect(store.getState().results.map((r) => r.name)).toContain('Anna Keller');
  });

  it('one character asks for more instead of searching, and drops the answer it was waiting for', async () => {
    const { api, controls } = createFakeBackend();
    const store = createSearchStore(api, { debounceMs: 120 });
    store.getState().setQuery('ann');
    store.getState().setQuery('a');
    expect(store.getState()).toMatchObject({ phase: 'short', results: [], resultsFor: 'a' });
    await vi.advanceTimersByTimeAsync(500);
    store.getState().refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(controls.calls.filter((c) => c.call === 'search')).toEqual([]);
    expect(store.getState().phase).toBe('short');
  });

  it('runs the query on screen again when refreshed (a sync ended), once the typing has been searched', async () => {
    const { api, controls } = createFakeBackend();
    const store = createSearchStore(api, { debounceMs: 120 });
    store.getState().setQuery('ann');
    await vi.advanceTimersByTimeAsync(120);
    store.getState().refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(controls.calls.filter((c) => c.call === 'search').map((c) => c.input)).toEqual([
      { query: 'ann', limit: 25 },
      { query: 'ann', limit: 25 },
    ]);
    // While typing is still being debounced, a refresh leaves it to the debounce.
    store.getState().setQuery('anna');
    store.getState().refresh();
    await vi.advanceTimersByTimeAsync(120);
    expect(controls.calls.filter((c) => c.call === 'search')).toHaveLength(3);
  });

  it('ignores a slow answer to an older query', async () => {
    const base = createFakeApi();
    const pending: ((r: Result<CustomerHit[]>) => void)[] = [];
    const api: Api = {
      ...base,
      customers: { search: () => new Promise((resolve) => pending.push(resolve)) },
    };
    const store = createSearchStore(api, { debounceMs: 10 });
    store.getState().setQuery('old');
    await vi.advanceTimersByTimeAsync(10);
    store.getState().setQuery('new');
    await vi.advanceTimersByTimeAsync(10);
    const hit = (name: string): CustomerHit => ({
      kind: 'customer',
      id: name,
      name,
      email: null,
      phone: null,
      confirmation: null,
      passes: [],
    });
    pending[1]!({ ok: true, value: [hit('New')] });
    await vi.advanceTimersByTimeAsync(0);
    pending[0]!({ ok: true, value: [hit('Old')] });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().results.map((r) => r.name)).toEqual(['New']);
    expect(store.getState().resultsFor).toBe('new');
  });

  it('goes back to idle when the box is cleared, and reports errors by code', async () => {
    const { api, controls } = createFakeBackend();
    const store = createSearchStore(api, { debounceMs: 0 });
    store.getState().setQuery('   ');
    expect(store.getState().phase).toBe('idle');
    controls.setError('search', { code: 'DATABASE', message: 'disk full' });
    store.getState().setQuery('anna');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ phase: 'error', error: { code: 'DATABASE' } });
  });

  it('turns a rejected call into an INTERNAL error instead of throwing', async () => {
    const api: Api = {
      ...createFakeApi(),
      customers: { search: () => Promise.reject(new Error('bridge gone')) },
    };
    const store = createSearchStore(api, { debounceMs: 0 });
    store.getState().setQuery('anna');
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState()).toMatchObject({ phase: 'error', error: { code: 'INTERNAL' } });
  });
});
