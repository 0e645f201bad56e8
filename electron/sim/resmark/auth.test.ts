// Contract tests (plain Node, real HTTP): Resmark /authenticate (§2): a bare-text token valid
// 24 h on the virtual clock, the envelope on every failure, and the optional rate limit (§4 [A]).
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, call, control, resmarkToken, TEST_START, type Envelope } from '../testing/sim-http';
import { startResmarkSim } from './resmark-sim';

let sim: RunningSim;
afterEach(() => sim.close());

describe('POST /public/api/authenticate', () => {
  it('returns the bare token as text/plain for the demo user', async () => {
    sim = await startResmarkSim({ startAt: TEST_START });
    expect(sim.credentials).toEqual({ username: 'demo@frontdesk.test', apikey: 'demo-api-key' });
    const res = await call(`${sim.baseUrl}/authenticate`, { method: 'POST', body: sim.credentials });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('refuses bad credentials with 401 and the envelope; missing fields with 400', async () => {
    sim = await startResmarkSim({ startAt: TEST_START });
    const bad = await call<Envelope<null>>(`${sim.baseUrl}/authenticate`, {
      method: 'POST',
      body: { username: 'demo@frontdesk.test', apikey: 'wrong' },
    });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ errorMessage: expect.any(String), data: null });
    const missing = await call<Envelope<null>>(`${sim.baseUrl}/authenticate`, { method: 'POST', body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.errorMessage).toMatch(/username/);
  });

  it('needs a bearer token elsewhere, and refuses it after 24 hours', async () => {
    sim = await startResmarkSim({ startAt: TEST_START });
    const noToken = await api(sim.baseUrl).get<Envelope<null>>('/product');
    expect(noToken.status).toBe(401);
    expect(noToken.body.data).toBeNull();
    const rm = api(sim.baseUrl, await resmarkToken(sim));
    await control(sim).advance(23 * 3600);
    expect((await rm.get('/tag')).status).toBe(200);
    await control(sim).advance(3600 + 5);
    const expired = await rm.get<Envelope<null>>('/tag');
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ errorMessage: 'Token expired', data: null });
  });

  it('keeps a token valid exactly 24 h to the millisecond', async () => {
    sim = await startResmarkSim({ startAt: '2026-03-04T10:00:00.250Z' });
    const ctl = control(sim);
    const issuedAt = Date.parse('2026-03-04T11:00:00.250Z');
    await ctl.post('/clock', { now: new Date(issuedAt).toISOString(), frozen: true });
    const rm = api(sim.baseUrl, await resmarkToken(sim));
    const at = async (ms: number) => {
      await ctl.setClock(new Date(issuedAt + ms).toISOString());
      return rm.get<Envelope<null>>('/tag');
    };
    expect((await at(24 * 3_600_000 - 1)).status).toBe(200);
    const edge = await at(24 * 3_600_000);
    expect(edge.status).toBe(401);
    expect(edge.body).toEqual({ errorMessage: 'Token expired', data: null });
  });

  it('has no rate limit by default, and applies one when asked', async () => {
    sim = await startResmarkSim({ startAt: TEST_START });
    const rm = api(sim.baseUrl, await resmarkToken(sim));
    for (let i = 0; i < 120; i++) expect((await rm.get('/tag')).status).toBe(200);
    await sim.close();
    sim = await startResmarkSim({ startAt: TEST_START, rateLimit: { requests: 3, perSeconds: 6 } });
    // /authenticate counts in a bucket of its own, so the user still has all three API calls.
    const limited = api(sim.baseUrl, await resmarkToken(sim));
    for (let i = 0; i < 3; i++) expect((await limited.get('/tag')).status).toBe(200);
    const res = await limited.get<Envelope<null>>('/tag');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^[1-6]$/);
    expect(res.body.data).toBeNull();
    await control(sim).advance(7);
    expect((await limited.get('/tag')).status).toBe(200);
  });
});
