// Core tests (plain Node): the HTTP client over real sockets against scripted local servers —
// error mapping, which requests are retried, Retry-After, 429 storms, timeouts and abort.
import { afterEach, describe, expect, it } from 'vitest';
import { type BackendError } from './errors';
import { createHttpClient, type HttpClientOptions, type HttpOutcome, type HttpRequest } from './http-client';
import { createRequestBudget } from './request-budget';
import { refusedOrigin, startScriptServer, type Script, type ScriptServer } from './testing/script-server';
import { driveUntilSettled, trackFetch } from './testing/drive';
import { createFakeScheduler } from './testing/fake-scheduler';

let server: ScriptServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function setup(script: Script, overrides: Partial<HttpClientOptions> = {}) {
  server = await startScriptServer(script);
  const outcomes: HttpOutcome[] = [];
  const budget = createRequestBudget({ requests: 1000, perMs: 1000 });
  const client = createHttpClient({
    backend: 'Reservie',
    baseUrl: `${server.origin}/api/v1`,
    budget,
    timeoutMs: 5_000,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    onOutcome: (o) => outcomes.push(o),
    ...overrides,
  });
  return { server, client, budget, outcomes };
}

const get = (path: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'GET',
  path,
  lane: 'interactive',
  ...extra,
});
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected a BackendError'),
    (e: unknown) => e as BackendError,
  );

describe('http client: replies', () => {
  it('sends query and JSON body, and returns parsed JSON', async () => {
    const { client, server } = await setup((req) => ({
      status: 201,
      body: { echo: JSON.parse(req.body), q: req.url.search },
    }));
    const out = await client.request({
      method: 'POST',
      path: '/customers',
      query: { page: 2, skip: undefined },
      body: { a: 1 },
      lane: 'interactive',
    });
    expect(out).toEqual({ echo: { a: 1 }, q: '?page=2' });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/api/v1/customers' });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('returns null for an empty body and raw text when asked', async () => {
    const { client } = await setup((req) =>
      req.path.endsWith('/empty') ? { status: 204 } : { status: 200, body: 'tok-123' },
    );
    expect(await client.request(get('/empty'))).toBeNull();
    expect(await client.request(get('/text', { responseType: 'text' }))).toBe('tok-123');
  });

  it.each([
    [
      { status: 400, body: { error: { code: 'validation_error', message: 'email is invalid' } } },
      'BAD_INPUT',
      'validation_error',
    ],
    [
      { status: 404, body: { error: { code: 'not_found', message: 'No such customer' } } },
      'NOT_FOUND',
      'not_found',
    ],
    [
      { status: 409, body: { error: { code: 'event_full', message: 'Event is full' } } },
      'CONFLICT',
      'event_full',
    ],
    [{ status: 403, body: { errorMessage: 'No permission', data: null } }, 'UNAUTHORIZED', undefined],
  ])('maps %j', async (reply, code, backendCode) => {
    const { client } = await setup(() => reply);
    const e = await failure(client.request(get('/x')));
    expect(e).toMatchObject({ code, status: reply.status, backendCode });
  });

  it('maps an HTML error page (5xx and 2xx) to SERVER_ERROR', async () => {
    const html = { headers: { 'content-type': 'text/html' }, body: '<html><h1>502 Bad Gateway</h1></html>' };
    const { client, server } = await setup((_r, i) => ({ status: i === 0 ? 502 : 200, ...html }), {
      retry: { maxAttempts: 1 },
    });
    const e = await failure(client.request(get('/x')));
    expect(e).toMatchObject({ code: 'SERVER_ERROR', status: 502 });
    expect(e.message).toBe('Reservie: the server answered with an error page instead of data (HTTP 502).');
    expect((await failure(client.request(get('/x')))).message).toContain('(HTTP 200)');
    expect(server.requests).toHaveLength(2);
  });

  it('maps a dropped connection and a refused one to OFFLINE', async () => {
    const { client, outcomes } = await setup(() => 'drop', { retry: { maxAttempts: 1 } });
    expect(await failure(client.request(get('/x')))).toMatchObject({ code: 'OFFLINE' });
    const refused = createHttpClient({
      backend: 'Reservie',
      baseUrl: await refusedOrigin(),
      budget: createRequestBudget({ requests: 10, perMs: 1000 }),
      retry: { maxAttempts: 1 },
    });
    const e = await failure(refused.request(get('/x')));
    expect(e.code).toBe('OFFLINE');
    expect(e.message).toContain('connection refused');
    expect(outcomes).toEqual([{ ok: false, code: 'OFFLINE', status: undefined }]);
  });
});

