// Core tests (plain Node, real sockets): doctor's reachability check says what happened in plain
// words, never an internal code such as UND_ERR_SOCKET or ECONNREFUSED.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { reachServer } from './run-doctor';
import { refusedOrigin } from '../http/testing/script-server';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('doctor: reaching the server', () => {
  it('a server that drops the connection: plain words, no internal code', async () => {
    server = createServer((socket) => socket.once('data', () => socket.destroy()));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const reach = await reachServer(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api`);
    expect(reach).toMatchObject({
      ok: false,
      reason: 'The server dropped the connection. Check the internet connection.',
    });
  });

  it('nothing listening: plain words', async () => {
    const reach = await reachServer(await refusedOrigin());
    expect(reach.ok).toBe(false);
    expect(reach.ok ? '' : reach.reason).toBe(
      'The server could not be reached (connection refused). Check the internet connection.',
    );
  });
});
