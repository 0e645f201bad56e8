// Simulator (plain Node): assembles the Reservie v1 simulator: demo data, routes under /api/v1,
// one-hour bearer tokens, 100 requests per minute per API key, the v1 error envelope.
import { createFaultState } from '../common/faults';
import { createRateLimiter } from '../common/rate-limiter';
import type { SimError } from '../common/sim-error';
import { listenSim, type BackendSpec } from '../common/sim-server';
import { createStats } from '../common/stats';
import { createTokenAuthority } from '../common/token-authority';
import { createVirtualClock } from '../common/virtual-clock';
import { resolveOptions, type RunningSim, type SimOptions } from '../sim-types';
import { authRoutes, DEMO_CREDENTIALS, TOKEN_TTL_SECONDS } from './auth-routes';
import { customerPassRoutes } from './customer-passes-routes';
import { customerRoutes } from './customers-routes';
import { eventRoutes } from './events-routes';
import { passRoutes } from './passes-routes';
import { registrationRoutes, registrationSimRoutes } from './registrations-routes';
import { DEFAULT_CUSTOMERS, MAX_CUSTOMERS, seedReservie } from './seed';

export const RESERVIE_BASE_PATH = '/api/v1';
/** §4: 100 requests per minute per API key. */
export const RESERVIE_RATE_LIMIT = { requests: 100, perSeconds: 60 };

/** `{"error": {"code", "message", "details"}}` (§6). */
export function renderReservieError(err: SimError): unknown {
  return { error: { code: err.code, message: err.message, details: err.details } };
}

export async function startReservieSim(opts: SimOptions = {}): Promise<RunningSim> {
  const o = resolveOptions(opts, MAX_CUSTOMERS);
  const clock = createVirtualClock(o.startAt);
  const store = seedReservie(o.seed, o.scale ?? DEFAULT_CUSTOMERS, clock.now());
  const tokens = createTokenAuthority(TOKEN_TTL_SECONDS);
  const spec: BackendSpec = {
    backend: 'reservie',
    basePath: RESERVIE_BASE_PATH,
    routes: [
      ...authRoutes(tokens),
      ...customerRoutes(store),
      ...eventRoutes(store),
      ...registrationRoutes(store),
      ...passRoutes(store),
      ...customerPassRoutes(store),
    ],
    simRoutes: registrationSimRoutes(store),
    credentials: { ...DEMO_CREDENTIALS },
    authenticate: (authorization, now) => tokens.check(authorization, now),
    renderError: renderReservieError,
  };
  const listening = await listenSim(
    spec,
    {
      clock,
      faults: createFaultState(o.faults),
      stats: createStats(),
      limiter: createRateLimiter(o.rateLimit ?? RESERVIE_RATE_LIMIT),
    },
    { port: o.port, control: o.control },
  );
  return {
    backend: 'reservie',
    origin: listening.origin,
    baseUrl: listening.origin + RESERVIE_BASE_PATH,
    credentials: { ...DEMO_CREDENTIALS },
    close: listening.close,
  };
}