describe('http client: reply size', () => {
  const big = 'x'.repeat(64 * 1024);

  it.each([
    ['declared by Content-Length', {}],
    ['streamed without a length', { 'transfer-encoding': 'chunked' }],
  ])('refuses a body larger than the cap (%s), once, without retrying', async (_name, headers) => {
    const { client, server } = await setup(() => ({ status: 200, headers, body: big }), {
      maxResponseBytes: 16 * 1024,
    });
    const e = await failure(client.request(get('/x')));
    expect(e).toMatchObject({ code: 'SERVER_ERROR', status: 200 });
    expect(e.message).toContain('larger than');
    expect(server.requests).toHaveLength(1);
  });

  it('reads a body up to the cap whole', async () => {
    const { client } = await setup(
      () => ({ status: 200, headers: { 'transfer-encoding': 'chunked' }, body: big }),
      {
        maxResponseBytes: big.length,
      },
    );
    expect(await client.request(get('/x', { responseType: 'text' }))).toBe(big);
  });
});

describe('http client: retries', () => {
  it('retries GET on 5xx and dropped connections, and reports each outcome', async () => {
    const { client, server, outcomes } = await setup((_r, i) =>
      i === 0 ? { status: 503 } : i === 1 ? 'drop' : { status: 200, body: { ok: 1 } },
    );
    expect(await client.request(get('/x'))).toEqual({ ok: 1 });
    expect(server.requests).toHaveLength(3);
    expect(outcomes.map((o) => o.code ?? 'ok')).toEqual(['SERVER_ERROR', 'OFFLINE', 'ok']);
  });

  it('never retries an unmarked POST, but does retry a PUT marked idempotent', async () => {
    const { client, server } = await setup(() => ({ status: 503 }));
    expect(
      (await failure(client.request({ method: 'POST', path: '/c', body: {}, lane: 'interactive' }))).code,
    ).toBe('SERVER_ERROR');
    expect(server.count('POST', '/api/v1/c')).toBe(1);
    await failure(
      client.request({ method: 'PUT', path: '/c/1', body: {}, lane: 'interactive', idempotent: true }),
    );
    expect(server.count('PUT', '/api/v1/c/1')).toBe(6);
  });

  it('does not retry a POST whose reply was lost (it may have been committed)', async () => {
    const { client, server } = await setup(() => 'drop');
    expect(
      (await failure(client.request({ method: 'POST', path: '/c', body: {}, lane: 'interactive' }))).code,
    ).toBe('OFFLINE');
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry client errors', async () => {
    const { client, server } = await setup(() => ({ status: 404, body: { error: { code: 'not_found' } } }));
    await failure(client.request(get('/x')));
    expect(server.requests).toHaveLength(1);
  });

  it('caps attempts', async () => {
    const { client, server } = await setup(() => ({ status: 500 }), {
      retry: { maxAttempts: 4, baseDelayMs: 1 },
    });
    expect((await failure(client.request(get('/x')))).code).toBe('SERVER_ERROR');
    expect(server.requests).toHaveLength(4);
  });
});

describe('http client: rate limits', () => {
  it('sends nothing, from any caller, before Retry-After expires', async () => {
    let fired = false;
    const { client, server } = await setup(
      (req, i) =>
        i === 0
          ? { status: 429, headers: { 'retry-after': '0.3' } }
          : { status: 200, body: { path: req.path } },
      {
        onOutcome: (o) => (fired ||= o.status === 429),
      },
    );
    const first = client.request(get('/a'));
    // Another caller arrives after the 429 landed: it must wait too.
    await expect.poll(() => fired).toBe(true);
    const second = client.request(get('/b'));
    await Promise.all([first, second]);
    const [limited, ...rest] = server.requests;
    expect(rest).toHaveLength(2);
    for (const r of rest) expect(r.at - limited!.at).toBeGreaterThanOrEqual(290);
  });

  it('reads Retry-After as an HTTP date on the injected clock', async () => {
    const now = new Date('2026-03-03T09:00:00Z');
    const { client, server } = await setup(
      (_r, i) =>
        i === 0
          ? { status: 429, headers: { 'retry-after': 'Tue, 03 Mar 2026 09:00:01 GMT' } }
          : { status: 200, body: {} },
      {
        clock: { now: () => now },
      },
    );
    await client.request(get('/x'));
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('waits out a 429 storm longer than the attempt cap without hammering', async () => {
    const { client, server } = await setup((_r, i) =>
      i < 8 ? { status: 429, headers: { 'retry-after': '0.05' } } : { status: 200, body: { done: true } },
    );
    expect(await client.request(get('/x'))).toEqual({ done: true });
    expect(server.requests).toHaveLength(9);
    for (let i = 1; i < 9; i++)
      expect(server.requests[i]!.at - server.requests[i - 1]!.at).toBeGreaterThanOrEqual(45);
  });

  it('gives up with RATE_LIMITED when the wait would pass the cap, and holds the budget', async () => {
    // A clock that stands still: the pause is read back exactly, however long the reply took.
    const sched = createFakeScheduler();
    const budget = createRequestBudget({ requests: 1000, perMs: 1000, scheduler: sched });
    const { client, server } = await setup(() => ({ status: 429, headers: { 'retry-after': '90' } }), {
      retry: { maxTotalWaitMs: 10_000 },
      scheduler: sched,
      budget,
    });
    const e = await failure(client.request(get('/x')));
    expect(e).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 90_000 });
    expect(budget.stats().pausedForMs).toBe(90_000);
    // A later call fails at once instead of queueing for 90 s, and sends nothing.
    expect((await failure(client.request(get('/y')))).code).toBe('RATE_LIMITED');
    expect(server.requests).toHaveLength(1);
  });

  it('backs off on a 429 without Retry-After', async () => {
    const { client, server } = await setup((_r, i) => (i < 2 ? { status: 429 } : { status: 200, body: {} }));
    await client.request(get('/x'));
    expect(server.requests).toHaveLength(3);
  });
});

