// Core tests (plain Node): token lifetime rules T1–T4, first in isolation, then over real HTTP
// through the client with a scripted token endpoint.
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../ports';
import { BackendError, WRONG_KEY_MESSAGE } from './errors';
import { createHttpClient } from './http-client';
import { createRequestBudget } from './request-budget';
import { startScriptServer, type Script, type ScriptServer } from './testing/script-server';
import { createTokenManager, type IssuedToken } from './token-manager';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-03T09:00:00Z');

function manualClock(start = T0): Clock & { set(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), set: (ms) => (now = ms) };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('token manager', () => {
  it('reuses a token until 5 minutes before expiry, then refreshes (T1)', async () => {
    const clock = manualClock();
    let n = 0;
    const tokens = createTokenManager({
      clock,
      fetchToken: async () => ({ token: `t${++n}`, expiresAt: new Date(clock.now().getTime() + HOUR) }),
    });
    expect(tokens.current()).toBeNull();
    expect(await tokens.getToken()).toBe('t1');
    clock.set(T0 + 55 * 60_000 - 1);
    expect(await tokens.getToken()).toBe('t1');
    clock.set(T0 + 55 * 60_000);
    expect(await tokens.getToken()).toBe('t2');
    expect(tokens.current()?.expiresAt.getTime()).toBe(T0 + 55 * 60_000 + HOUR);
  });

  it('makes 50 concurrent callers at expiry share one fetch (T2)', async () => {
    const clock = manualClock();
    const gate = deferred<IssuedToken>();
    let calls = 0;
    const tokens = createTokenManager({ clock, fetchToken: () => (calls++, gate.promise) });
    const all = Promise.all(Array.from({ length: 50 }, () => tokens.getToken()));
    gate.resolve({ token: 'shared', expiresAt: new Date(T0 + HOUR) });
    expect(new Set(await all)).toEqual(new Set(['shared']));
    expect(calls).toBe(1);
  });

  it('passes a failed fetch to every waiter without caching it', async () => {
    let calls = 0;
    const tokens = createTokenManager({
      clock: manualClock(),
      fetchToken: async () => {
        if (++calls === 1) throw new BackendError('UNAUTHORIZED', WRONG_KEY_MESSAGE);
        return { token: 'ok', expiresAt: new Date(T0 + HOUR) };
      },
    });
    const results = await Promise.allSettled([tokens.getToken(), tokens.getToken()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await tokens.getToken()).toBe('ok');
    expect(calls).toBe(2);
  });

  it('invalidates only the token that was refused', async () => {
    let n = 0;
    const tokens = createTokenManager({
      clock: manualClock(),
      fetchToken: async () => ({ token: `t${++n}`, expiresAt: new Date(T0 + HOUR) }),
    });
    await tokens.getToken();
    tokens.invalidate('t1');
    expect(await tokens.getToken()).toBe('t2');
    tokens.invalidate('t1'); // a late 401 for the old token must not throw away the new one
    expect(await tokens.getToken()).toBe('t2');
    expect((await tokens.refresh()).token).toBe('t3');
  });

  it('refreshes a token shorter-lived than the margin at half its life', async () => {
    const clock = manualClock();
    let n = 0;
    const tokens = createTokenManager({
      clock,
      fetchToken: async () => ({ token: `t${++n}`, expiresAt: new Date(clock.now().getTime() + 60_000) }),
    });
    await tokens.getToken();
    clock.set(T0 + 29_000);
    expect(await tokens.getToken()).toBe('t1');
    clock.set(T0 + 30_000);
    expect(await tokens.getToken()).toBe('t2');
  });
});

describe('tokens over HTTP', () => {
  let server: ScriptServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  /** A back end whose token endpoint issues tok1, tok2, … and accepts only `accepted(token)`. */
  async function setup(opts: { wrongKey?: boolean; accepted?: (token: string) => boolean } = {}) {
    let issued = 0;
    const script: Script = (req) => {
      if (req.path === '/auth/token') {
        if (opts.wrongKey)
          return { status: 401, body: { error: { code: 'unauthorized', message: 'Invalid API key' } } };
        return { status: 200, body: { token: `tok${++issued}`, expiresIn: 3600 } };
      }
      const token = (req.headers.authorization ?? '').replace('Bearer ', '');
      return (opts.accepted ?? (() => true))(token)
        ? { status: 200, body: { token } }
        : { status: 401, body: { error: { code: 'unauthorized', message: 'Token expired' } } };
    };
    server = await startScriptServer(script);
    const clock = manualClock();
    const budget = createRequestBudget({ requests: 1000, perMs: 1000, concurrency: 4 });
    const base = { backend: 'Reservie', baseUrl: server.origin, budget, clock, retry: { baseDelayMs: 1 } };
    const raw = createHttpClient(base);
    const tokens = createTokenManager({
      clock,
      fetchToken: async () => {
        try {
          const body = (await raw.request({
            method: 'POST',
            path: '/auth/token',
            body: { apiKey: 'k', apiSecret: 's' },
            lane: 'interactive',
            idempotent: true,
          })) as { token: string; expiresIn: number };
          return { token: body.token, expiresAt: new Date(clock.now().getTime() + body.expiresIn * 1000) };
        } catch (e) {
          if (e instanceof BackendError && e.code === 'UNAUTHORIZED')
            throw new BackendError('UNAUTHORIZED', WRONG_KEY_MESSAGE, { status: e.status });
          throw e;
        }
      },
    });
    const client = createHttpClient({ ...base, auth: tokens });
    const tokenRequests = () => server!.count('POST', '/auth/token');
    return { client, clock, tokens, server, tokenRequests };
  }

  const call = (client: ReturnType<typeof createHttpClient>) =>
    client.request({ method: 'GET', path: '/customers', lane: 'interactive' });

  it('sends 50 concurrent calls at expiry with exactly one token request (T2)', async () => {
    const { client, clock, tokenRequests } = await setup();
    await call(client);
    clock.set(T0 + HOUR);
    const results = await Promise.all(Array.from({ length: 50 }, () => call(client)));
    expect(results.every((r) => (r as { token: string }).token === 'tok2')).toBe(true);
    expect(tokenRequests()).toBe(2);
  });

  it('re-authenticates once after a 401 and retries the call once, for 50 callers too (T3)', async () => {
    const { client, server, tokenRequests } = await setup({ accepted: (t) => t !== 'tok1' });
    const results = await Promise.all(Array.from({ length: 50 }, () => call(client)));
    expect(results.every((r) => (r as { token: string }).token === 'tok2')).toBe(true);
    expect(tokenRequests()).toBe(2);
    expect(server.count('GET', '/customers')).toBeLessThanOrEqual(100);
  });

  it('re-authenticates on 401 even for a POST, which is not otherwise retried (T3)', async () => {
    const { client, server } = await setup({ accepted: (t) => t !== 'tok1' });
    await client.request({ method: 'POST', path: '/customers', body: {}, lane: 'interactive' });
    expect(server.count('POST', '/customers')).toBe(2);
  });

  it('stops after one re-authentication when 401s continue (T3, no loop)', async () => {
    const { client, server, tokenRequests } = await setup({ accepted: () => false });
    const e = (await call(client).catch((x: unknown) => x)) as BackendError;
    expect(e).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(tokenRequests()).toBe(2);
    expect(server.count('GET', '/customers')).toBe(2);
  });

  it('reports a wrong key as UNAUTHORIZED after exactly one token request (T4)', async () => {
    const { client, server, tokenRequests } = await setup({ wrongKey: true });
    const e = (await call(client).catch((x: unknown) => x)) as BackendError;
    expect(e).toMatchObject({ code: 'UNAUTHORIZED', message: WRONG_KEY_MESSAGE });
    expect(tokenRequests()).toBe(1);
    expect(server.count('GET', '/customers')).toBe(0);
  });
});
