// Contract tests (plain Node, real HTTP): GET /login (§7.1): a browser redirect that needs no
// bearer header: 302 to the requested web-app page with its pre-fill fields, or to the login page
// when the token in the query is not good; a missing token or unknown page is a 400.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSim } from '../sim-types';
import { control, resmarkToken, TEST_START, type Envelope } from '../testing/sim-http';
import { startResmarkSim } from './resmark-sim';

// A simulator per test: one test moves the clock a day on, which would expire the others' token.
let sim: RunningSim;
let token = '';
beforeEach(async () => {
  sim = await startResmarkSim({ startAt: TEST_START });
  token = await resmarkToken(sim);
});
afterEach(() => sim.close());

/** A browser-style GET that does not follow the redirect and sends no Authorization header. */
async function login(query: Record<string, string>) {
  const res = await fetch(`${sim.baseUrl}/login?${new URLSearchParams(query).toString()}`, {
    redirect: 'manual',
  });
  const text = await res.text();
  return { status: res.status, location: res.headers.get('location'), text };
}

describe('GET /login', () => {
  it('redirects to the dashboard with a good token and no bearer header', async () => {
    const res = await login({ token });
    expect(res.status).toBe(302);
    expect(res.location).toBe('/app/Dashboard');
  });

  it('carries referenceId and the person fields to the New Order page only', async () => {
    const res = await login({
      token,
      path: 'OrderNew',
      referenceId: 'kiosk-7',
      personEmail: 'ada@example.com',
      personFirstName: 'Ada',
      personGender: 'FEMALE',
      personBirthDate: '1980-11-30',
    });
    expect(res.status).toBe(302);
    const target = new URL(res.location ?? '', 'http://x');
    expect(target.pathname).toBe('/app/OrderNew');
    expect(Object.fromEntries(target.searchParams)).toEqual({
      referenceId: 'kiosk-7',
      personEmail: 'ada@example.com',
      personFirstName: 'Ada',
      personGender: 'FEMALE',
      personBirthDate: '1980-11-30',
    });
    const pickup = await login({ token, path: 'PickupReport', referenceId: 'kiosk-7' });
    expect(pickup.location).toBe('/app/PickupReport');
  });

  it('sends a stale or forged token to the login page, which leads on to the target', async () => {
    const forged = await login({ token: 'not-a-token', path: 'OrderNew' });
    expect(forged.status).toBe(302);
    const target = new URL(forged.location ?? '', 'http://x');
    expect(target.pathname).toBe('/app/login');
    expect(target.searchParams.get('next')).toBe('/app/OrderNew');
    await control(sim).advance(24 * 3600);
    expect((await login({ token })).location).toMatch(/^\/app\/login\?/);
  });

  it('refuses a missing token or an unknown page with 400 in the envelope', async () => {
    const queries: Record<string, string>[] = [{}, { token, path: 'Elsewhere' }];
    for (const query of queries) {
      const res = await fetch(`${sim.baseUrl}/login?${new URLSearchParams(query).toString()}`, {
        redirect: 'manual',
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as Envelope<null>;
      expect(body).toEqual({ errorMessage: expect.any(String), data: null });
    }
  });
});
