// Integration (plain Node): token handling against the Reservie simulator over real HTTP — fifty
// calls arriving together at expiry share one token request (T2), and a refresh happens ahead of
// expiry (T1) rather than after a refused call.
import { afterEach, expect, it } from 'vitest';
import { startReservieSim } from '../../electron/sim/index';
import { createReservieClient } from '../../electron/core/backends/reservie/reservie-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import { count, simControl } from '../../electron/sim/testing/sim-control';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function setup() {
  const sim = await startReservieSim({ rateLimit: { requests: 1000, perSeconds: 60 } });
  closers.push(() => sim.close());
  let now = Date.now();
  const client = createReservieClient({
    baseUrl: sim.baseUrl,
    apiKey: sim.credentials.apiKey!,
    apiSecret: sim.credentials.apiSecret!,
    clock: { now: () => new Date(now) },
    budget: createRequestBudget({ requests: 1000, perMs: 60_000, concurrency: 8 }),
  });
  /** Moves both clocks: the server's (token validity) and ours (when to refresh). */
  const advance = async (seconds: number) => {
    now += seconds * 1000;
    await simControl(sim.origin).advanceClock(seconds);
  };
  return { sim, client, advance };
}

it('50 concurrent calls at token expiry cause exactly one token request', async () => {
  const { sim, client, advance } = await setup();
  await client.listPasses({ page: 1, perPage: 10 });
  await advance(3600);
  const results = await Promise.all(
    Array.from({ length: 50 }, () => client.listPasses({ page: 1, perPage: 10 })),
  );
  expect(results.every((r) => r.items.length > 0)).toBe(true);
  const stats = await simControl(sim.origin).stats();
  expect(count(stats, 'POST /api/v1/auth/token')).toBe(2);
  expect(stats.statuses['401'] ?? 0).toBe(0);
});

it('refreshes five minutes before expiry, so no call is refused', async () => {
  const { sim, client, advance } = await setup();
  await client.listPasses({ page: 1, perPage: 10 });
  await advance(3600 - 4 * 60); // 4 minutes left: inside the 5-minute refresh margin
  await client.listPasses({ page: 1, perPage: 10 });
  const stats = await simControl(sim.origin).stats();
  expect(count(stats, 'POST /api/v1/auth/token')).toBe(2);
  expect(stats.statuses['401'] ?? 0).toBe(0);
});
