// Web bridge (browser, loaded by the web host before the app): defines `window.frontdesk` over a
// WebSocket to the loopback host, so the renderer runs unchanged outside Electron.
import { buildApi, type Api } from '../../../shared/ipc/api';
import type { Channel, EventName } from '../../../shared/ipc/channels';
import { fail, type Result } from '../../../shared/ipc/result';
import { TOKEN_PROTOCOL_PREFIX, WS_PATH, type ServerMessage } from '../protocol';
import { readLaunchToken } from './launch-token';

declare global {
  interface Window {
    frontdesk?: Api;
  }
}

const token = readLaunchToken();
const pending = new Map<number, (result: Result<unknown>) => void>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
const queue: string[] = [];
let socket: WebSocket | null = null;
let nextId = 1;
let retryMs = 250;

function connect() {
  if (!token) return;
  const ws = new WebSocket(`ws://${location.host}${WS_PATH}`, [TOKEN_PROTOCOL_PREFIX + token]);
  socket = ws;
  ws.onopen = () => {
    retryMs = 250;
    for (const message of queue.splice(0)) ws.send(message);
  };
  ws.onmessage = (e) => receive(JSON.parse(String(e.data)) as ServerMessage);
  ws.onclose = () => {
    socket = null;
    // Calls in flight will never be answered by this connection: settle them instead of hanging.
    for (const [id, settle] of pending) {
      pending.delete(id);
      settle(fail('OFFLINE', 'Lost the connection to the Frontdesk host. Reconnecting…'));
    }
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 5000);
  };
}

function receive(message: ServerMessage) {
  if (message.kind === 'event') {
    for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    return;
  }
  if (message.id === null) return;
  pending.get(message.id)?.(message.result);
  pending.delete(message.id);
}

function invoke(channel: Channel, input: unknown): Promise<Result<unknown>> {
  if (!token) {
    return Promise.resolve(
      fail(
        'FORBIDDEN',
        'Open Frontdesk with the address the web host printed (it carries the launch token).',
      ),
    );
  }
  const id = nextId++;
  const message = JSON.stringify({ id, channel, input });
  return new Promise((resolve) => {
    pending.set(id, resolve);
    if (socket?.readyState === WebSocket.OPEN) socket.send(message);
    else queue.push(message);
  });
}

function subscribe(event: EventName, listener: (payload: unknown) => void) {
  const set = listeners.get(event) ?? new Set();
  listeners.set(event, set);
  set.add(listener);
  return () => void set.delete(listener);
}

window.frontdesk = Object.freeze(buildApi(invoke, subscribe));
connect();
