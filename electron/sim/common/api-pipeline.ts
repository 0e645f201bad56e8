// Simulator (plain Node): the life of one API request: count it, apply faults, authenticate,
// rate-limit, run the handler, render errors in the back end's own envelope.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { BackendSpec, SimContext } from './backend-spec';
import type { FaultPlan } from './faults';
import { destroyConnection, errorPage, parseJsonBody, readBody, sendReply } from './http-io';
import type { ApiReply, RouteMatch, Router } from './router';
import { methodNotAllowed, notFound, rateLimited, SimError, toSimError } from './sim-error';

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
}

export async function serveApi(ex: Exchange, api: Router, spec: BackendSpec, ctx: SimContext): Promise<void> {
  const method = ex.req.method ?? 'GET';
  const match = safeMatch(api, method, ex.url.pathname);
  const routed = match !== null && !(match instanceof SimError);
  ctx.stats.countRequest(
    routed ? `${method} ${spec.basePath}${match.route.pattern}` : `${method} (no route)`,
  );
  const plan = ctx.faults.plan(method !== 'GET' && method !== 'HEAD');
  if (plan.kind !== 'serve') {
    ctx.stats.countFault(plan.kind === 'down' ? 'downRejected' : 'resets');
    return destroyConnection(ex.req);
  }
  const raw = await readBody(ex.req);
  if (plan.delayMs > 0) {
    ctx.stats.countFault('delayed');
    await delayUnlessCleared(plan.delayMs, ctx);
  }
  let reply = earlyReply(plan, spec, ctx);
  if (!reply) {
    reply = await run(() => handle(ex, raw, match, api, spec, ctx), spec.renderError);
    if (plan.dropReply && routed) {
      // The write above is committed; only the reply is lost.
      ctx.stats.countFault('droppedReplies');
      return destroyConnection(ex.req);
    }
  }
  if (ex.req.socket.destroyed) return;
  ctx.stats.countStatus(reply.status);
  sendReply(ex.res, reply);
}

/** Latency ends early when the faults are cleared (see FaultState.untilCleared). */
async function delayUnlessCleared(ms: number, ctx: SimContext): Promise<void> {
  try {
    await delay(ms, undefined, { signal: ctx.faults.untilCleared() });
  } catch (error) {
    if (!(error instanceof Error && error.name === 'AbortError')) throw error;
  }
}

/** A reply the faults give instead of the handler's, if any. */
function earlyReply(
  plan: Extract<FaultPlan, { kind: 'serve' }>,
  spec: BackendSpec,
  ctx: SimContext,
): ApiReply | null {
  switch (plan.early?.kind) {
    case undefined:
      return null;
    case 'storm':
      ctx.stats.countFault('storm429');
      return errorReply(spec, rateLimited(plan.early.retryAfterSeconds));
    case 'error':
      ctx.stats.countFault('errors');
      return errorReply(spec, new SimError(500, 'internal_error', 'Internal server error (simulated)'));
    case 'errorPage':
      ctx.stats.countFault('errorPages');
      return errorPage();
    default: {
      const never: never = plan.early;
      throw new Error(`unknown fault ${String(never)}`);
    }
  }
}

async function handle(
  ex: Exchange,
  raw: string,
  match: RouteMatch | SimError | null,
  api: Router,
  spec: BackendSpec,
  ctx: SimContext,
): Promise<ApiReply> {
  const { route, params } = resolve(match, api, ex);
  const now = ctx.clock.now();
  spec.onRequest?.(now);
  const principal = route.public ? null : spec.authenticate(ex.req.headers.authorization, now);
  const body = parseJsonBody(raw);
  // Public routes (token calls) count in their own bucket, so they never use up the API budget.
  takeSlot(ctx, principal ?? route.rateKey?.(body) ?? null, now);
  return route.handler({ ...requestBase(ex, now), params, body, principal });
}

/** The route to run, or the error that stands in for it: 400 (bad escape), 405 or 404. */
export function resolve(match: RouteMatch | SimError | null, router: Router, ex: Exchange): RouteMatch {
  if (match instanceof SimError) throw match;
  if (match) return match;
  // A known path asked with the wrong method says which methods it takes, as HTTP servers do.
  const allowed = router.allowed(ex.url.pathname);
  if (allowed.length > 0) throw methodNotAllowed(ex.req.method ?? 'GET', allowed);
  throw notFound('Route');
}

function takeSlot(ctx: SimContext, bucket: string | null, now: number): void {
  if (!ctx.limiter || bucket === null) return;
  const retryAfter = ctx.limiter.take(bucket, now);
  if (retryAfter === null) return;
  ctx.stats.countFault('rateLimited');
  const { requests, perSeconds } = ctx.limiter.limit;
  throw rateLimited(retryAfter, { limit: requests, windowSeconds: perSeconds });
}

export function requestBase(ex: Exchange, now: number) {
  return { method: ex.req.method ?? 'GET', query: ex.url.searchParams, headers: ex.req.headers, now };
}

/** Matching can fail on a malformed %-escape: that is the client's 400, not a crash. */
export function safeMatch(router: Router, method: string, path: string): RouteMatch | SimError | null {
  try {
    return router.match(method, path);
  } catch (err) {
    return toSimError(err);
  }
}

export async function run(
  work: () => ApiReply | Promise<ApiReply>,
  render: (err: SimError) => unknown,
): Promise<ApiReply> {
  try {
    return await work();
  } catch (err) {
    // A non-SimError is a simulator bug: say so on stderr, answer 500 like a real server would.
    if (!(err instanceof SimError)) console.error('[sim] handler failed:', err);
    const simError = toSimError(err);
    return { status: simError.status, body: render(simError), headers: simError.headers };
  }
}

function errorReply(spec: BackendSpec, err: SimError): ApiReply {
  return { status: err.status, body: spec.renderError(err), headers: err.headers };
}
