// Web host (plain Node): serves the built renderer on 127.0.0.1 and bridges the contract over a
// WebSocket that requires the per-launch token. The second composition root next to Electron's.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core-types';
import type { UiMode } from '../../shared/ipc/channels';
import type { Logger } from '../core/ports';
import { createStaticHandler } from './static-files';
import { attachBridgeSocket } from './bridge-socket';

export interface WebHostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The built browser bridge script (out/web-bridge/bridge.js). */
  bridgeFile: string;
  /** 0 or undefined = a free port. */
  port?: number;
  /** What the launch token grants: the desk's calls (default) or only the kiosk's. */
  mode?: UiMode;
  /** Where a misbehaving client is noted; nothing a client sends may end the host. Default: nowhere. */
  logger?: Pick<Logger, 'warn'>;
}

export interface WebHost {
  /** The address to open, with the launch token in the fragment (never sent to the server). */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/** Loopback only, by design: the bridge grants its mode's calls to whoever holds the token. */
const LOOPBACK = '127.0.0.1';

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  const server = createServer();
  await listen(server, opts.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;
  const allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const isAllowedHost = (req: IncomingMessage) => allowedHosts.has(req.headers.host ?? '');

  const serveStatic = createStaticHandler(opts.rendererDir, opts.bridgeFile);
  server.on('request', (req, res) => {
    // A foreign Host header means DNS rebinding or a proxy: refuse before serving anything.
    if (!isAllowedHost(req)) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('Misdirected request');
      return;
    }
    serveStatic(req, res);
  });
  const sockets = attachBridgeSocket(server, {
    core: opts.core,
    token,
    grant: { mode: opts.mode ?? 'desk' },
    allowedOrigins: new Set([origin, `http://localhost:${port}`]),
    isAllowedHost,
    logger: opts.logger ?? { warn() {} },
  });

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    async close() {
      await sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
