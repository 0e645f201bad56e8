// Unit tests (plain Node): the small pure pieces the simulators stand on.
import { describe, expect, it } from 'vitest';
import { addMonths, parseDay, zonedDay, zonedTime } from './dates';
import { createPrng } from './prng';
import { createRateLimiter, parseRateLimit } from './rate-limiter';
import { controlRoutes } from './control-routes';
import { createFaultState } from './faults';
import { createRouter, type ApiRequest } from './router';
import { createStats } from './stats';
import { createVirtualClock } from './virtual-clock';

describe('common helpers', () => {
  it('repeats a PRNG sequence for the same seed', () => {
    const a = createPrng(5);
    const b = createPrng(5);
    expect(Array.from({ length: 5 }, () => a.int(0, 1000))).toEqual(
      Array.from({ length: 5 }, () => b.int(0, 1000)),
    );
    expect(createPrng(5).hex(24)).toMatch(/^[0-9a-f]{24}$/);
  });

  it('adds calendar months with clamping and knows London summer time', () => {
    expect(addMonths('2024-02-01', 3)).toBe('2024-05-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(parseDay('2024-02-30')).toBeNull();
    expect(new Date(zonedTime('2024-07-01', 9, 0, 'Europe/London')).toISOString()).toBe(
      '2024-07-01T08:00:00.000Z',
    );
    expect(new Date(zonedTime('2024-01-15', 9, 0, 'Europe/London')).toISOString()).toBe(
      '2024-01-15T09:00:00.000Z',
    );
    expect(zonedDay(Date.parse('2024-07-01T23:30:00Z'), 'Europe/London')).toBe('2024-07-02');
  });

  it('limits per key in a sliding window and says when a slot frees', () => {
    const limiter = createRateLimiter({ requests: 2, perSeconds: 10 });
    expect(limiter.take('k', 0)).toBeNull();
    expect(limiter.take('k', 4000)).toBeNull();
    expect(limiter.take('k', 5000)).toBe(5);
    expect(limiter.take('other', 5000)).toBeNull();
    expect(limiter.take('k', 10_000)).toBeNull();
    expect(parseRateLimit('100/6')).toEqual({ requests: 100, perSeconds: 6 });
    expect(parseRateLimit('100')).toBeNull();
  });

  it('matches routes by pattern and decodes parameters', () => {
    const handler = () => ({ status: 200 });
    const router = createRouter(
      [
        { method: 'GET', pattern: '/product/:term', handler },
        { method: 'GET', pattern: '/product/:term/item', handler },
      ],
      '/public/api',
    );
    expect(router.match('GET', '/public/api/product/Ghost%20Walk')?.params).toEqual({ term: 'Ghost Walk' });
    expect(router.match('GET', '/public/api/product/1/item')?.route.pattern).toBe('/product/:term/item');
    expect(router.match('POST', '/public/api/product/1')).toBeNull();
  });

  it('freezes the virtual clock at exactly the instant asked, however the real clock ticks meanwhile', async () => {
    // A real clock a millisecond on at every read: the slowest machine there is.
    let real = Date.parse('2026-03-01T00:00:00Z');
    const clock = createVirtualClock(undefined, () => real++);
    const routes = controlRoutes({
      clock,
      faults: createFaultState(),
      stats: createStats(),
      info: () => ({}),
    });
    const setClock = routes.find((r) => r.method === 'POST' && r.pattern === '/clock')!.handler;
    const post = (body: unknown) => setClock({ body } as ApiRequest);
    expect(await post({ now: '2026-03-04T12:00:00.123Z', frozen: true })).toMatchObject({
      body: { now: '2026-03-04T12:00:00.123Z', frozen: true },
    });
    expect(clock.now()).toBe(Date.parse('2026-03-04T12:00:00.123Z'));
    // Thawed at a given instant, it runs on from that instant: one tick per real-clock read since.
    const thawed = await post({ now: '2026-03-05T08:00:00.000Z', frozen: false });
    expect(thawed).toMatchObject({ body: { now: '2026-03-05T08:00:00.001Z', frozen: false } });
    expect(clock.now()).toBe(Date.parse('2026-03-05T08:00:00.002Z'));
  });
});
