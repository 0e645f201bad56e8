// Simulator tests (plain Node, real HTTP): the /_sim control routes answer only this simulator's
// own loopback address — a foreign Host (DNS rebinding), a foreign Origin (a web page) or a
// non-JSON body (a page's preflight-free text/plain POST) is refused and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startReservieSim, startResmarkSim } from '../index';
import type { RunningSim } from '../sim-types';

function raw(
  sim: RunningSim,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  const { port } = new URL(sim.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const down = JSON.stringify({ down: true });

for (const [name, start] of [
  ['reservie', startReservieSim],
  ['resmark', startResmarkSim],
] as const) {
  describe(`${name} simulator control routes`, () => {
    let sim: RunningSim;
    let host: string;
    beforeAll(async () => {
      sim = await start({});
      host = new URL(sim.origin).host;
    });
    afterAll(() => sim.close());

    const faults = async () =>
      JSON.parse((await raw(sim, '/_sim/faults', { headers: { host } })).body) as { down?: boolean };

    it('refuses a foreign Host, and stays up', async () => {
      const r = await raw(sim, '/_sim/faults', {
        method: 'POST',
        headers: { host: 'evil.example', 'content-type': 'application/json' },
        body: down,
      });
      expect(r.status).toBe(403);
      expect((await faults()).down).toBeFalsy();
    });

    it('refuses a foreign Origin', async () => {
      const r = await raw(sim, '/_sim/faults', {
        method: 'POST',
        headers: { host, origin: 'http://evil.example', 'content-type': 'application/json' },
        body: down,
      });
      expect(r.status).toBe(403);
      expect((await faults()).down).toBeFalsy();
    });

    it('refuses a body that is not application/json', async () => {
      const r = await raw(sim, '/_sim/faults', {
        method: 'POST',
        headers: { host, 'content-type': 'text/plain' },
        body: down,
      });
      expect(r.status).toBe(403);
      expect((await faults()).down).toBeFalsy();
    });

    it('still takes a JSON request addressed to it on loopback', async () => {
      for (const h of [host, `localhost:${new URL(sim.origin).port}`]) {
        const r = await raw(sim, '/_sim/faults', {
          method: 'POST',
          headers: { host: h, origin: `http://${h}`, 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ latencyMs: 1 }),
        });
        expect(r.status).toBe(200);
      }
      expect((await raw(sim, '/_sim/faults', { method: 'DELETE', headers: { host } })).status).toBe(200);
    });
  });
}
