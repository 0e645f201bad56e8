// Web bridge tests (plain Node): the bridge's calls over a real WebSocket on loopback that is cut
// mid-call and refused on the next attempt. A call the page was told had failed is never sent again.
import { afterEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import type { Result } from '../../../shared/ipc/result';
import { createBridgeClient } from './bridge-client';

interface Received {
  id: number;
  channel: string;
}

/** A loopback server that records every call it is sent and answers only when told to. */
async function startServer() {
  const received: Received[] = [];
  const connections: WebSocket[] = [];
  let refuse = false;
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: () => !refuse,
  });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wss.on('connection', (socket) => {
    connections.push(socket);
    socket.on('message', (data) => received.push(JSON.parse(String(data)) as Received));
  });
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    received,
    connections,
    refuseNext: (value: boolean) => void (refuse = value),
    answer(socket: WebSocket, id: number, result: Result<unknown>) {
      socket.send(JSON.stringify({ kind: 'result', id, result }));
    },
    close: () => new Promise<void>((resolve) => wss.close(() => resolve())),
  };
}

/** Reconnects only when the test says so: no timers. */
function manualScheduler() {
  let due: (() => void) | null = null;
  return {
    schedule: (reconnect: () => void) => void (due = reconnect),
    reconnectNow() {
      const run = due;
      due = null;
      if (!run) throw new Error('no reconnect is scheduled');
      run();
    },
    get scheduled() {
      return due !== null;
    },
  };
}

const waitFor = async (check: () => boolean) => {
  // An upper bound for a loaded machine, not a speed check: it returns as soon as the state shows.
  await expect.poll(check, { timeout: 20_000, interval: 10 }).toBe(true);
};

describe('bridge client', () => {
  const closers: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });

  it('answers a call cut mid-flight once, as OFFLINE, and never sends it or a failed queued call again', async () => {
    const server = await startServer();
    closers.push(() => server.close());
    const scheduler = manualScheduler();
    const sockets: WebSocket[] = [];
    const client = createBridgeClient({
      openSocket: () => {
        const ws = new WebSocket(server.url);
        // The browser reports a refused handshake as a close; `ws` also emits 'error', which must be heard.
        ws.on('error', () => {});
        sockets.push(ws);
        return ws;
      },
      schedule: scheduler.schedule,
    });
    closers.push(() => sockets.forEach((s) => s.terminate()));

    // A write reaches the server, which is cut off before it answers.
    await waitFor(() => sockets[0]?.readyState === WebSocket.OPEN);
    const cut = client.invoke('sync:start', { full: true });
    await waitFor(() => server.received.length === 1);
    server.connections[0]!.terminate();
    await expect(cut).resolves.toMatchObject({ ok: false, error: { code: 'OFFLINE' } });

    // A call made while disconnected waits for a socket; the next attempt is refused, so it fails.
    const queued = client.invoke('backend:signOut', { backend: 'reservie', wipeCache: false });
    server.refuseNext(true);
    await waitFor(() => scheduler.scheduled);
    scheduler.reconnectNow();
    await expect(queued).resolves.toMatchObject({ ok: false, error: { code: 'OFFLINE' } });

    // The host is back: new calls go through, the failed ones are not replayed.
    server.refuseNext(false);
    await waitFor(() => scheduler.scheduled);
    scheduler.reconnectNow();
    // (The reconnect itself first re-reads the sync state and the status: see the next test.)
    await waitFor(() => server.received.length === 3);
    const after = client.invoke('app:status', undefined);
    await waitFor(() => server.received.length === 4);
    const latest = server.connections.at(-1)!;
    const statusCall = server.received.at(-1)!;
    expect(statusCall.channel).toBe('app:status');
    server.answer(latest, statusCall.id, { ok: true, value: 'status' });
    await expect(after).resolves.toEqual({ ok: true, value: 'status' });
    // A late or repeated answer for a call already settled changes nothing.
    server.answer(latest, server.received[0]!.id, { ok: true, value: 'too late' });
    server.answer(latest, statusCall.id, { ok: true, value: 'twice' });

    expect(server.received.map((r) => r.channel)).toEqual([
      'sync:start',
      'sync:state',
      'app:status',
      'app:status',
    ]);
  });

  it('sends a call made before the socket opened once it opens', async () => {
    const server = await startServer();
    closers.push(() => server.close());
    const sockets: WebSocket[] = [];
    const client = createBridgeClient({
      openSocket: () => {
        const ws = new WebSocket(server.url);
        sockets.push(ws);
        return ws;
      },
      schedule: () => {},
    });
    closers.push(() => sockets.forEach((s) => s.terminate()));
    const early = client.invoke('app:status', undefined);
    await waitFor(() => server.received.length === 1);
    server.answer(server.connections[0]!, server.received[0]!.id, { ok: true, value: 1 });
    await expect(early).resolves.toEqual({ ok: true, value: 1 });
  });

  /**
   * A client whose first socket is cut, then reconnected: answers the two reads the reconnect
   * makes with `syncState` and a status, and returns the events the page was handed.
   */
  async function reconnectAndCatchUp(syncState: { running: boolean; resources: unknown[] }) {
    const server = await startServer();
    closers.push(() => server.close());
    const scheduler = manualScheduler();
    const sockets: WebSocket[] = [];
    const client = createBridgeClient({
      openSocket: () => {
        const ws = new WebSocket(server.url);
        ws.on('error', () => {});
        sockets.push(ws);
        return ws;
      },
      schedule: scheduler.schedule,
    });
    closers.push(() => sockets.forEach((s) => s.terminate()));
    const seen: string[] = [];
    client.subscribe('sync:finished', (p) => seen.push(`sync:finished ${JSON.stringify(p)}`));
    client.subscribe('app:statusChanged', (p) => seen.push(`app:statusChanged ${JSON.stringify(p)}`));

    // The first connection re-reads nothing: the page loads its state itself at start.
    await waitFor(() => sockets[0]?.readyState === WebSocket.OPEN);
    server.connections[0]!.terminate();
    await waitFor(() => scheduler.scheduled);
    expect(server.received).toEqual([]);

    scheduler.reconnectNow();
    await waitFor(() => server.received.length === 2);
    const socket = server.connections.at(-1)!;
    const byChannel = (c: string) => server.received.find((r) => r.channel === c)!.id;
    server.answer(socket, byChannel('sync:state'), { ok: true, value: syncState });
    server.answer(socket, byChannel('app:status'), { ok: true, value: { mode: 'demo' } });
    await waitFor(() => seen.some((e) => e.startsWith('app:statusChanged')));
    return seen;
  }

  it('after a reconnect, hands the page the end of a sync and the status it missed', async () => {
    expect(await reconnectAndCatchUp({ running: false, resources: [] })).toEqual([
      'sync:finished {"state":{"running":false,"resources":[]}}',
      'app:statusChanged {"mode":"demo"}',
    ]);
  });

  it('after a reconnect during a run, reports no end of it', async () => {
    expect(await reconnectAndCatchUp({ running: true, resources: [] })).toEqual([
      'app:statusChanged {"mode":"demo"}',
    ]);
  });
});
