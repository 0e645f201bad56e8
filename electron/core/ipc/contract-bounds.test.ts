// Shared tests: the contract refuses inputs past the agreed bounds (shared/domain/limits.ts) with a
// BAD_INPUT that says which field and why, and accepts them at the bound.
import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from './dispatch';
import {
  MAX_BASE_URL_LENGTH,
  MAX_CREDENTIAL_LENGTH,
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_QUERY_LENGTH,
  MAX_SESSION_RANGE_DAYS,
} from '../../../shared/domain/limits';

const silent = { info() {}, warn() {}, error() {} };
const echo = (input: unknown) => input;
const dispatch = createDispatcher(
  {
    'customers:search': echo,
    'sessions:list': echo,
    'backend:configure': echo,
    'sync:start': echo,
  } as unknown as Handlers,
  silent,
);

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
const reservie = (over: Record<string, string>) => ({
  backend: 'reservie',
  baseUrl: 'https://go.reservie.net/api/v1',
  apiKey: 'key',
  apiSecret: 'secret',
  ...over,
});

describe('contract bounds', () => {
  it('search: a query of at most 200 characters, at most 100 hits', async () => {
    expect(await dispatch('customers:search', { query: 'a'.repeat(MAX_SEARCH_QUERY_LENGTH) })).toMatchObject({
      ok: true,
    });
    expect(
      await dispatch('customers:search', { query: 'a'.repeat(MAX_SEARCH_QUERY_LENGTH + 1) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('(query)') },
    });
    expect(await dispatch('customers:search', { query: 'ann', limit: MAX_SEARCH_LIMIT + 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('(limit)') },
    });
  });

  it('sessions: at most 62 days, and from no later than to', async () => {
    expect(await dispatch('sessions:list', { from: day(0), to: day(MAX_SESSION_RANGE_DAYS) })).toMatchObject({
      ok: true,
    });
    expect(await dispatch('sessions:list', { from: day(0), to: day(MAX_SESSION_RANGE_DAYS + 1) })).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: 'Invalid input for sessions:list (to): the range may span at most 62 days.',
      },
    });
    expect(
      await dispatch('sessions:list', { from: '0000-01-01T00:00:00Z', to: '9999-12-31T23:59:59Z' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await dispatch('sessions:list', { from: day(2), to: day(1) })).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: 'Invalid input for sessions:list (to): "from" must not be after "to".',
      },
    });
  });

  it('credentials: a base URL of at most 2048 characters, keys and secrets of at most 512', async () => {
    const longUrl = 'https://example.com/' + 'a'.repeat(MAX_BASE_URL_LENGTH - 'https://example.com/'.length);
    expect(await dispatch('backend:configure', reservie({ baseUrl: longUrl }))).toMatchObject({ ok: true });
    expect(await dispatch('backend:configure', reservie({ baseUrl: longUrl + 'a' }))).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('(baseUrl)') },
    });
    expect(
      await dispatch('backend:configure', reservie({ apiSecret: 's'.repeat(MAX_CREDENTIAL_LENGTH) })),
    ).toMatchObject({ ok: true });
    expect(
      await dispatch('backend:configure', reservie({ apiSecret: 's'.repeat(MAX_CREDENTIAL_LENGTH + 1) })),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('(apiSecret)') },
    });
  });

  it('keeps BAD_INPUT messages short whatever the caller sends: unknown keys are clipped', async () => {
    const key = 'k'.repeat(200_000);
    const result = await dispatch('sync:start', { [key]: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const message = result.ok ? '' : result.error.message;
    expect(message.length).toBeLessThan(120);
    expect(message).toMatch(/^Invalid input for sync:start: unknown field "k+…"\.$/);
    const many = await dispatch(
      'sync:start',
      Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((k) => [k, 1])),
    );
    expect(many).toMatchObject({
      error: { message: 'Invalid input for sync:start: unknown fields "a", "b", "c" and 2 more.' },
    });
  });
});
