// Core tests (plain Node): a redirect never carries a secret to another address. The sign-in
// (whose body is the API key and secret) follows no redirect and says where it pointed; data
// requests follow one without their bearer token when it leaves the origin. Real sockets, two
// servers: the back end, and the address it redirects to.
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendError } from '../http/errors';
import { startScriptServer, type Script, type ScriptServer } from '../http/testing/script-server';
import { createAuthedHttp } from './authed-http';

const servers: ScriptServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

const SECRET = 'api-secret-that-must-stay-home';
const token: Script = () => ({ status: 200, body: { token: 'tok', expiresIn: 3600 } });

async function serve(script: Script) {
  const server = await startScriptServer(script);
  servers.push(server);
  return server;
}

function transport(baseUrl: string) {
  return createAuthedHttp(
    { baseUrl, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 } },
    {
      backend: 'Reservie',
      budgetDefaults: { requests: 1000, perMs: 1000 },
      secrets: () => [SECRET],
      signIn: { method: 'POST', path: '/auth/token', body: { apiKey: 'key', apiSecret: SECRET } },
      readToken: (reply, at) => ({
        token: (reply as { token: string }).token,
        expiresAt: new Date(at.getTime() + 3_600_000),
      }),
    },
  );
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected a BackendError'),
    (e: unknown) => e as BackendError,
  );

describe('redirects and credentials', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`refuses a ${status} on the sign-in, sends nothing to where it points, and says where that was`, async () => {
      const elsewhere = await serve(token);
      const backend = await serve(() => ({
        status,
        headers: { location: `${elsewhere.origin}/steal?x=1` },
      }));
      const { tokens } = transport(backend.origin);
      const error = await failure(tokens.refresh());
      expect(error.code).toBe('SERVER_ERROR');
      expect(error.message).toContain(`redirect to ${elsewhere.origin}/steal`);
      expect(error.message).not.toContain('x=1');
      expect(elsewhere.requests).toHaveLength(0);
      // Not retried: a redirect will not go away by asking again.
      expect(backend.count('POST', '/auth/token')).toBe(1);
    });
  }

  it('refuses a same-origin redirect on the sign-in too', async () => {
    const backend = await serve((req) =>
      req.path === '/auth/token'
        ? { status: 308, headers: { location: '/v2/auth/token' } }
        : { status: 200, body: { token: 'tok', expiresIn: 3600 } },
    );
    const error = await failure(transport(backend.origin).tokens.refresh());
    expect(error.message).toContain(`redirect to ${backend.origin}/v2/auth/token`);
    expect(backend.requests.filter((r) => r.body.includes(SECRET))).toHaveLength(1);
  });

  it('follows a data redirect to another origin without the bearer token', async () => {
    const elsewhere = await serve(() => ({ status: 200, body: { customers: [] } }));
    const backend = await serve((req) =>
      req.path === '/auth/token'
        ? { status: 200, body: { token: 'tok', expiresIn: 3600 } }
        : { status: 302, headers: { location: `${elsewhere.origin}/customers` } },
    );
    const { http } = transport(backend.origin);
    await expect(http.request({ method: 'GET', path: '/customers', lane: 'interactive' })).resolves.toEqual({
      customers: [],
    });
    expect(elsewhere.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('keeps the bearer token on a same-origin data redirect', async () => {
    const backend = await serve((req) =>
      req.path === '/auth/token'
        ? { status: 200, body: { token: 'tok', expiresIn: 3600 } }
        : req.path === '/old'
          ? { status: 301, headers: { location: '/new' } }
          : { status: 200, body: { ok: true } },
    );
    await transport(backend.origin).http.request({ method: 'GET', path: '/old', lane: 'interactive' });
    expect(backend.requests.find((r) => r.path === '/new')?.headers.authorization).toBe('Bearer tok');
  });

  it('does not send a write body to another origin on a 307', async () => {
    const elsewhere = await serve(() => ({ status: 200, body: {} }));
    const backend = await serve((req) =>
      req.path === '/auth/token'
        ? { status: 200, body: { token: 'tok', expiresIn: 3600 } }
        : { status: 307, headers: { location: `${elsewhere.origin}/registrations` } },
    );
    const { http } = transport(backend.origin);
    const error = await failure(
      http.request({
        method: 'POST',
        path: '/registrations',
        body: { customerId: 'c1' },
        lane: 'interactive',
      }),
    );
    expect(error.message).toContain(`redirect to ${elsewhere.origin}/registrations`);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('gives up on a redirect loop', async () => {
    const backend = await serve((req) =>
      req.path === '/auth/token'
        ? { status: 200, body: { token: 'tok', expiresIn: 3600 } }
        : { status: 302, headers: { location: '/loop' } },
    );
    const error = await failure(
      transport(backend.origin).http.request({ method: 'GET', path: '/loop', lane: 'interactive' }),
    );
    expect(error.message).toMatch(/redirected the request too many times/);
  });
});
