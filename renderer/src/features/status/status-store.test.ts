// Unit (Node): the status store loads, follows app:statusChanged, and passes setup calls through.
import { describe, expect, it } from 'vitest';
import { createFakeBackend } from '../../../../test/fakes/fake-api';
import { activeBackends, createStatusStore } from './status-store';

describe('status store', () => {
  it('loads, then follows pushes', async () => {
    const { api, controls } = createFakeBackend({ mode: 'live' });
    const store = createStatusStore(api);
    expect(store.getState().state).toBe('loading');
    store.getState().start();
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState()).toMatchObject({ state: 'ready', status: { mode: 'live' } });
    controls.setConnection('reservie', 'offline');
    expect(activeBackends(store.getState().status).find((b) => b.backend === 'reservie')?.connection).toBe(
      'offline',
    );
  });

  it('shows a start-up error only when there is nothing to show yet', async () => {
    const { api, controls } = createFakeBackend();
    controls.setError('status', { code: 'INTERNAL', message: 'no core' });
    const store = createStatusStore(api);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ state: 'error', error: { code: 'INTERNAL' } });
    controls.setError('status', null);
    await store.getState().load();
    controls.setError('status', { code: 'OFFLINE', message: 'lost the host' });
    await store.getState().load();
    expect(store.getState().state).toBe('ready');
  });

  it('configures a back end and reports its account, switching out of demo mode', async () => {
    const { api } = createFakeBackend({ mode: 'demo', verifyMs: 0 });
    const store = createStatusStore(api);
    const result = await store.getState().configure({
      backend: 'reservie',
      baseUrl: 'https://go.reservie.net/api/v1',
      apiKey: 'key-7f3a',
      apiSecret: 's',
    });
    expect(result).toMatchObject({ ok: true, value: { account: 'API key ending …7f3a', mode: 'live' } });
    expect(store.getState().status?.mode).toBe('live');
  });

  it('refuses sign-out while sales wait to be sent', async () => {
    const { api } = createFakeBackend({ mode: 'live', outboxSize: 2 });
    const store = createStatusStore(api);
    const result = await store.getState().signOut('reservie', true);
    expect(result).toMatchObject({ ok: false, error: { code: 'OUTBOX_NOT_EMPTY' } });
  });
});
