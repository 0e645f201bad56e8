// Web host (plain Node): the WebSocket end of the bridge. It checks the sender (origin, host and
// the per-launch token) before anything reaches the core, then relays calls and push events.
import type { IncomingMessage, Server } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../core/core-types';
import type { Caller } from '../core/ipc/dispatch';
import type { Logger } from '../core/ports';
import { fail } from '../../shared/ipc/result';
import { TOKEN_PROTOCOL_PREFIX, WS_PATH, type ServerMessage } from './protocol';

interface BridgeOptions {
  core: Core;
  token: string;
  /** What holding the token grants: every call is dispatched as this caller. */
  grant: Caller;
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

function serveConnection(socket: WebSocket, { core, grant, logger }: BridgeOptions) {
  // A protocol error (oversized or invalid UTF-8 frame, reserved bits, unmasked frame, bad close
  // code) closes this connection (ws is already closing it with the matching close code); it must
  // never end the host.
  socket.on('error', (error: Error & { code?: string }) =>
    logger.warn('closed a bridge connection after a protocol error', { code: error.code }),
  );
  const flow = createFlowControl(socket, logger);
  const unsubscribe = core.onEvent((event, payload) => flow.send({ kind: 'event', event, payload }));
  socket.on('close', () => {
    unsubscribe();
    flow.discardWaiting(); // calls read but not started are not worth running for nobody
  });
  socket.on('message', (data, isBinary) =>
    flow.admit(async (drained) => {
      const message = isBinary ? null : parseCall(data.toString());
      if (!message) {
        const result = fail('BAD_INPUT', 'Malformed message: expected {id, channel, input}.');
        flow.send({ kind: 'result', id: null, result }, drained);
        return;
      }
      const result = await core.dispatch(message.channel, message.input, grant);
      flow.send({ kind: 'result', id: message.id, result }, drained);
    }),
  );
}

/** Calls answered but whose replies the client has not taken yet; past this we stop reading its calls. */
export const MAX_CALLS_IN_FLIGHT = 32;
/**
 * A backstop for what MAX_CALLS_IN_FLIGHT does not hold back (push events keep coming for a client
 * that reads nothing): past this much queued it is gone, and is dropped. Well above 32 of the
 * largest replies the contract allows (a 62-day session list), so a slow reader is never dropped.
 */
export const MAX_QUEUED_BYTES = 64 * 1024 * 1024;

type Call = (drained: () => void) => void | Promise<void>;

/**
 * Backpressure per connection: a client that keeps sending calls but does not read the replies
 * would otherwise make the host queue replies without limit (400 year-long calls took it from
 * 140 MB to 810 MB). A call counts from when it is read until its reply is handed to the OS. At
 * MAX_CALLS_IN_FLIGHT we stop reading the connection (TCP then holds the client back); calls
 * already read wait their turn, and reading resumes as replies drain.
 */
function createFlowControl(socket: WebSocket, logger: Pick<Logger, 'warn'>) {
  let inFlight = 0;
  let paused = false;
  const waiting: Call[] = [];

  const run = (call: Call) => {
    inFlight++;
    let settled = false;
    void call(() => {
      if (settled) return;
      settled = true;
      inFlight--;
      const next = waiting.shift();
      if (next) run(next);
      else if (paused) {
        paused = false;
        socket.resume();
      }
    });
  };

  return {
    /** Runs a call now, or once enough replies have drained; `drained` must be called once its reply is sent. */
    admit(call: Call): void {
      if (inFlight < MAX_CALLS_IN_FLIGHT) return run(call);
      waiting.push(call);
      if (!paused) {
        paused = true;
        socket.pause();
      }
    },
    discardWaiting(): void {
      waiting.length = 0;
    },
    send(message: ServerMessage, drained: () => void = () => {}): void {
      if (socket.readyState !== socket.OPEN) return drained();
      if (socket.bufferedAmount > MAX_QUEUED_BYTES) {
        logger.warn('dropped a bridge connection that does not read its replies', {
          queuedBytes: socket.bufferedAmount,
        });
        socket.terminate();
        return drained();
      }
      socket.send(JSON.stringify(message), () => drained());
    },
  };
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
