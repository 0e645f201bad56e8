// Simulator (plain Node): what a back end plugs into the shared HTTP pipeline, and the shared
// per-simulator state (clock, faults, stats, rate limiter) the pipeline applies.
import type { FaultState } from './faults';
import type { RateLimiter } from './rate-limiter';
import type { Route } from './router';
import type { SimError } from './sim-error';
import type { Stats } from './stats';
import type { VirtualClock } from './virtual-clock';

export interface BackendSpec {
  backend: 'reservie' | 'resmark';
  /** e.g. `/api/v1` */
  basePath: string;
  routes: Route[];
  /** Back-end-specific test extensions, relative to `/_sim`. */
  simRoutes: Route[];
  credentials: Record<string, string>;
  /** Returns who the request counts against, or throws a 401 SimError. */
  authenticate(authorization: string | undefined, now: number): string;
  /** The body of an error in this back end's envelope. */
  renderError(err: SimError): unknown;
  /** Housekeeping before any request (e.g. releasing expired seat locks). */
  onRequest?(now: number): void;
}

export interface SimContext {
  clock: VirtualClock;
  faults: FaultState;
  stats: Stats;
  limiter: RateLimiter | null;
}
