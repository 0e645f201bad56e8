// Core tests (plain Node): the request budget's guarantees, on a fake clock.
import { describe, expect, it } from 'vitest';
import { createRequestBudget, type Lane } from './request-budget';
import { createFakeScheduler, flush } from './testing/fake-scheduler';

/** Runs the fake clock until no timer is left, letting promise callbacks run between steps. */
async function drain(sched: ReturnType<typeof createFakeScheduler>): Promise<void> {
  for (;;) {
    await flush();
    if (!sched.runNext()) break;
  }
  await flush();
}

/** A tiny deterministic PRNG so failures are reproducible. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('request budget', () => {
  it('never lets more than `requests` start in any sliding window, nor background past its share', async () => {
    for (const seed of [1, 2, 3]) {
      const sched = createFakeScheduler();
      const starts: { lane: Lane; at: number; inFlight: number }[] = [];
      const budget = createRequestBudget({
        requests: 10,
        perMs: 1000,
        reserve: 2,
        marginMs: 0,
        concurrency: 3,
        scheduler: sched,
        onStart: (lane, at) => starts.push({ lane, at, inFlight: budget.stats().inFlight }),
      });
      const rnd = prng(seed);
      const total = 300;
      for (let i = 0; i < total; i++) {
        const lane: Lane = rnd() < 0.3 ? 'interactive' : 'background';
        const hold = Math.floor(rnd() * 300);
        sched.setTimer(
          () => void budget.acquire(lane).then((release) => sched.setTimer(release, hold)),
          Math.floor(rnd() * 20_000),
        );
      }
      await drain(sched);

      expect(starts).toHaveLength(total);
      const times = starts.map((s) => s.at);
      for (let i = 0; i + 10 < times.length; i++) {
        expect(times[i + 10]! - times[i]!).toBeGreaterThanOrEqual(1000);
      }
      for (const s of starts) {
        expect(s.inFlight).toBeLessThanOrEqual(3);
        if (s.lane === 'background') {
          // Counting this start itself: background may only use requests - reserve of the window.
          const inWindow = times.filter((t) => t > s.at - 1000 && t <= s.at).length;
          expect(inWindow).toBeLessThanOrEqual(8);
        }
      }
    }
  });

  it('lets a lone background sync use at least 90 % of the bound (target P4)', async () => {
    const sched = createFakeScheduler();
    const starts: number[] = [];
    const budget = createRequestBudget({
      requests: 100,
      perMs: 60_000,
      scheduler: sched,
      onStart: (_lane, at) => starts.push(at),
    });
    for (let i = 0; i < 1200; i++) void budget.acquire('background').then((release) => release());
    await drain(sched);
    const tenMinutes = 10 * 60_000;
    const inTen = starts.filter((t) => t < tenMinutes).length;
    expect(inTen).toBeGreaterThanOrEqual(900);
    expect(inTen).toBeLessThanOrEqual(1000);
  });

  it('keeps the reserve for interactive calls while background is capped', async () => {
    const sched = createFakeScheduler();
    const budget = createRequestBudget({
      requests: 10,
      perMs: 1000,
      reserve: 2,
      concurrency: 100,
      scheduler: sched,
    });
    let started = 0;
    // Each request replies at once, so only the window (not concurrency) holds the rest back.
    const go = (lane: Lane) => budget.acquire(lane).then((release) => (started++, release()));
    const bg = Array.from({ length: 9 }, () => go('background'));
    await flush();
    expect(started).toBe(8);
    const fast = [go('interactive'), go('interactive'), go('interactive')];
    await flush();
    expect(started).toBe(10);
    expect(budget.stats().queued).toEqual({ interactive: 1, background: 1 });
    await drain(sched);
    await Promise.all([...bg, ...fast]);
    expect(started).toBe(12);
  });

  it('keeps a request in the window until perMs after its reply, whatever the latency', async () => {
    const sched = createFakeScheduler();
    const starts: number[] = [];
    const budget = createRequestBudget({
      requests: 1,
      perMs: 1000,
      reserve: 0,
      marginMs: 0,
      scheduler: sched,
      onStart: (_l, at) => starts.push(at),
    });
    const slow = await budget.acquire('interactive');
    void budget.acquire('interactive').then((release) => release());
    sched.advance(400);
    slow(); // the server may have counted it as late as now
    await drain(sched);
    expect(starts).toEqual([0, 1400]);
  });

  it('serves waiting interactive calls before waiting background ones', async () => {
    const sched = createFakeScheduler();
    const budget = createRequestBudget({ requests: 100, perMs: 1000, concurrency: 1, scheduler: sched });
    const order: string[] = [];
    const hold = await budget.acquire('interactive');
    const a = budget.acquire('background').then((r) => (order.push('bg'), r()));
    const b = budget.acquire('interactive').then((r) => (order.push('int'), r()));
    await flush();
    expect(order).toEqual([]);
    hold();
    await Promise.all([a, b]);
    expect(order).toEqual(['int', 'bg']);
  });

  it('leaves one in-flight slot to interactive calls', async () => {
    const budget = createRequestBudget({
      requests: 100,
      perMs: 1000,
      concurrency: 2,
      scheduler: createFakeScheduler(),
    });
    await budget.acquire('background');
    let bgStarted = false;
    void budget.acquire('background').then(() => (bgStarted = true));
    const interactive = budget.acquire('interactive');
    await flush();
    expect(bgStarted).toBe(false);
    await expect(interactive).resolves.toBeTypeOf('function');
  });

  it('starts nothing while paused, then resumes', async () => {
    const sched = createFakeScheduler();
    const budget = createRequestBudget({ requests: 100, perMs: 1000, scheduler: sched });
    budget.pause(500);
    let started = 0;
    void budget.acquire('interactive').then(() => started++);
    void budget.acquire('background').then(() => started++);
    sched.advance(499);
    await flush();
    expect(started).toBe(0);
    expect(budget.stats().pausedForMs).toBe(1);
    sched.advance(1);
    await flush();
    expect(started).toBe(2);
  });

  it('drops an aborted waiter without using a slot', async () => {
    const sched = createFakeScheduler();
    const budget = createRequestBudget({ requests: 1, perMs: 1000, reserve: 0, scheduler: sched });
    (await budget.acquire('interactive'))();
    const controller = new AbortController();
    const waiting = budget.acquire('interactive', controller.signal);
    controller.abort(new Error('user left'));
    await expect(waiting).rejects.toThrow('user left');
    expect(budget.stats().queued.interactive).toBe(0);
    const next = budget.acquire('interactive');
    await drain(sched);
    await expect(next).resolves.toBeTypeOf('function');
    expect(sched.now()).toBeGreaterThanOrEqual(1000);
  });

  it('rejects impossible limits', () => {
    expect(() => createRequestBudget({ requests: 5, perMs: 1000, reserve: 5 })).toThrow(RangeError);
  });
});
