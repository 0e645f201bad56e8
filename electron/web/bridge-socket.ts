// Web host (plain Node): the WebSocket end of the bridge. It checks the sender (origin, host and
// the per-launch token) before anything reaches the core, then relays calls and push events.
import type { IncomingMessage, Server } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core/core-types';
import type { Logger } from '../core/ports';
import { fail } from '../../shared/ipc/result';
import { TOKEN_PROTOCOL_PREFIX, WS_PATH, type ServerMessage } from './protocol';

interface BridgeOptions {
  core: Core;
  token: string;
  allowedOrigins: ReadonlySet<string>;
  isAllowedHost(req: IncomingMessage): boolean;
  logger: Pick<Logger, 'warn'>;
}

/** Calls are small; anything bigger is not ours. */
const MAX_MESSAGE_BYTES = 256 * 1024;

export function attachBridgeSocket(server: Server, opts: BridgeOptions) {
  const wss = new WebSocketServer({
    server,
    path: WS_PATH,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ req }: { req: IncomingMessage }) => isTrustedSender(req, opts),
    handleProtocols: (protocols: Set<string>) =>
      [...protocols].find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX)) ?? false,
  });
  wss.on('connection', (socket) => serveConnection(socket, opts));
  // Without a listener an 'error' event is thrown, and one bad client would end the host.
  wss.on('error', (error) => opts.logger.warn('bridge socket server error', { error: String(error) }));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}

function isTrustedSender(req: IncomingMessage, opts: BridgeOptions): boolean {
  if (!opts.isAllowedHost(req)) return false;
  if (!opts.allowedOrigins.has(req.headers.origin ?? '')) return false;
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const presented = offered
    .find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX))
    ?.slice(TOKEN_PROTOCOL_PREFIX.length);
  return presented !== undefined && sameSecret(presented, opts.token);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function serveConnection(socket: WebSocket, { core, logger }: BridgeOptions) {
  // A protocol error (oversized or invalid UTF-8 frame, reserved bits, unmasked frame, bad close
  // code) closes this connection (ws is already closing it with the matching close code); it must
  // never end the host.
  socket.on('error', (error: Error & { code?: string }) =>
    logger.warn('closed a bridge connection after a protocol error', { code: error.code }),
  );
  const send = (message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const unsubscribe = core.onEvent((event, payload) => send({ kind: 'event', event, payload }));
  socket.on('close', unsubscribe);
  socket.on('message', async (data, isBinary) => {
    const message = isBinary ? null : parseCall(data.toString());
    if (!message) {
      send({
        kind: 'result',
        id: null,
        result: fail('BAD_INPUT', 'Malformed message: expected {id, channel, input}.'),
      });
      return;
    }
    send({ kind: 'result', id: message.id, result: await core.dispatch(message.channel, message.input) });
  });
}

function parseCall(text: string): { id: number; channel: unknown; input: unknown } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { id, channel, input } = value as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
  return { id, channel, input };
}
