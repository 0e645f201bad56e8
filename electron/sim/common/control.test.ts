// Contract tests (plain Node, real HTTP): the /_sim control surface (virtual clock, info) and the
// programmatic handle (127.0.0.1 binding, prompt close with keep-alive sockets open).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReservieSim } from '../reservie/reservie-sim';
import { startResmarkSim } from '../resmark/resmark-sim';
import type { RunningSim } from '../sim-types';
import { call, control, TEST_START } from '../testing/sim-http';

let sim: RunningSim;
beforeAll(async () => {
  sim = await startReservieSim({ startAt: TEST_START });
});
afterAll(() => sim.close());

describe('virtual clock', () => {
  it('starts at startAt, advances by seconds and jumps to an instant', async () => {
    const ctl = control(sim);
    const start = await ctl.now();
    expect(start).toBeGreaterThanOrEqual(Date.parse(TEST_START));
    expect(start).toBeLessThan(Date.parse(TEST_START) + 600_000);
    const advanced = await ctl.advance(3600);
    expect(Date.parse((advanced.body as { now: string }).now)).toBeGreaterThanOrEqual(start + 3_600_000);
    await ctl.setClock('2030-01-01T00:00:00Z');
    expect(await ctl.now()).toBeGreaterThanOrEqual(Date.parse('2030-01-01T00:00:00Z'));
    await ctl.setClock(TEST_START);
  });

  it('refuses a clock body with neither field, or a bad instant', async () => {
    const ctl = control(sim);
    expect((await ctl.post('/clock', {})).status).toBe(400);
    expect((await ctl.post('/clock', { now: 'yesterday' })).status).toBe(400);
    expect((await ctl.post('/clock', { advanceSeconds: 'ten' })).status).toBe(400);
  });
});

describe('handle and info', () => {
  it('binds to 127.0.0.1 and describes itself at /_sim/info', async () => {
    expect(sim.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.baseUrl).toBe(`${sim.origin}/api/v1`);
    const info = await control(sim).get<{ backend: string; baseUrl: string }>('/info');
    expect(info.body).toMatchObject({
      backend: 'reservie',
      baseUrl: sim.baseUrl,
      credentials: sim.credentials,
    });
    expect((await control(sim).get('/nope')).status).toBe(404);
    expect((await call(`${sim.origin}/elsewhere`)).status).toBe(404);
  });

  it('closes promptly even with a keep-alive connection open', async () => {
    const other = await startResmarkSim({ startAt: TEST_START });
    expect(other.baseUrl).toBe(`${other.origin}/public/api`);
    await fetch(`${other.origin}/_sim/clock`, { headers: { connection: 'keep-alive' } }).then((r) =>
      r.text(),
    );
    await other.close();
    await expect(fetch(`${other.origin}/_sim/clock`)).rejects.toThrow();
  });

  it('rejects invalid options', async () => {
    await expect(startReservieSim({ scale: 100_001 })).rejects.toThrow(/scale/);
    await expect(startReservieSim({ rateLimit: { requests: 0, perSeconds: 60 } })).rejects.toThrow(
      /rateLimit/,
    );
    await expect(startResmarkSim({ startAt: 'soon' })).rejects.toThrow(/startAt/);
  });
});
