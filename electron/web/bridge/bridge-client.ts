// Web bridge (browser, tested in Node): the call/answer bookkeeping over a WebSocket that may drop
// and come back. Every call is answered exactly once. A call written to a socket that then closes
// is answered OFFLINE and never written again (it may have run; the page was told it failed); a
// call still waiting for a socket is either written to the next open one or answered OFFLINE when
// that attempt fails, never both. Push events sent while no socket was open are lost, so after a
// reconnect the client re-reads what they would have said (the sync's end, the app's status).
import type { Channel, EventName } from '../../../shared/ipc/channels';
import { fail, type Result } from '../../../shared/ipc/result';
import type { ServerMessage } from '../protocol';

/**
 * An event handler property. Declared as a method so that the browser's WebSocket (whose handlers
 * take DOM event types) and the `ws` package's client (Node, in tests) both fit.
 */
type Handler<E> = { handle(event: E): void }['handle'] | null;

/** The part of a WebSocket used here. */
export interface SocketLike {
  readonly readyState: number;
  onopen: Handler<unknown>;
  onmessage: Handler<{ data: unknown }>;
  onclose: Handler<unknown>;
  send(data: string): void;
}

export interface BridgeClientOptions {
  openSocket(): SocketLike;
  /** Runs `reconnect` after `ms`; a test passes its own scheduler to decide when. */
  schedule(reconnect: () => void, ms: number): void;
}

const OPEN = 1;
const LOST = 'Lost the connection to the Frontdesk host. Reconnecting…';

interface PendingCall {
  message: string;
  settle(result: Result<unknown>): void;
}

export function createBridgeClient(opts: BridgeClientOptions) {
  /** Calls written to the current socket, waiting for their answer. */
  const inFlight = new Map<number, PendingCall>();
  /** Calls made while no socket was open, in the order they were made. */
  const waiting = new Map<number, PendingCall>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: SocketLike | null = null;
  let nextId = 1;
  let retryMs = 250;
  let openedBefore = false;

  function connect() {
    const ws = opts.openSocket();
    socket = ws;
    ws.onopen = () => {
      retryMs = 250;
      const reconnected = openedBefore;
      openedBefore = true;
      for (const [id, call] of waiting) {
        waiting.delete(id);
        inFlight.set(id, call);
        ws.send(call.message);
      }
      if (reconnected) void catchUp();
    };
    ws.onmessage = (e) => receive(JSON.parse(String(e.data)) as ServerMessage);
    ws.onclose = () => {
      socket = null;
      // Nothing will answer these on this connection: settle every one of them now, and forget
      // them, so none is written again to the next socket after the page was told it failed.
      for (const calls of [inFlight, waiting]) {
        for (const [id, call] of calls) {
          calls.delete(id);
          call.settle(fail('OFFLINE', LOST));
        }
      }
      opts.schedule(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  }

  function emit(event: string, payload: unknown) {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }

  /**
   * A run that ended while the socket was down would leave the page showing "Syncing…" for good,
   * and a status change (a back end back online) unseen: read both now and hand them to the page
   * as the events it missed. A run still going needs nothing: its progress events keep coming.
   */
  async function catchUp() {
    const [sync, status] = await Promise.all([
      invoke('sync:state', undefined),
      invoke('app:status', undefined),
    ]);
    if (sync.ok && !(sync.value as { running?: unknown }).running)
      emit('sync:finished', { state: sync.value });
    if (status.ok) emit('app:statusChanged', status.value);
  }

  function receive(message: ServerMessage) {
    if (message.kind === 'event') {
      emit(message.event, message.payload);
      return;
    }
    if (message.id === null) return;
    const call = inFlight.get(message.id);
    inFlight.delete(message.id);
    call?.settle(message.result);
  }

  function invoke(channel: Channel, input: unknown): Promise<Result<unknown>> {
    const id = nextId++;
    const message = JSON.stringify({ id, channel, input });
    return new Promise((settle) => {
      if (socket?.readyState === OPEN) {
        inFlight.set(id, { message, settle });
        socket.send(message);
      } else {
        waiting.set(id, { message, settle });
      }
    });
  }

  function subscribe(event: EventName, listener: (payload: unknown) => void) {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => void set.delete(listener);
  }

  connect();
  return { invoke, subscribe };
}
