// Simulator (plain Node): assembles the Resmark simulator: demo data, routes under /public/api,
// 24-hour bearer tokens, the `{errorMessage, data}` envelope, seat locks swept on every request.
// No rate limit unless one is asked for (§4 [A]).
import { createFaultState } from '../common/faults';
import { createRateLimiter } from '../common/rate-limiter';
import { listenSim, type BackendSpec } from '../common/sim-server';
import { createStats } from '../common/stats';
import { createTokenAuthority } from '../common/token-authority';
import { createVirtualClock } from '../common/virtual-clock';
import { resolveOptions, type RunningSim, type SimOptions } from '../sim-types';
import { authRoutes, DEMO_CREDENTIALS, TOKEN_TTL_SECONDS } from './auth-routes';
import { cartRoutes } from './carts-routes';
import { renderResmarkError } from './envelope';
import { inventoryRoutes } from './inventory-routes';
import { orderRoutes } from './orders-routes';
import { productRoutes } from './products-routes';
import { reportRoutes } from './reports-routes';
import { seedResmark } from './seed';
import { resmarkSimRoutes } from './sim-extension-routes';

export const RESMARK_BASE_PATH = '/public/api';

export async function startResmarkSim(opts: SimOptions = {}): Promise<RunningSim> {
  const o = resolveOptions(opts, Number.MAX_SAFE_INTEGER);
  const clock = createVirtualClock(o.startAt);
  const store = seedResmark(o.seed, clock.now());
  const tokens = createTokenAuthority(TOKEN_TTL_SECONDS);
  const spec: BackendSpec = {
    backend: 'resmark',
    basePath: RESMARK_BASE_PATH,
    routes: [
      ...authRoutes(tokens),
      ...productRoutes(store),
      ...inventoryRoutes(store),
      ...cartRoutes(store),
      ...orderRoutes(store),
      ...reportRoutes(store),
    ],
    simRoutes: resmarkSimRoutes(store),
    credentials: { ...DEMO_CREDENTIALS },
    authenticate: (authorization, now) => tokens.check(authorization, now),
    renderError: renderResmarkError,
    onRequest: (now) => store.sweep(now),
  };
  const ctx = {
    clock,
    faults: createFaultState(o.faults),
    stats: createStats(),
    limiter: o.rateLimit ? createRateLimiter(o.rateLimit) : null,
  };
  const listening = await listenSim(spec, ctx, { port: o.port, control: o.control });
  return {
    backend: 'resmark',
    origin: listening.origin,
    baseUrl: listening.origin + RESMARK_BASE_PATH,
    credentials: { ...DEMO_CREDENTIALS },
    close: listening.close,
  };
}
