// Simulator (plain Node): the HTTP server both simulators share, bound to 127.0.0.1. API paths go
// through the full pipeline (faults, auth, rate limit); /_sim control paths skip all of it, so
// tests can always steer the simulator, even while it plays "down".
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestBase, resolve, run, safeMatch, serveApi, type Exchange } from './api-pipeline';
import type { BackendSpec, SimContext } from './backend-spec';
import { controlRoutes } from './control-routes';
import { controlRefusal } from './control-guard';
import { destroyConnection, parseJsonBody, readBody, sendReply } from './http-io';
import { createRouter, type Router } from './router';
import { notFound, SimError } from './sim-error';

export type { BackendSpec, SimContext } from './backend-spec';

export interface ListeningSim {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

const CONTROL_BASE = '/_sim';

export interface ListenOptions {
  port: number;
  /** False: no `/_sim` routes at all (demo mode); the path is answered like any unknown one. */
  control: boolean;
}

export async function listenSim(
  spec: BackendSpec,
  ctx: SimContext,
  opts: ListenOptions,
): Promise<ListeningSim> {
  let origin = '';
  const info = () => ({
    backend: spec.backend,
    baseUrl: origin + spec.basePath,
    credentials: spec.credentials,
  });
  const api = createRouter(spec.routes, spec.basePath);
  const control = createRouter([...controlRoutes({ ...ctx, info }), ...spec.simRoutes], CONTROL_BASE);
  const server = createServer((req, res) => {
    const ex: Exchange = { req, res, url: new URL(req.url ?? '/', 'http://127.0.0.1') };
    const under = (base: string) => ex.url.pathname === base || ex.url.pathname.startsWith(`${base}/`);
    let work: Promise<void>;
    if (opts.control && under(CONTROL_BASE)) work = serveControl(ex, control, spec, ctx, boundPort());
    else if (under(spec.basePath)) work = serveApi(ex, api, spec, ctx);
    else
      work = readBody(req).then(() =>
        sendReply(res, { status: 404, body: spec.renderError(notFound('Path')) }),
      );
    work.catch(() => destroyConnection(req));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const boundPort = () => (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${boundPort()}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive sockets would hold close() open until they time out.
      server.closeAllConnections();
    });
  return { server, origin, close };
}

async function serveControl(
  ex: Exchange,
  control: Router,
  spec: BackendSpec,
  ctx: SimContext,
  port: number,
): Promise<void> {
  const raw = await readBody(ex.req);
  const refusal = controlRefusal(ex.req, port, raw);
  if (refusal !== null)
    return sendReply(ex.res, {
      status: 403,
      body: spec.renderError(new SimError(403, 'forbidden', refusal)),
    });
  const now = ctx.clock.now();
  const reply = await run(
    async () => {
      const match = resolve(safeMatch(control, ex.req.method ?? 'GET', ex.url.pathname), control, ex);
      spec.onRequest?.(now);
      const body = parseJsonBody(raw);
      return match.route.handler({ ...requestBase(ex, now), params: match.params, body, principal: null });
    },
    // Control errors speak the back end's own error format, like its API and unknown paths do.
    spec.renderError,
  );
  sendReply(ex.res, reply);
}