describe('http client: time limits and cancelling', () => {
  it('times out a server that never answers, per attempt', async () => {
    const { client, server, outcomes } = await setup(() => 'hang', {
      timeoutMs: 200,
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    });
    const e = await failure(client.request(get('/x')));
    expect(e).toMatchObject({ code: 'OFFLINE', message: 'Reservie did not answer within 0.2 s.' });
    expect(server.requests).toHaveLength(2);
    expect(outcomes.every((o) => o.code === 'OFFLINE')).toBe(true);
  });

  it('cancels an in-flight request', async () => {
    const { client, server, outcomes } = await setup(() => 'hang');
    const controller = new AbortController();
    const pending = failure(client.request(get('/x', { signal: controller.signal })));
    await expect.poll(() => server.requests.length).toBe(1);
    controller.abort();
    expect((await pending).code).toBe('CANCELLED');
    expect(outcomes).toEqual([]);
  });

  it('cancels a Retry-After wait and a backoff wait', async () => {
    const { client, server } = await setup(
      (r) => (r.path.endsWith('/ra') ? { status: 429, headers: { 'retry-after': '30' } } : { status: 503 }),
      {
        retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
        random: () => 0.99,
      },
    );
    // Backoff first: after the 429 the whole budget is paused for 30 s. Background, whose
    // deadline leaves room for waits this long.
    for (const path of ['/backoff', '/ra']) {
      const controller = new AbortController();
      const pending = failure(client.request(get(path, { signal: controller.signal, lane: 'background' })));
      await expect.poll(() => server.requests.filter((r) => r.path.endsWith(path)).length).toBe(1);
      controller.abort();
      expect((await pending).code).toBe('CANCELLED');
    }
  });
});

describe('http client: the body decides, not the content-type', () => {
  const customers = { customers: [{ id: 1 }], total: 1 };

  it.each([['text/html; charset=UTF-8'], ['text/html'], ['application/json; charset=utf-8'], [null]])(
    'reads JSON labelled %s',
    async (type) => {
      const { client, server } = await setup(() => ({
        status: 200,
        headers: { 'content-type': type },
        body: customers,
      }));
      expect(await client.request(get('/customers'))).toEqual(customers);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('reads a JSON error labelled text/html as the error it is, and does not retry it', async () => {
    const { client, server } = await setup(() => ({
      status: 404,
      headers: { 'content-type': 'text/html' },
      body: { error: { code: 'not_found', message: 'No such customer' } },
    }));
    const e = await failure(client.request(get('/customers/x')));
    expect(e).toMatchObject({ code: 'NOT_FOUND', backendCode: 'not_found', status: 404 });
    expect(e.message).toBe('Reservie: No such customer (HTTP 404).');
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [404, 'NOT_FOUND'],
    [400, 'BAD_INPUT'],
    [422, 'BAD_INPUT'],
    [409, 'CONFLICT'],
    [403, 'UNAUTHORIZED'],
    [405, 'BAD_INPUT'],
  ])('keeps the code of an HTML %i page and never retries it', async (status, code) => {
    const { client, server } = await setup(() => ({
      status,
      headers: { 'content-type': 'text/html' },
      body: `<html><h1>${status}</h1></html>`,
    }));
    expect(await failure(client.request(get('/x')))).toMatchObject({ code, status });
    expect(server.requests).toHaveLength(1);
  });

  it('still treats a body that is not JSON as an error page, whatever its label', async () => {
    const { client } = await setup(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '<html>captive portal</html>',
    }));
    const e = await failure(client.request(get('/x', { idempotent: false })));
    expect(e).toMatchObject({ code: 'SERVER_ERROR', status: 200 });
  });
});

