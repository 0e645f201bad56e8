// Core tests (plain Node): the shared transport over real sockets — a failing token endpoint is
// retried once per sign-in, never again per data attempt; every call ends by its deadline; a
// wrong key still fails after one token request.
import { afterEach, describe, expect, it } from 'vitest';
import { WRONG_KEY_MESSAGE, type BackendError } from '../http/errors';
import { createRequestBudget } from '../http/request-budget';
import { driveUntilSettled, trackFetch } from '../http/testing/drive';
import { createFakeScheduler } from '../http/testing/fake-scheduler';
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

describe('authed transport: deadlines, on a fake clock', () => {
  // Deadlines run on the fake scheduler; it moves only while no exchange is on the wire (one the
  // script deliberately hangs aside), so a slow machine cannot make a deadline fall mid-request.
  // Per-attempt timeouts are real time: an hour here, so they never decide.
  async function fakeSetup(script: Script, opts: Partial<ClientTransportOptions>) {
    const scheduler = createFakeScheduler();
    const tracker = trackFetch();
    const seenAt: number[] = [];
    const ctx = await setup(
      (req, i) => {
        if (req.path !== '/auth/token') seenAt.push(scheduler.now());
        return script(req, i);
      },
      {
        scheduler,
        budget: createRequestBudget({ requests: 1000, perMs: 1000, scheduler }),
        fetchImpl: tracker.fetch,
        timeoutMs: 3_600_000,
        ...opts,
      },
    );
    const busy = () => tracker.open() > ctx.server.hanging();
    const outcome = async (call: Promise<unknown>) => {
      const failed = failure(call);
      await driveUntilSettled(scheduler, failed, busy);
      return { error: await failed, endedAt: scheduler.now() };
    };
    return { ...ctx, seenAt, outcome };
  }

  it('ends a call that keeps failing at its deadline, with the last error', async () => {
    const { http, seenAt, outcome } = await fakeSetup(
      (req) => (req.path === '/auth/token' ? token(req, 0) : { status: 500 }),
      {
        deadlineMs: { background: 300 },
        retry: { maxAttempts: 100, baseDelayMs: 100, maxDelayMs: 100 },
      },
    );
    const { error, endedAt } = await outcome(http.request(list));
    expect(error).toMatchObject({ code: 'SERVER_ERROR', status: 500 });
    // Backoff is random below 100 ms, so at least four attempts fit; none starts past the
    // deadline, and the call does not sit out a wait that would end after it.
    expect(seenAt.length).toBeGreaterThanOrEqual(4);
    expect(seenAt.every((at) => at < 300)).toBe(true);
    expect(endedAt).toBe(seenAt.at(-1));
  });

  it('stops waiting for a sign-in that hangs at the caller’s deadline', async () => {
    const { http, dataRequests, outcome } = await fakeSetup(() => 'hang', {
      deadlineMs: { interactive: 30_000, background: 60_000 },
    });
    const { error, endedAt } = await outcome(http.request({ ...list, lane: 'interactive' }));
    expect(error).toMatchObject({ code: 'OFFLINE' });
    expect(error.message).toContain('within 30 s');
    expect(endedAt).toBe(30_000);
    expect(dataRequests()).toBe(0);
  });
});

describe('authed transport: deadlines, in real time', () => {
  // The deadline's signal reaches an attempt already on the wire; this one runs on the real clock.
  // With an hour-long per-attempt timeout, only the deadline can end the call before the test's
  // own timeout; how slow the machine is changes nothing.
  it('cuts an attempt short at the deadline, whatever the per-attempt timeout', async () => {
    const { http } = await setup((req) => (req.path === '/auth/token' ? token(req, 0) : 'hang'), {
      timeoutMs: 3_600_000,
      deadlineMs: { background: 300 },
    });
    const e = await failure(http.request(list));
    expect(e.code).toBe('OFFLINE');
    expect(e.message).toContain('did not complete the request within 0.3 s');
  });
});
