// Integration probe (plain Node): the web host as its own process, real core in demo mode, attacked
// at the protocol level from the same machine — bad frames on an authenticated socket, request
// lines the URL parser rejects, and a flood of calls from a client that reads nothing. The host
// must stay alive and answer, and its memory must stay bounded. Figures are printed for the notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { TOKEN_PROTOCOL_PREFIX, WS_PATH, type ServerMessage } from '../../electron/web/protocol';
import {
  closedByServer,
  frame,
  openRawSocket,
  rawRequest,
  textFrame,
} from '../../electron/web/testing/raw-ws';
import { MAX_SESSION_RANGE_DAYS } from '../../shared/domain/limits';
import { startWebHostProcess, type WebHostProcess } from '../support/web-host-probe-process';

let host: WebHostProcess;
let client: WebSocket;
let nextId = 1;

function call(channel: string, input?: unknown): Promise<ServerMessage> {
  const id = nextId++;
  return new Promise((resolve) => {
    const onMessage = (data: unknown) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      if (message.kind === 'result' && message.id === id) {
        client.off('message', onMessage);
        resolve(message);
      }
    };
    client.on('message', onMessage);
    client.send(JSON.stringify({ id, channel, input }));
  });
}

function connect(): Promise<WebSocket> {
  const ws = new WebSocket(
    `ws://127.0.0.1:${new URL(host.origin).port}${WS_PATH}`,
    [TOKEN_PROTOCOL_PREFIX + host.token],
    {
      origin: host.origin,
    },
  );
  return new Promise((resolve, reject) => ws.once('open', () => resolve(ws)).once('error', reject));
}

/** Resolves once `read()` has moved by less than `slack` for `quietMs` (memory never sits still). */
async function whenSettled(read: () => number, slack: number, quietMs = 1000): Promise<number> {
  let last = read();
  let quietSince = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = read();
    if (Math.abs(now - last) >= slack) [last, quietSince] = [now, Date.now()];
    else if (Date.now() - quietSince >= quietMs) return now;
  }
}

beforeAll(async () => {
  host = await startWebHostProcess();
  client = await connect();
  // A synced demo cache, so session lists are as large as the bounds allow.
  expect(await call('sync:start', { full: true })).toMatchObject({ result: { ok: true } });
  for (;;) {
    const state = await call('sync:state');
    if (state.kind === 'result' && state.result.ok && !(state.result.value as { running: boolean }).running)
      break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 120_000);
afterAll(async () => {
  client?.close();
  await host?.stop();
});

const BAD_FRAMES = {
  'text frame over 256 KiB': frame({ opcode: 1, payload: Buffer.alloc(300 * 1024, 0x61) }),
  'invalid UTF-8': frame({ opcode: 1, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }),
  RSV1: frame({ opcode: 1, payload: Buffer.from('{}'), rsv1: true }),
  unmasked: frame({ opcode: 1, payload: Buffer.from('{}'), masked: false }),
  'opcode 3': frame({ opcode: 3, payload: Buffer.from('x') }),
  'close code 999': frame({ opcode: 8, payload: Buffer.from([0x03, 0xe7]) }),
};

describe('web host probe', () => {
  it('survives every bad frame on an authenticated socket', async () => {
    for (const bytes of Object.values(BAD_FRAMES)) {
      const socket = await openRawSocket(host.origin, host.token);
      socket.write(bytes);
      await closedByServer(socket);
    }
    expect(host.alive()).toBe(true);
    expect(await call('cache:counts')).toMatchObject({ result: { ok: true } });
  });

  it('answers every unparsable request line with 400 at worst, and survives', async () => {
    for (const line of [
      'GET //[ HTTP/1.1',
      'GET //a:b HTTP/1.1',
      'GET //% HTTP/1.1',
      'GET http://x:99999/ HTTP/1.1',
      'GET http://[ HTTP/1.1',
    ])
      expect(await rawRequest(host.origin, line)).toMatch(/^HTTP\/1\.1 (400|404)/);
    expect(host.alive()).toBe(true);
    expect(host.stderr()).not.toMatch(/TypeError|Unhandled/);
  });

  it('keeps memory bounded under a flood of calls from a client that reads nothing', async () => {
    const before = host.memoryMb();
    const socket = await openRawSocket(host.origin, host.token);
    socket.pause();
    const CALLS = 1000;
    const from = new Date(Date.now() - 7 * 86_400_000);
    const to = new Date(from.getTime() + MAX_SESSION_RANGE_DAYS * 86_400_000);
    const ranges = [
      { from: from.toISOString(), to: to.toISOString() },
      { from: '0000-01-01T00:00:00Z', to: '9999-12-31T23:59:59Z' },
    ];
    for (let id = 1; id <= CALLS; id++)
      socket.write(textFrame(JSON.stringify({ id, channel: 'sessions:list', input: ranges[id % 2] })));
    if (before) await whenSettled(() => host.memoryMb()?.rss ?? 0, 5);
    const during = host.memoryMb();
    console.info(`web host probe: settled at ${JSON.stringify(during)}`);
    expect(host.alive()).toBe(true);
    // Reading again, every call gets its answer.
    const MARK = '"kind":"result"';
    let replies = 0;
    let tail = '';
    await new Promise<void>((resolve, reject) => {
      socket.once('close', () =>
        reject(new Error(`the host closed the connection after ${replies} replies`)),
      );
      socket.on('data', (chunk: Buffer) => {
        // Counted chunk by chunk (a mark may straddle two): the replies add up to tens of MB.
        const text = tail + chunk.toString('latin1');
        replies += text.split(MARK).length - 1;
        tail = text.slice(-(MARK.length - 1));
        if (replies >= CALLS) resolve();
      });
      socket.resume();
    });
    socket.destroy();
    if (before && during) {
      console.info(`web host probe: RSS ${before.rss} MB before the flood, peak ${during.peak} MB`);
      expect(during.peak - before.rss).toBeLessThan(150);
    }
    expect(await call('cache:counts')).toMatchObject({ result: { ok: true } });
  }, 120_000);
});
