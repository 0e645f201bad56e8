// Web host tests (plain Node): nothing a client sends — a bad WebSocket frame on an authenticated
// connection, a request line the URL parser chokes on — may end the host. Each case is followed by
// a normal call on a fresh connection, which only a living host can answer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createDispatcher, type Handlers } from '../core/ipc/dispatch';
import type { Core } from '../core/core-types';
import { startWebHost, type WebHost } from './web-host';
import { TOKEN_PROTOCOL_PREFIX, WS_PATH, type ServerMessage } from './protocol';
import { closedByServer, frame, openRawSocket, rawRequest, textFrame } from './testing/raw-ws';
import { MAX_CALLS_IN_FLIGHT } from './bridge-socket';
import { fakeRendererBuild } from './testing/fake-build';

const silent = { info() {}, warn() {}, error() {} };

/** 'cache:state' here answers 200 KB, so a client that does not read fills every buffer fast. */
const BIG_REPLY = 'x'.repeat(200 * 1024);
let dispatched = 0;

function testCore(): Core {
  const handlers = {
    'cache:counts': () => ({ customers: 7 }),
    'sync:state': () => {
      dispatched++;
      return { big: BIG_REPLY };
    },
  } as unknown as Handlers;
  return { dispatch: createDispatcher(handlers, silent), onEvent: () => () => {}, close: async () => {} };
}

/** Resolves once `read()` has not changed for `quietMs` (checked every 50 ms). */
async function whenSettled(read: () => number, quietMs = 500): Promise<number> {
  let last = read();
  let quietSince = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = read();
    if (now !== last) [last, quietSince] = [now, Date.now()];
    else if (Date.now() - quietSince >= quietMs) return now;
  }
}

/** One real call on a new connection: proves the host is still serving. */
async function stillServes(host: WebHost): Promise<ServerMessage> {
  const ws = new WebSocket(
    `ws://127.0.0.1:${new URL(host.origin).port}${WS_PATH}`,
    [TOKEN_PROTOCOL_PREFIX + host.token],
    { origin: host.origin },
  );
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const reply = await new Promise<ServerMessage>((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(String(data)) as ServerMessage));
    ws.send(JSON.stringify({ id: 1, channel: 'cache:counts' }));
  });
  ws.close();
  return reply;
}

const BAD_FRAMES: Record<string, Buffer> = {
  'a text frame over 256 KiB': frame({ opcode: 1, payload: Buffer.alloc(300 * 1024, 0x61) }),
  'invalid UTF-8': frame({ opcode: 1, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }),
  'RSV1 set without compression': frame({ opcode: 1, payload: Buffer.from('{}'), rsv1: true }),
  'an unmasked client frame': frame({ opcode: 1, payload: Buffer.from('{}'), masked: false }),
  'reserved opcode 3': frame({ opcode: 3, payload: Buffer.from('x') }),
  'close code 999': frame({ opcode: 8, payload: Buffer.from([0x03, 0xe7]) }),
};

describe('web host under hostile input', () => {
  let host: WebHost;
  const warnings: string[] = [];
  beforeEach(async () => {
    host = await startWebHost({
      core: testCore(),
      ...fakeRendererBuild(),
      logger: { warn: (message) => warnings.push(message) },
    });
  });
  afterEach(() => host.close());

  for (const [name, bytes] of Object.entries(BAD_FRAMES)) {
    it(`closes the connection on ${name}, and keeps serving`, async () => {
      const socket = await openRawSocket(host.origin, host.token);
      socket.write(bytes);
      await closedByServer(socket);
      expect(await stillServes(host)).toMatchObject({ id: 1, result: { ok: true } });
    });
  }

  it('logs a protocol error as a warning', async () => {
    const socket = await openRawSocket(host.origin, host.token);
    socket.write(BAD_FRAMES['invalid UTF-8']!);
    await closedByServer(socket);
    expect(warnings).toContain('closed a bridge connection after a protocol error');
  });

  it('stops reading calls from a client that does not read its replies, and catches up when it does', async () => {
    dispatched = 0;
    const socket = await openRawSocket(host.origin, host.token);
    socket.pause(); // the client reads nothing
    const CALLS = 400;
    for (let id = 1; id <= CALLS; id++)
      socket.write(textFrame(JSON.stringify({ id, channel: 'sync:state' })));
    // Kernel buffers hold a few replies beyond those in flight; nowhere near all of them.
    const whilePaused = await whenSettled(() => dispatched);
    expect(whilePaused).toBeGreaterThanOrEqual(MAX_CALLS_IN_FLIGHT);
    expect(whilePaused).toBeLessThan(CALLS / 2);
    // Reading again, every call is answered.
    let received = 0;
    socket.on('data', (chunk: Buffer) => (received += chunk.length));
    socket.resume();
    await new Promise<void>((resolve) => {
      const check = () => (received >= CALLS * BIG_REPLY.length ? resolve() : setTimeout(check, 50));
      check();
    });
    expect(dispatched).toBe(CALLS);
    socket.destroy();
  });

  for (const line of [
    'GET //[ HTTP/1.1',
    'GET //a:b HTTP/1.1',
    'GET //% HTTP/1.1',
    'GET http://x:99999/ HTTP/1.1',
    'GET http://[ HTTP/1.1',
  ]) {
    it(`answers "${line}" with 400 at worst, and keeps serving`, async () => {
      const status = await rawRequest(host.origin, line);
      expect(status).toMatch(/^HTTP\/1\.1 (400|404)/);
      expect(await stillServes(host)).toMatchObject({ id: 1, result: { ok: true } });
    });
  }
});
