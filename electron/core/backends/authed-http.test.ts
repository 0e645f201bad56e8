// Core tests (plain Node): the shared transport over real sockets — a failing token endpoint is
// retried once per sign-in, never again per data attempt; every call ends by its deadline; a
// wrong key still fails after one token request.
import { afterEach, describe, expect, it } from 'vitest';
import { WRONG_KEY_MESSAGE, type BackendError } from '../http/errors';
import { startScriptServer, type Script, type ScriptServer } from '../http/testing/script-server';
import { createAuthedHttp, type ClientTransportOptions } from './authed-http';

let server: ScriptServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function setup(script: Script, opts: Partial<ClientTransportOptions> = {}) {
  server = await startScriptServer(script);
  const transport = createAuthedHttp(
    { baseUrl: server.origin, retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 }, ...opts },
    {
      backend: 'Reservie',
      budgetDefaults: { requests: 1000, perMs: 1000 },
      secrets: () => ['s3cr3t'],
      signIn: { method: 'POST', path: '/auth/token', body: { apiKey: 'k', apiSecret: 's3cr3t' } },
      readToken: (reply, at) => ({
        token: (reply as { token: string }).token,
        expiresAt: new Date(at.getTime() + 3_600_000),
      }),
    },
  );
  const tokenRequests = () => server!.count('POST', '/auth/token');
  const dataRequests = () => server!.requests.length - tokenRequests();
  return { ...transport, server, tokenRequests, dataRequests };
}

const list = { method: 'GET', path: '/customers', lane: 'background' } as const;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected a BackendError'),
    (e: unknown) => e as BackendError,
  );
const token: Script = () => ({ status: 200, body: { token: 'tok', expiresIn: 3600 } });

describe('authed transport: token failures', () => {
  it('retries a failing token endpoint once per sign-in, not again for every data attempt', async () => {
    const { http, tokenRequests, dataRequests } = await setup(() => ({
      status: 500,
      body: { error: { code: 'internal_error' } },
    }));
    expect((await failure(http.request(list))).code).toBe('SERVER_ERROR');
    expect(tokenRequests()).toBe(4);
    expect(dataRequests()).toBe(0);
  });

  it.each([[401], [403]])(
    'reports a %i from the token endpoint as a wrong key after exactly one request',
    async (status) => {
      const { http, tokenRequests, dataRequests } = await setup(() => ({
        status,
        body: { error: { code: 'unauthorized', message: 'Invalid API key' } },
      }));
      const e = await failure(http.request(list));
      expect(e).toMatchObject({ code: 'UNAUTHORIZED', message: WRONG_KEY_MESSAGE });
      expect(tokenRequests()).toBe(1);
      expect(dataRequests()).toBe(0);
    },
  );

  it('re-authenticates once when an HTML 401 refuses the token, then reports the refusal', async () => {
    const { http, tokenRequests, dataRequests } = await setup((req) =>
      req.path === '/auth/token'
        ? token(req, 0)
        : { status: 401, headers: { 'content-type': 'text/html' }, body: '<html>401</html>' },
    );
    const e = await failure(http.request(list));
    expect(e).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    expect(e.message).toContain('refused a fresh sign-in');
    expect([tokenRequests(), dataRequests()]).toEqual([2, 2]);
  });
});

describe('authed transport: deadlines', () => {
  it('ends a call that keeps failing at its deadline, with the last error', async () => {
    const { http, dataRequests } = await setup(
      (req) => (req.path === '/auth/token' ? token(req, 0) : { status: 500 }),
      {
        deadlineMs: { background: 300 },
        retry: { maxAttempts: 100, baseDelayMs: 100, maxDelayMs: 100 },
      },
    );
    const started = performance.now();
    expect(await failure(http.request(list))).toMatchObject({ code: 'SERVER_ERROR', status: 500 });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(dataRequests()).toBeLessThan(15);
  });

  it('cuts an attempt short at the deadline, whatever the per-attempt timeout', async () => {
    const { http } = await setup((req) => (req.path === '/auth/token' ? token(req, 0) : 'hang'), {
      timeoutMs: 10_000,
      deadlineMs: { background: 300 },
    });
    const started = performance.now();
    const e = await failure(http.request(list));
    expect(e.code).toBe('OFFLINE');
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('stops waiting for a sign-in that hangs at the caller’s deadline', async () => {
    const { http, dataRequests } = await setup(() => 'hang', {
      timeoutMs: 10_000,
      deadlineMs: { interactive: 300, background: 300 },
    });
    const started = performance.now();
    const e = await failure(http.request({ ...list, lane: 'interactive' }));
    expect(e).toMatchObject({ code: 'OFFLINE' });
    expect(e.message).toContain('within 0.3 s');
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(dataRequests()).toBe(0);
  });
});
