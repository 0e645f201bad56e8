// Contract tests (plain Node, real HTTP): Reservie v1 token call and bearer checks (§2), with
// expiry on the virtual clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { api, call, control, NO_LIMIT, TEST_START, type V1Error } from '../testing/sim-http';
import { startReservieSim } from './reservie-sim';

let sim: RunningSim;
beforeAll(async () => {
  sim = await startReservieSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
});
afterAll(() => sim.close());

const tokenCall = (body: unknown) =>
  call<{ token: string; expiresIn: number }>(`${sim.baseUrl}/auth/token`, { method: 'POST', body });

describe('POST /api/v1/auth/token', () => {
  it('issues a JWT-shaped token valid for 3600 s to the demo key', async () => {
    expect(sim.credentials).toEqual({ apiKey: 'demo-key', apiSecret: 'demo-secret' });
    const res = await tokenCall({ apiKey: 'demo-key', apiSecret: 'demo-secret' });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['expiresIn', 'token']);
    expect(res.body.expiresIn).toBe(3600);
    const [header, payload, signature] = res.body.token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as {
      sub: string;
      exp: number;
      iat: number;
    };
    expect(claims.sub).toBe('demo-key');
    expect(claims.exp - claims.iat).toBe(3600);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('refuses a wrong secret with 401 unauthorized', async () => {
    const res = await call<V1Error>(`${sim.baseUrl}/auth/token`, {
      method: 'POST',
      body: { apiKey: 'demo-key', apiSecret: 'nope' },
    });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'unauthorized', details: {} });
    expect(typeof res.body.error.message).toBe('string');
  });

  it('names a missing field in a 400 validation_error', async () => {
    const res = await call<V1Error>(`${sim.baseUrl}/auth/token`, {
      method: 'POST',
      body: { apiKey: 'demo-key' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_error');
    expect(res.body.error.details.field).toBe('apiSecret');
  });

  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await call<V1Error>(`${sim.baseUrl}/auth/token`, { method: 'POST', raw: '{"apiKey": ' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
  });
});

describe('bearer tokens', () => {
  it('refuses calls without a token, with a garbage token or a tampered one', async () => {
    const good = (await tokenCall(sim.credentials)).body.token;
    const [h, , s] = good.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ sub: 'x', exp: 9e9 })).toString('base64url')}.${s}`;
    for (const token of [undefined, 'garbage', forged]) {
      const res = await api(sim.baseUrl, token).get<V1Error>('/customers');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    }
  });

  it('accepts a token until it expires on the virtual clock, then refuses it with 401', async () => {
    const token = (await tokenCall(sim.credentials)).body.token;
    const client = api(sim.baseUrl, token);
    expect((await client.get('/customers?perPage=1')).status).toBe(200);
    await control(sim).advance(3590);
    expect((await client.get('/customers?perPage=1')).status).toBe(200);
    await control(sim).advance(15);
    const expired = await client.get<V1Error>('/customers?perPage=1');
    expect(expired.status).toBe(401);
    expect(expired.body.error).toMatchObject({ code: 'unauthorized', message: 'Token expired' });
    const fresh = (await tokenCall(sim.credentials)).body.token;
    expect((await api(sim.baseUrl, fresh).get('/customers?perPage=1')).status).toBe(200);
  });

  it('keeps a token valid exactly 3600 s to the millisecond: 200 at +3599.999 s, 401 at +3600 s', async () => {
    const ctl = control(sim);
    const before = await ctl.now();
    // A frozen clock with a sub-second start: the old whole-second iat expired it up to 1 s early.
    const issuedAt = Date.parse('2026-03-05T09:00:00.750Z');
    await ctl.post('/clock', { now: new Date(issuedAt).toISOString(), frozen: true });
    try {
      const client = api(sim.baseUrl, (await tokenCall(sim.credentials)).body.token);
      const at = async (ms: number) => {
        await ctl.setClock(new Date(issuedAt + ms).toISOString());
        return client.get<V1Error>('/customers?perPage=1');
      };
      expect((await at(3_599_000)).status).toBe(200);
      expect((await at(3_599_999)).status).toBe(200);
      const edge = await at(3_600_000);
      expect(edge.status).toBe(401);
      expect(edge.body.error.message).toBe('Token expired');
      expect((await at(3_600_001)).status).toBe(401);
    } finally {
      await ctl.post('/clock', { now: new Date(before).toISOString(), frozen: false });
    }
  });

  it('answers unknown API paths with the v1 404 envelope', async () => {
    const res = await api(sim.baseUrl).get<V1Error>('/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
