// Simulator (plain Node): the options and handle both simulators share, checked once at start.
import type { Faults } from './common/faults';
import type { RateLimit } from './common/rate-limiter';

export interface SimOptions {
  /** 0 (default) picks a free port. The simulators always bind to 127.0.0.1. */
  port?: number;
  /** Demo-data seed (default 1): the same seed on the same start day gives the same data. */
  seed?: number;
  /** Reservie only: how many customers to generate (default 2,000, at most 100,000). */
  scale?: number;
  /** Requests per window per API key / user. Reservie default 100 per 60 s; Resmark none. */
  rateLimit?: RateLimit;
  faults?: Partial<Faults>;
  /**
   * Serve the unauthenticated `/_sim` controls (clock, faults, stats, test extensions); default
   * true. Demo mode turns them off: there `/_sim` is an unknown path and no fault can be set.
   */
  control?: boolean;
  /** Start the virtual clock at this ISO instant instead of now (pins demo data for tests). */
  startAt?: string;
}

export interface RunningSim {
  backend: 'reservie' | 'resmark';
  /** `http://127.0.0.1:PORT`; control endpoints live under origin + `/_sim`. */
  origin: string;
  /** origin + `/api/v1` (Reservie) or origin + `/public/api` (Resmark). */
  baseUrl: string;
  /** The demo credentials this simulator accepts. */
  credentials: Record<string, string>;
  /** Stops listening and drops keep-alive connections. */
  close(): Promise<void>;
}

export interface ResolvedOptions {
  port: number;
  seed: number;
  scale: number | null;
  rateLimit: RateLimit | null;
  faults: Partial<Faults>;
  control: boolean;
  startAt: number | undefined;
}

export function resolveOptions(opts: SimOptions, maxScale: number): ResolvedOptions {
  const int = (name: string, v: number | undefined, min: number, max: number): number | undefined => {
    if (v !== undefined && (!Number.isInteger(v) || v < min || v > max)) {
      throw new RangeError(`${name} must be an integer from ${min} to ${max}`);
    }
    return v;
  };
  const rl = opts.rateLimit;
  if (rl && !(Number.isInteger(rl.requests) && rl.requests >= 1 && rl.perSeconds > 0)) {
    throw new RangeError('rateLimit needs requests ≥ 1 and perSeconds > 0');
  }
  const control = opts.control ?? true;
  if (!control && opts.faults && Object.keys(opts.faults).length > 0) {
    throw new RangeError('faults need the /_sim controls: drop control: false or the faults');
  }
  const startAt = opts.startAt === undefined ? undefined : Date.parse(opts.startAt);
  if (startAt !== undefined && Number.isNaN(startAt))
    throw new RangeError('startAt must be an ISO-8601 instant');
  return {
    port: int('port', opts.port, 0, 65535) ?? 0,
    seed: int('seed', opts.seed, 0, 2 ** 32 - 1) ?? 1,
    scale: int('scale', opts.scale, 0, maxScale) ?? null,
    rateLimit: rl ?? null,
    faults: opts.faults ?? {},
    control,
    startAt,
  };
}
