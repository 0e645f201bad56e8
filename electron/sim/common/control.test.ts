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

  it('freezes and restarts the clock; a frozen clock still moves when set or advanced', async () => {
    const ctl = control(sim);
    const frozen = await ctl.post<{ now: string; frozen: boolean }>('/clock', {
      now: '2026-03-04T12:00:00.123Z',
      frozen: true,
    });
    expect(frozen.body).toEqual({ now: '2026-03-04T12:00:00.123Z', frozen: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await ctl.now()).toBe(Date.parse('2026-03-04T12:00:00.123Z'));
    await ctl.advance(0.877);
    expect(await ctl.now()).toBe(Date.parse('2026-03-04T12:00:01.000Z'));
    const running = await ctl.post<{ frozen: boolean }>('/clock', { frozen: false });
    expect(running.body.frozen).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await ctl.now()).toBeGreaterThan(Date.parse('2026-03-04T12:00:01.000Z'));
    await ctl.setClock(TEST_START);
  });

  it('refuses a clock body with neither field, or a bad instant', async () => {
    const ctl = control(sim);
    expect((await ctl.post('/clock', {})).status).toBe(400);
    expect((await ctl.post('/clock', { now: 'yesterday' })).status).toBe(400);
    expect((await ctl.post('/clock', { advanceSeconds: 'ten' })).status).toBe(400);
    expect((await ctl.post('/clock', { frozen: 'yes' })).status).toBe(400);
  });

  it("answers control errors in the back end's own error format", async () => {
    const v1 = await control(sim).post<{ error: { code: string; details: { field: string } } }>('/clock', {});
    expect(v1.body.error).toMatchObject({ code: 'validation_error', details: { field: 'advanceSeconds' } });
    const other = await startResmarkSim({ startAt: TEST_START });
    try {
      const rm = await control(other).post('/clock', {});
      expect(rm.status).toBe(400);
      expect(rm.body).toEqual({ errorMessage: expect.stringMatching(/advanceSeconds/), data: null });
      const missing = await control(other).get('/nope');
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({ errorMessage: expect.any(String), data: null });
    } finally {
      await other.close();
    }
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
