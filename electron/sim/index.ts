// Simulator (plain Node): the programmatic entry point the app and the tests use to start the
// Reservie v1 and Resmark simulators (demo mode, contract tests, benchmarks).
export type { SimOptions, RunningSim } from './sim-types';
export type { Faults, RateLimitStorm } from './common/faults';
export type { RateLimit } from './common/rate-limiter';
export type { StatsSnapshot } from './common/stats';
export { startReservieSim } from './reservie/reservie-sim';
export { startResmarkSim } from './resmark/resmark-sim';
