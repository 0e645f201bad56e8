// Contract tests (plain Node, real HTTP): 100 requests per minute per API key (§4), counted in a
// sliding window of the virtual clock; the token call counts against the key in its body.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, call, control, reservieToken, TEST_START, type V1Error } from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';

let sim: RunningSim | undefined;
afterEach(() => sim?.close());

describe('rate limit', () => {
  it('answers the 101st request in a minute with 429, the error body and Retry-After', async () => {
    sim = await startReservieSim({ startAt: TEST_START });
    const v1 = api(sim.baseUrl, await reservieToken(sim)); // request 1
    for (let i = 2; i <= 100; i++) expect((await v1.get('/passes')).status).toBe(200);
    const limited = await v1.get<V1Error>('/passes');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The token call counts against the key in its body, and is refused too.
    expect((await call(`${sim.baseUrl}/auth/token`, { method: 'POST', body: sim.credentials })).status).toBe(
      429,
    );
    const stats = await control(sim).stats();
    expect(stats.faults.rateLimited).toBe(2);
    expect(stats.statuses['429']).toBe(2);
    expect(stats.statuses['200']).toBe(100);
  });

  it('frees slots as the window slides on the virtual clock', async () => {
    sim = await startReservieSim({ startAt: TEST_START });
    const v1 = api(sim.baseUrl, await reservieToken(sim));
    for (let i = 2; i <= 100; i++) await v1.get('/passes');
    expect((await v1.get('/passes')).status).toBe(429);
    await control(sim).advance(61);
    for (let i = 0; i < 100; i++) expect((await v1.get('/passes')).status).toBe(200);
    expect((await v1.get('/passes')).status).toBe(429);
  });

  it('applies a time-scaled limit (5 per 6 s) and reports when a slot frees', async () => {
    sim = await startReservieSim({ startAt: TEST_START, rateLimit: { requests: 5, perSeconds: 6 } });
    const v1 = api(sim.baseUrl, await reservieToken(sim));
    for (let i = 2; i <= 5; i++) expect((await v1.get('/passes')).status).toBe(200);
    const limited = await v1.get('/passes');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
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
    expect((await v1.get('/passes')).status).toBe(429);
  });
});
