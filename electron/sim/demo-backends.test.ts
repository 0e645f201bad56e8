// Simulator tests (plain Node, real HTTP): demo mode's back ends serve their APIs with the demo
// credentials, and none of the unauthenticated /_sim controls (clock, faults, stats, extensions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDemoBackends } from '../core/ports';
import { startDemoBackends } from './demo-backends';
import { startReservieSim } from './reservie/reservie-sim';

let demo: RunningDemoBackends;
beforeAll(async () => {
  demo = await startDemoBackends();
});
afterAll(() => demo.close());

const originOf = (baseUrl: string) => new URL(baseUrl).origin;

describe('demo back ends', () => {
  it('give both back ends with credentials their API accepts', async () => {
    const [reservie, resmark] = demo.backends.map((b) => b.credentials);
    expect(reservie?.backend).toBe('reservie');
    expect(resmark?.backend).toBe('resmark');
    if (reservie?.backend !== 'reservie' || resmark?.backend !== 'resmark') return;
    const token = await fetch(`${reservie.baseUrl}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ apiKey: reservie.apiKey, apiSecret: reservie.apiSecret }),
    });
    expect(token.status).toBe(200);
    const login = await fetch(`${resmark.baseUrl}/authenticate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: resmark.username, apikey: resmark.apiKey }),
    });
    expect(login.status).toBe(200);
  });

  it.each([
    ['GET', '/_sim/info'],
    ['GET', '/_sim/clock'],
    ['POST', '/_sim/clock'],
    ['POST', '/_sim/faults'],
    ['GET', '/_sim/stats'],
    ['PATCH', '/_sim/registrations/1'],
    ['POST', '/_sim/order/1/checkin'],
  ])('%s %s is an unknown path', async (method, path) => {
    for (const { credentials } of demo.backends) {
      const body = method === 'GET' ? undefined : JSON.stringify({ down: true, advanceSeconds: 3600 });
      const reply = await fetch(originOf(credentials.baseUrl) + path, { method, body });
      expect(reply.status, `${credentials.backend} ${method} ${path}`).toBe(404);
    }
  });

  it('a simulator cannot be given faults with its controls off', async () => {
    await expect(startReservieSim({ control: false, faults: { down: true } })).rejects.toThrow(
      /faults need the \/_sim controls/,
    );
  });
});
