// Core tests (plain Node): dispatch enforces each call's audience for the UI mode, before the
// input is even parsed, and the stricter of the app's mode and the caller's grant wins.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, contract, type Channel, type UiMode } from '../../../shared/ipc/contract';
import { createDispatcher } from './dispatch';
import type { Handlers } from './handler-map';

const silent = { info() {}, warn() {}, error() {} };

function dispatcherIn(mode: UiMode) {
  const ran: string[] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((c) => [c, (input: unknown) => (ran.push(c), input ?? null)]),
  ) as unknown as Handlers;
  return { dispatch: createDispatcher(handlers, silent, { uiMode: () => mode }), ran };
}

describe('audiences', () => {
  it('never lets the kiosk reach customer lists, settings, configuration or sign-out', () => {
    const deskOnly: Channel[] = [
      'customers:search',
      'backend:configure',
      'backend:signOut',
      'backend:useDemo',
      'app:doctor',
      'cache:counts',
    ];
    for (const channel of deskOnly) expect(contract[channel].kiosk, channel).toBe(false);
  });

  it('refuses a desk-only call in kiosk mode with DESK_ONLY, without parsing or running it', async () => {
    const { dispatch, ran } = dispatcherIn('kiosk');
    // Even malformed input is refused for its audience first: the kiosk learns nothing of the schema.
    for (const [channel, input] of [
      ['customers:search', { query: 'smith' }],
      ['backend:signOut', { nonsense: true }],
    ] as const) {
      expect(await dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'DESK_ONLY' } });
    }
    expect(ran).toEqual([]);
  });

  it('runs the calls the kiosk may make in kiosk mode, and every call at the desk', async () => {
    const kiosk = dispatcherIn('kiosk');
    expect(await kiosk.dispatch('app:status', undefined)).toMatchObject({ ok: true });
    expect(kiosk.ran).toEqual(['app:status']);
    const desk = dispatcherIn('desk');
    expect(await desk.dispatch('customers:search', { query: 'smith' })).toMatchObject({ ok: true });
  });

  it("takes the stricter of the app's mode and the caller's grant", async () => {
    const desk = dispatcherIn('desk');
    expect(await desk.dispatch('customers:search', { query: 'a' }, { mode: 'kiosk' })).toMatchObject({
      error: { code: 'DESK_ONLY' },
    });
    const kiosk = dispatcherIn('kiosk');
    expect(await kiosk.dispatch('cache:counts', undefined, { mode: 'desk' })).toMatchObject({
      error: { code: 'DESK_ONLY' },
    });
  });

  it('defaults to desk mode', async () => {
    const handler = vi.fn(() => []);
    const handlers = { 'customers:search': handler } as unknown as Handlers;
    const dispatch = createDispatcher(handlers, silent);
    expect(await dispatch('customers:search', { query: 'a' })).toEqual({ ok: true, value: [] });
  });
});

describe('input that cannot be read', () => {
  it('answers BAD_INPUT, not INTERNAL, when reading the input throws, and runs nothing', async () => {
    const { dispatch, ran } = dispatcherIn('desk');
    const getter = {
      get query(): string {
        throw new Error('boom');
      },
    };
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    for (const input of [getter, proxy]) {
      expect(await dispatch('customers:search', input)).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: 'Invalid input for customers:search: it could not be read.' },
      });
    }
    expect(ran).toEqual([]);
  });
});
