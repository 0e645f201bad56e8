// Web host test support (plain Node): a WebSocket client at the byte level, so tests can send
// frames no well-behaved library would (oversized, invalid UTF-8, unmasked, reserved bits).
import { connect, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { TOKEN_PROTOCOL_PREFIX, WS_PATH } from '../protocol';

export interface FrameSpec {
  opcode: number;
  payload: Buffer;
  /** Client frames must be masked; false sends a protocol error. Default true. */
  masked?: boolean;
  /** Sets RSV1 (compression), which we never negotiate. */
  rsv1?: boolean;
}

export function frame({ opcode, payload, masked = true, rsv1 = false }: FrameSpec): Buffer {
  const first = 0x80 | (rsv1 ? 0x40 : 0) | opcode;
  const maskBit = masked ? 0x80 : 0;
  let header: Buffer;
  if (payload.length < 126) header = Buffer.from([first, maskBit | payload.length]);
  else if (payload.length < 65536) {
    header = Buffer.alloc(4);
    header.writeUInt8(first, 0);
    header.writeUInt8(maskBit | 126, 1);
    header.writeUInt16BE(payload.length, 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(first, 0);
    header.writeUInt8(maskBit | 127, 1);
    header.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  if (!masked) return Buffer.concat([header, payload]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([header, mask, body]);
}

export const textFrame = (text: string) => frame({ opcode: 1, payload: Buffer.from(text) });

/** Opens the bridge WebSocket by hand with the right Host, Origin and token; resolves once upgraded. */
export function openRawSocket(origin: string, token: string): Promise<Socket> {
  const { hostname, port } = new URL(origin);
  const socket = connect(Number(port), hostname);
  socket.write(
    [
      `GET ${WS_PATH} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      `Sec-WebSocket-Protocol: ${TOKEN_PROTOCOL_PREFIX}${token}`,
      `Origin: ${origin}`,
      '',
      '',
    ].join('\r\n'),
  );
  return new Promise((resolve, reject) => {
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (head.startsWith('HTTP/1.1 101')) resolve(socket);
      else reject(new Error(`upgrade refused: ${head.split('\r\n')[0]}`));
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

/** Resolves when the server has closed the connection (or reset it). */
export function closedByServer(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) return resolve();
    socket.once('close', () => resolve());
    socket.on('error', () => {});
    socket.resume();
  });
}

/** Sends a raw request line (and Host) over a fresh TCP connection; resolves with the status line. */
export function rawRequest(origin: string, requestLine: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  const socket = connect(Number(port), hostname);
  socket.write(`${requestLine}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
  return new Promise((resolve) => {
    let reply = '';
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.once('close', () => resolve(reply.split('\r\n')[0] ?? ''));
  });
}
