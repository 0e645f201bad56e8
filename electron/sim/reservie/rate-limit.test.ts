// Contract tests (plain Node, real HTTP): 100 requests per minute per API key (§4), counted in a
// sliding window of the virtual clock. The token call is not one of them: it counts in a bucket of
// its own per key, so token + 100 calls all succeed and the 101st call is refused.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, call, control, reservieToken, TEST_START, type V1Error } from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';

let sim: RunningSim | undefined;
afterEach(() => sim?.close());

const tokenCall = (s: RunningSim) => call(`${s.baseUrl}/auth/token`, { method: 'POST', body: s.credentials });

describe('rate limit', () => {
  it('answers the 101st request in a minute with 429, the error body and Retry-After', async () => {
    sim = await startReservieSim({ startAt: TEST_START });
    const v1 = api(sim.baseUrl, await reservieToken(sim)); // not one of the 100
    for (let i = 1; i <= 100; i++) expect((await v1.get('/passes')).status).toBe(200);
    const limited = await v1.get<V1Error>('/passes');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // A new token is still to be had while the key's API budget is spent, and does not refill it.
    const again = await call<{ token: string }>(`${sim.baseUrl}/auth/token`, {
      method: 'POST',
      body: sim.credentials,
    });
    expect(again.status).toBe(200);
    expect((await api(sim.baseUrl, again.body.token).get('/passes')).status).toBe(429);
    const stats = await control(sim).stats();
    expect(stats.faults.rateLimited).toBe(2);
    expect(stats.statuses['429']).toBe(2);
    expect(stats.statuses['200']).toBe(102);
  });

  it('limits token calls in their own bucket of the same size, apart from the API budget', async () => {
    sim = await startReservieSim({ startAt: TEST_START, rateLimit: { requests: 3, perSeconds: 60 } });
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await tokenCall(sim);
      expect(res.status).toBe(200);
      tokens.push((res.body as { token: string }).token);
    }
    const refused = await tokenCall(sim);
    expect(refused.status).toBe(429);
    expect((refused.body as V1Error).error.code).toBe('rate_limited');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // Three token calls used none of the key's three API requests.
    const v1 = api(sim.baseUrl, tokens[0]);
    for (let i = 0; i < 3; i++) expect((await v1.get('/passes')).status).toBe(200);
    expect((await v1.get('/passes')).status).toBe(429);
  });

  it('frees slots as the window slides on the virtual clock', async () => {
    sim = await startReservieSim({ startAt: TEST_START });
    const v1 = api(sim.baseUrl, await reservieToken(sim));
    for (let i = 1; i <= 100; i++) await v1.get('/passes');
    expect((await v1.get('/passes')).status).toBe(429);
    await control(sim).advance(61);
    for (let i = 0; i < 100; i++) expect((await v1.get('/passes')).status).toBe(200);
    expect((await v1.get('/passes')).status).toBe(429);
  });

  it('applies a time-scaled limit (5 per 6 s) and reports when a slot frees', async () => {
    sim = await startReservieSim({ startAt: TEST_START, rateLimit: { requests: 5, perSeconds: 6 } });
    const v1 = api(sim.baseUrl, await reservieToken(sim));
    for (let i = 1; i <= 5; i++) expect((await v1.get('/passes')).status).toBe(200);
    const limited = await v1.get('/passes');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(6);
    await control(sim).advance(7);
    expect((await v1.get('/passes')).status).toBe(200);
  });

  it('keeps the default limit scaled in time too (100 per 6 s): token + 100 calls, then 429', async () => {
    sim = await startReservieSim({ startAt: TEST_START, rateLimit: { requests: 100, perSeconds: 6 } });
    const v1 = api(sim.baseUrl, await reservieToken(sim));
    for (let i = 1; i <= 100; i++) expect((await v1.get('/passes')).status).toBe(200);
    const limited = await v1.get('/passes');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(6);
    await control(sim).advance(7);
    expect((await v1.get('/passes')).status).toBe(200);
  });

  it('does not count requests refused before the key is known (bad token)', async () => {
    sim = await startReservieSim({ startAt: TEST_START, rateLimit: { requests: 2, perSeconds: 60 } });
    const anonymous = api(sim.baseUrl, 'not-a-token');
    for (let i = 0; i < 5; i++) expect((await anonymous.get('/passes')).status).toBe(401);
    const v1 = api(sim.baseUrl, await reservieToken(sim));
    expect((await v1.get('/passes')).status).toBe(200);
    expect((await v1.get('/passes')).status).toBe(200);
    expect((await v1.get('/passes')).status).toBe(429);
  });
});
