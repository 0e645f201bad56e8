// Contract tests (plain Node, real HTTP): every fault kind, its counter in /_sim/stats, and that
// /_sim itself is never faulted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReservieSim } from '../reservie/reservie-sim';
import { startResmarkSim } from '../resmark/resmark-sim';
import type { RunningSim } from '../sim-types';
import {
  api,
  call,
  control,
  NO_LIMIT,
  reservieToken,
  resmarkToken,
  TEST_START,
  type Envelope,
  type V1Error,
} from '../testing/sim-http';

let sim: RunningSim;
let token: string;
beforeEach(async () => {
  sim = await startReservieSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  token = await reservieToken(sim);
  await control(sim).post('/stats/reset');
});
afterEach(() => sim.close());

/** Resolves to 'failed' when the connection dies without a reply. */
async function attempt(path: string, method = 'GET', body?: unknown): Promise<number | 'failed'> {
  try {
    return (await call(`${sim.baseUrl}${path}`, { method, token, body })).status;
  } catch {
    return 'failed';
  }
}

describe('faults', () => {
  it('delays replies by latencyMs and counts them', async () => {
    await control(sim).faults({ latencyMs: 30 });
    const started = performance.now();
    expect(await attempt('/passes')).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect((await control(sim).stats()).faults.delayed).toBe(1);
  });

  it('lets a reply held back by latency go at once when the faults are cleared', async () => {
    await control(sim).faults({ latencyMs: 60_000 });
    const held = attempt('/passes');
    await expect.poll(async () => (await control(sim).stats()).faults.delayed).toBe(1);
    await control(sim).del('/faults');
    // Within the test's timeout, well short of the minute it was held for.
    expect(await held).toBe(200);
  });

  it('answers errorRate requests with 500 and the JSON error body', async () => {
    await control(sim).faults({ errorRate: 1 });
    const res = await call<V1Error>(`${sim.baseUrl}/passes`, { token });
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal_error');
    const stats = await control(sim).stats();
    expect(stats.faults.errors).toBe(1);
    expect(stats.statuses['500']).toBe(1);
  });

  it('answers errorPageRate requests with a 502 HTML page', async () => {
    await control(sim).faults({ errorPageRate: 1 });
    const res = await call(`${sim.baseUrl}/passes`, { token });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.text).toMatch(/^<!DOCTYPE html>/);
    expect(res.body).toBeUndefined();
    expect((await control(sim).stats()).faults.errorPages).toBe(1);
  });

  it('answers the next n requests of a rateLimitStorm with 429 and Retry-After, then recovers', async () => {
    await control(sim).faults({ rateLimitStorm: { requests: 3, retryAfterSeconds: 7 } });
    for (let i = 0; i < 3; i++) {
      const res = await call<V1Error>(`${sim.baseUrl}/passes`, { token });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(res.body.error.code).toBe('rate_limited');
    }
    expect(await attempt('/passes')).toBe(200);
    expect((await control(sim).stats()).faults.storm429).toBe(3);
    expect((await control(sim).get<{ rateLimitStorm: unknown }>('/faults')).body.rateLimitStorm).toBeNull();
  });

  it('destroys resetRate connections without a reply', async () => {
    await control(sim).faults({ resetRate: 1 });
    expect(await attempt('/passes')).toBe('failed');
    const stats = await control(sim).stats();
    expect(stats.faults.resets).toBe(1);
    expect(stats.statuses).toEqual({});
  });

  it('commits a write, then drops its reply (dropReplyAfterWriteRate); reads are untouched', async () => {
    await control(sim).faults({ dropReplyAfterWriteRate: 1 });
    const body = { firstName: 'Lost', lastName: 'Reply', email: 'lost.reply@example.com' };
    expect(await attempt('/customers', 'POST', body)).toBe('failed');
    const found = await call<{ customers: unknown[] }>(
      `${sim.baseUrl}/customers?email=lost.reply@example.com`,
      {
        token,
      },
    );
    expect(found.status).toBe(200);
    expect(found.body.customers).toHaveLength(1);
    expect((await control(sim).stats()).faults.droppedReplies).toBe(1);
  });

  it('goes down (every API connection destroyed) while /_sim still answers, then comes back', async () => {
    await control(sim).faults({ down: true });
    expect(await attempt('/passes')).toBe('failed');
    expect(await attempt('/auth/token', 'POST', sim.credentials)).toBe('failed');
    expect((await control(sim).stats()).faults.downRejected).toBe(2);
    await control(sim).faults({ down: false });
    expect(await attempt('/passes')).toBe(200);
  });

  it('repeats the same faults for the same faultSeed', async () => {
    const pattern = async () => {
      await control(sim).faults({ errorRate: 0.5, faultSeed: 42 });
      const out: (number | 'failed')[] = [];
      for (let i = 0; i < 16; i++) out.push(await attempt('/passes'));
      return out;
    };
    const first = await pattern();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
  });

  it('merges POSTed faults, clears them with DELETE and refuses unknown or out-of-range ones', async () => {
    const ctl = control(sim);
    await ctl.faults({ latencyMs: 5 });
    const merged = await ctl.faults({ errorRate: 0.25 });
    expect(merged.body).toMatchObject({ latencyMs: 5, errorRate: 0.25, down: false });
    const cleared = await ctl.del<Record<string, unknown>>('/faults');
    expect(cleared.body).toMatchObject({ latencyMs: 0, errorRate: 0, rateLimitStorm: null });
    expect((await ctl.faults({ errorRate: 2 })).status).toBe(400);
    expect((await ctl.faults({ typo: true })).status).toBe(400);
  });

  it('takes faults from the start options', async () => {
    const faulty = await startReservieSim({ startAt: TEST_START, faults: { errorRate: 1 } });
    try {
      expect((await call(`${faulty.baseUrl}/passes`)).status).toBe(500);
    } finally {
      await faulty.close();
    }
  });

  it('wraps Resmark fault errors in its own envelope', async () => {
    const rm = await startResmarkSim({ startAt: TEST_START, faults: { errorRate: 0 } });
    try {
      const rmToken = await resmarkToken(rm);
      await control(rm).faults({ errorRate: 1 });
      const res = await call<Envelope<null>>(`${rm.baseUrl}/product`, { token: rmToken });
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ errorMessage: expect.any(String), data: null });
    } finally {
      await rm.close();
    }
  });
});

describe('stats', () => {
  it('counts API requests by route pattern and status, not /_sim calls, and resets', async () => {
    const v1 = api(sim.baseUrl, token);
    await v1.get('/customers');
    await v1.get('/customers/cust_1001');
    await v1.get('/customers/cust_1002');
    await v1.get('/customers/cust_0');
    await call(`${sim.baseUrl}/auth/token`, { method: 'POST', body: sim.credentials });
    await control(sim).get('/clock');
    const stats = await control(sim).stats();
    expect(stats.requests).toBe(5);
    expect(stats.byRoute).toEqual({
      'GET /api/v1/customers': 1,
      'GET /api/v1/customers/:id': 3,
      'POST /api/v1/auth/token': 1,
    });
    expect(stats.statuses).toEqual({ '200': 4, '404': 1 });
    expect(Object.keys(stats.faults).sort()).toEqual(
      [
        'delayed',
        'downRejected',
        'droppedReplies',
        'errorPages',
        'errors',
        'rateLimited',
        'resets',
        'storm429',
      ].sort(),
    );
    const reset = await control(sim).post<{ requests: number }>('/stats/reset');
    expect(reset.body.requests).toBe(0);
  });
});
