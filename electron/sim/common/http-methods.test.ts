// Contract tests (plain Node, real HTTP): HEAD answers like GET without a body on every GET route
// (API and /_sim); a known path asked with a method it does not take is a 405 with `Allow`, in
// the back end's own error envelope; unknown paths stay 404 in that envelope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReservieSim } from '../reservie/reservie-sim';
import { startResmarkSim } from '../resmark/resmark-sim';
import type { RunningSim } from '../sim-types';
import {
  call,
  NO_LIMIT,
  reservieToken,
  resmarkToken,
  TEST_START,
  type Envelope,
  type V1Error,
} from '../testing/sim-http';

let reservie: RunningSim;
let resmark: RunningSim;
let v1Token = '';
let rmToken = '';
beforeAll(async () => {
  reservie = await startReservieSim({ startAt: TEST_START, rateLimit: NO_LIMIT, scale: 50 });
  resmark = await startResmarkSim({ startAt: TEST_START, rateLimit: NO_LIMIT });
  v1Token = await reservieToken(reservie);
  rmToken = await resmarkToken(resmark);
});
afterAll(async () => {
  await reservie.close();
  await resmark.close();
});

/** HEAD and GET of one URL, for comparing headers. */
async function headAndGet(url: string, token: string) {
  const headers = { authorization: `Bearer ${token}` };
  const head = await fetch(url, { method: 'HEAD', headers });
  const get = await fetch(url, { headers });
  return { head, headText: await head.text(), get, getText: await get.text() };
}

async function headCount(): Promise<number> {
  const stats = (await call<{ byRoute: Record<string, number> }>(`${reservie.origin}/_sim/stats`)).body;
  return stats.byRoute['HEAD /api/v1/customers'] ?? 0;
}

describe('HEAD', () => {
  it.each([
    ['Reservie', () => `${reservie.baseUrl}/customers?perPage=3`, () => v1Token],
    ['Resmark', () => `${resmark.baseUrl}/product?limit=3`, () => rmToken],
  ])('answers a %s GET route like GET, without the body', async (_name, url, token) => {
    const { head, headText, get, getText } = await headAndGet(url(), token());
    expect(head.status).toBe(200);
    expect(headText).toBe('');
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(getText));
    expect(getText.length).toBeGreaterThan(0);
  });

  it('needs the token like GET does, and counts in the stats under HEAD', async () => {
    // Counted from here: the other tests share this simulator and may run before or after.
    const headsSoFar = await headCount();
    const refused = await fetch(`${reservie.baseUrl}/customers`, { method: 'HEAD' });
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe('');
    const allowed = await fetch(`${reservie.baseUrl}/customers`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${v1Token}` },
    });
    expect(allowed.status).toBe(200);
    expect(await headCount()).toBe(headsSoFar + 2);
  });

  it('works on the /_sim control GET routes too', async () => {
    const res = await fetch(`${resmark.origin}/_sim/clock`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('wrong method on a known path', () => {
  it('is a Reservie 405 with Allow in the v1 envelope', async () => {
    const res = await call<V1Error>(`${reservie.baseUrl}/customers/cust_1001`, {
      method: 'POST',
      token: v1Token,
      body: {},
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, PUT, DELETE');
    expect(res.body.error).toMatchObject({
      code: 'method_not_allowed',
      details: { allowed: ['GET', 'HEAD', 'PUT', 'DELETE'] },
    });
    const token = await call<V1Error>(`${reservie.baseUrl}/auth/token`);
    expect(token.status).toBe(405);
    expect(token.headers.get('allow')).toBe('POST');
  });

  it('is a Resmark 405 with Allow in the {errorMessage, data} envelope', async () => {
    const res = await call<Envelope<null>>(`${resmark.baseUrl}/cart`, { method: 'PATCH', token: rmToken });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(res.body).toEqual({ errorMessage: expect.stringMatching(/PATCH/), data: null });
  });

  it('keeps unknown paths 404 in each envelope', async () => {
    const v1 = await call<V1Error>(`${reservie.baseUrl}/nothing-here`, { method: 'POST', token: v1Token });
    expect(v1.status).toBe(404);
    expect(v1.body.error.code).toBe('not_found');
    const rm = await call<Envelope<null>>(`${resmark.baseUrl}/nothing-here`, { token: rmToken });
    expect(rm.status).toBe(404);
    expect(rm.body).toEqual({ errorMessage: expect.any(String), data: null });
  });
});
