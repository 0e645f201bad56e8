// Benchmarks (Node): a Reservie simulator process with many customers and its rate limit
// time-scaled (100 requests per 6 s, not per 60 s: ten venue minutes in one real minute), and a
// real client whose request budget keeps to that same limit.
import { createReservieClient } from '../../electron/core/backends/reservie/reservie-client';
import { createRequestBudget } from '../../electron/core/http/request-budget';
import { startSimProcess } from '../support/sim-process';

export const TIME_SCALED_LIMIT = { requests: 100, seconds: 6 };
/** Venue milliseconds per real millisecond: the simulator's minute is TIME_SCALED_LIMIT.seconds long. */
export const TIME_SCALE = 60 / TIME_SCALED_LIMIT.seconds;

export async function startTimeScaledReservie(customers: number) {
  const { requests, seconds } = TIME_SCALED_LIMIT;
  const sim = await startSimProcess([
    '--backend',
    'reservie',
    '--scale',
    String(customers),
    '--rate-limit',
    `${requests}/${seconds}`,
  ]);
  const client = createReservieClient({
    baseUrl: sim.baseUrl,
    apiKey: 'demo-key',
    apiSecret: 'demo-secret',
    budget: createRequestBudget({ requests, perMs: seconds * 1000 }),
  });
  return { sim, client };
}