describe('http client: Retry-After on any retryable status', () => {
  it.each<[string, { status: number; headers?: Record<string, string>; body: unknown }]>([
    ['a 500 (JSON)', { status: 500, body: { error: { code: 'internal_error' } } }],
    ['a 502 page', { status: 502, headers: { 'content-type': 'text/html' }, body: '<html>502</html>' }],
  ])('waits as told after %s, and every retry uses an attempt', async (_label, reply) => {
    const { client, server } = await setup(
      () => ({ ...reply, headers: { ...reply.headers, 'retry-after': '0.15' } }),
      { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 } },
    );
    expect((await failure(client.request(get('/x')))).code).toBe('SERVER_ERROR');
    expect(server.requests).toHaveLength(3);
    for (let i = 1; i < 3; i++)
      expect(server.requests[i]!.at - server.requests[i - 1]!.at).toBeGreaterThanOrEqual(140);
  });

  it('reads an HTTP-date Retry-After on a 500', async () => {
    const now = new Date('2026-03-03T09:00:00Z');
    const { client, server } = await setup(
      (_r, i) =>
        i === 0
          ? { status: 500, headers: { 'retry-after': 'Tue, 03 Mar 2026 09:00:01 GMT' } }
          : { status: 200, body: {} },
      { clock: { now: () => now } },
    );
    await client.request(get('/x'));
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it.each([['0'], ['Tue, 03 Mar 2026 08:00:00 GMT']])(
    'falls back to jittered backoff on a 429 with Retry-After %s, and stops at the attempt cap',
    async (retryAfter) => {
      const now = new Date('2026-03-03T09:00:00Z');
      const { client, server } = await setup(
        () => ({ status: 429, headers: { 'retry-after': retryAfter } }),
        {
          clock: { now: () => now },
          random: () => 0.99,
          retry: { maxAttempts: 4, baseDelayMs: 40, maxDelayMs: 40 },
        },
      );
      expect((await failure(client.request(get('/x')))).code).toBe('RATE_LIMITED');
      expect(server.requests).toHaveLength(4);
      for (let i = 1; i < 4; i++)
        expect(server.requests[i]!.at - server.requests[i - 1]!.at).toBeGreaterThanOrEqual(35);
    },
  );
});

describe('http client: long Retry-After, on a fake clock', () => {
  async function fakeSetup(script: Script) {
    const sched = createFakeScheduler();
    const budget = createRequestBudget({ requests: 1000, perMs: 1000, scheduler: sched });
    const tracker = trackFetch();
    const seenAt: number[] = [];
    const ctx = await setup(
      (req, i) => {
        seenAt.push(sched.now());
        return script(req, i);
      },
      { budget, scheduler: sched, fetchImpl: tracker.fetch },
    );
    /** Fake time moves only between exchanges, never while one is on the wire. */
    const drive = (call: Promise<unknown>) => driveUntilSettled(sched, call, () => tracker.open() > 0);
    return { ...ctx, sched, seenAt, drive };
  }

  it.each([[60], [61], [110]])(
    'waits out a 429 with Retry-After %i s inside the default 2-minute allowance',
    async (seconds) => {
      const { client, seenAt, drive } = await fakeSetup((_r, i) =>
        i === 0
          ? { status: 429, headers: { 'retry-after': String(seconds) } }
          : { status: 200, body: { ok: true } },
      );
      const call = client.request(get('/customers', { lane: 'background' }));
      await drive(call);
      expect(await call).toEqual({ ok: true });
      expect(seenAt).toEqual([0, seconds * 1000]);
    },
  );

  it('fails a Retry-After past the allowance at once, with RATE_LIMITED naming the wait', async () => {
    const { client, sched, seenAt, drive } = await fakeSetup(() => ({
      status: 429,
      headers: { 'retry-after': '121' },
    }));
    const call = failure(client.request(get('/customers', { lane: 'background' })));
    await drive(call);
    const e = await call;
    expect(e).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 121_000 });
    expect(e.message).toBe('Reservie asked us to wait 121 s before the next request. Try again then.');
    // At once: one request, and the call failed without any (fake) time passing.
    expect(seenAt).toEqual([0]);
    expect(sched.now()).toBe(0);
  });

  it('gives up at the lane deadline: 20 s for an interactive call by default', async () => {
    const { client, seenAt, drive } = await fakeSetup(() => ({
      status: 503,
      headers: { 'retry-after': '5' },
    }));
    const call = failure(client.request(get('/x')));
    await drive(call);
    expect((await call).code).toBe('SERVER_ERROR');
    // Waits as told; the fifth attempt would start at 20 s, which is the deadline.
    expect(seenAt).toEqual([0, 5_000, 10_000, 15_000]);
  });
});
