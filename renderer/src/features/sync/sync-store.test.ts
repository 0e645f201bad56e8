// Unit (Node): the sync store follows sync:progress pushes, start/cancel results and failures.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBackend } from '../../../../test/fakes/fake-api';
import { createSyncStore, FINISHED_MIN_MS, PANEL_MIN_MS } from './sync-store';
import { progressText } from './sync-labels';
import { createI18n } from '../../i18n/i18n';

const t = createI18n('en').getFixedT('en', 'sync');

describe('sync store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows progress while running and ends when the core says the run is over', async () => {
    const { api } = createFakeBackend({ sync: { tickMs: 10, pageSize: 1_000 } });
    const store = createSyncStore(api);
    const stop = store.getState().start();
    await store.getState().syncNow();
    expect(store.getState().running).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(store.getState().progress).toMatchObject({
      backend: 'reservie',
      resource: 'customers',
      done: 1_000,
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.getState()).toMatchObject({ running: false, progress: null, failure: null });
    stop();
  });

  it('ends the run on sync:finished without ever polling sync:state', async () => {
    const { api } = createFakeBackend({ sync: { tickMs: 10, pageSize: 1_000 } });
    const state = vi.spyOn(api.sync, 'state');
    const store = createSyncStore(api);
    const stop = store.getState().start();
    await store.getState().syncNow();
    // Long enough for the whole run and for any number of 5 s polls.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState()).toMatchObject({ running: false, progress: null });
    expect(state).toHaveBeenCalledTimes(1); // the one question at start-up
    stop();
  });

  it('keeps the failure of a run and clears it when the next one starts', async () => {
    const { api } = createFakeBackend({ sync: { tickMs: 10, failWith: { reservie: 'Reservie said 503.' } } });
    const store = createSyncStore(api);
    store.getState().start();
    await store.getState().syncNow();
    await vi.advanceTimersByTimeAsync(50);
    expect(store.getState()).toMatchObject({
      running: false,
      failure: { backend: 'reservie', message: 'Reservie said 503.' },
    });
    await store.getState().syncNow();
    expect(store.getState().failure).toBeNull();
  });

  it('treats BUSY as "a run is already going" and other refusals as an action error', async () => {
    const { api, controls } = createFakeBackend();
    const store = createSyncStore(api);
    controls.setError('syncStart', { code: 'BUSY', message: 'A sync is already running.' });
    await store.getState().syncNow();
    expect(store.getState()).toMatchObject({ running: true, actionError: null });
    controls.setError('syncStart', { code: 'NOT_CONFIGURED', message: 'No back end is connected.' });
    store.setState({ running: false });
    await store.getState().syncNow();
    expect(store.getState().actionError).toMatchObject({ code: 'NOT_CONFIGURED' });
  });

  it('cancels a held run', async () => {
    const hold = {
      backend: 'reservie' as const,
      resource: 'customers' as const,
      done: 4_200,
      total: 10_000,
      ratePerMinute: 9_800,
    };
    const { api } = createFakeBackend({ sync: { holdAt: hold } });
    const store = createSyncStore(api);
    store.getState().start();
    await store.getState().syncNow();
    expect(progressText(store.getState().progress!, t)).toBe('Customers 4,200 / 10,000');
    await store.getState().cancel();
    expect(store.getState()).toMatchObject({ running: false, cancelling: false });
  });

  it('keeps the panel up for PANEL_MIN_MS even when the run ends at once, so the click is seen to work', async () => {
    const { api } = createFakeBackend({ sync: { tickMs: 1, pageSize: 1_000_000 } });
    const store = createSyncStore(api);
    store.getState().start();
    expect(store.getState().panel).toBe(false);
    const started = store.getState().syncNow();
    expect(store.getState().panel).toBe(true); // shown on the click, before the core answers
    await started;
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getState()).toMatchObject({ running: false, panel: true });
    await vi.advanceTimersByTimeAsync(PANEL_MIN_MS);
    expect(store.getState().panel).toBe(false);
  });

  it('shows "finished" for FINISHED_MIN_MS after a run longer than PANEL_MIN_MS, not just the moment it ends', async () => {
    const { api } = createFakeBackend({ sync: { tickMs: 100, pageSize: 1_000 } });
    const store = createSyncStore(api);
    store.getState().start();
    await store.getState().syncNow();
    let ranMs = 0;
    while (store.getState().running) {
      await vi.advanceTimersByTimeAsync(10);
      ranMs += 10;
    }
    expect(ranMs).toBeGreaterThan(PANEL_MIN_MS); // the case this is about: a run that outlasts the minimum
    expect(store.getState().panel).toBe(true);
    await vi.advanceTimersByTimeAsync(FINISHED_MIN_MS - 10);
    expect(store.getState()).toMatchObject({ running: false, panel: true });
    await vi.advanceTimersByTimeAsync(10);
    expect(store.getState().panel).toBe(false);
  });

  it('drops the panel at once when the start is refused, leaving the error to say why', async () => {
    const { api, controls } = createFakeBackend();
    const store = createSyncStore(api);
    controls.setError('syncStart', { code: 'NOT_CONFIGURED', message: 'No back end is connected.' });
    await store.getState().syncNow();
    expect(store.getState()).toMatchObject({ panel: false, actionError: { code: 'NOT_CONFIGURED' } });
  });
});
