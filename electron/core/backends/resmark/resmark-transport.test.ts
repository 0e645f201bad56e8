// Core tests (plain Node): Resmark's token refusals inside a 200 envelope — recognised by their
// wording, answered like a 401 (re-authenticate once, retry once), over real HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { BackendError } from '../../http/errors';
import type { HttpRequest } from '../../http/http-client';
import { startScriptServer, type Reply, type ScriptServer } from '../../http/testing/script-server';
import { createResmarkTransport, saysTokenRefused } from './resmark-transport';

let server: ScriptServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const refused = (errorMessage: string): Reply => ({ status: 200, body: { errorMessage, data: null } });
const ok: Reply = { status: 200, body: { errorMessage: null, data: [] } };

/** Issues tok1, tok2, …; API calls get `reply(token)`. */
async function setup(reply: (token: string) => Reply) {
  let issued = 0;
  server = await startScriptServer((req) => {
    if (req.path === '/api/authenticate') return { status: 200, body: `tok${++issued}` };
    return reply((req.headers.authorization ?? '').replace('Bearer ', ''));
  });
  const transport = createResmarkTransport({
    baseUrl: `${server.origin}/api`,
    username: 'desk@example.com',
    apiKey: 'good-key',
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  const count = (method: string, path: string) => server!.count(method, `/api${path}`);
  return { transport, count };
}

const listProducts: HttpRequest = { method: 'GET', path: '/product', lane: 'interactive' };
const createOrder: HttpRequest = {
  method: 'POST',
  path: '/order',
  body: { id: 'cart-1' },
  lane: 'interactive',
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected a BackendError'),
    (e: unknown) => e as BackendError,
  );

describe('saysTokenRefused', () => {
  it.each([
    'Token expired',
    'token has expired',
    'Invalid token',
    'Unauthorized',
    'UNAUTHORISED',
    'Not authenticated',
    'User is not authorized',
    'Invalid session',
    'Session expired, please log in again',
    'Authentication failed',
    'Authorization required',
  ])('%s: yes', (message) => expect(saysTokenRefused(message)).toBe(true));

  it.each([
    'Lock expired',
    'Inventory no longer available',
    'Cart not found',
    'participants is required',
    'Payment authorization failed',
    'Card authorization declined',
  ])('%s: no', (message) => expect(saysTokenRefused(message)).toBe(false));
});

describe('Resmark token refused inside a 200 envelope', () => {
  it.each([['Token expired'], ['Unauthorized'], ['Invalid session']])(
    '"%s": re-authenticates once and retries once',
    async (message) => {
      const { transport, count } = await setup((token) => (token === 'tok1' ? refused(message) : ok));
      expect(await transport.call(listProducts, z.array(z.unknown()), 'products')).toEqual([]);
      expect(count('POST', '/authenticate')).toBe(2);
      expect(count('GET', '/product')).toBe(2);
    },
  );

  it('does so for an order too, which is otherwise never retried', async () => {
    const { transport, count } = await setup((token) =>
      token === 'tok1' ? refused('Token expired') : { status: 200, body: { errorMessage: null, data: {} } },
    );
    await transport.call(createOrder, z.unknown(), 'an order');
    expect(count('POST', '/order')).toBe(2);
  });

  it('reports UNAUTHORIZED when the fresh token is refused too, without looping', async () => {
    const { transport, count } = await setup(() => refused('Token expired'));
    const e = await failure(transport.call(listProducts, z.unknown(), 'products'));
    expect(e.code).toBe('UNAUTHORIZED');
    expect(e.message).toContain('refused a fresh sign-in');
    expect(count('POST', '/authenticate')).toBe(2);
    expect(count('GET', '/product')).toBe(2);
  });

  it.each([
    ['Cart not found', 'NOT_FOUND'],
    ['Lock expired', 'CONFLICT'],
    ['participants is required', 'BAD_INPUT'],
  ])('keeps "%s" as %s, without signing in again', async (message, code) => {
    const { transport, count } = await setup(() => refused(message));
    const e = await failure(transport.call(listProducts, z.unknown(), 'products'));
    expect(e).toMatchObject({ code, message: `Resmark: ${message}` });
    expect(count('POST', '/authenticate')).toBe(1);
    expect(count('GET', '/product')).toBe(1);
  });
});
