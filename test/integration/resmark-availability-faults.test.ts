// Integration (plain Node): the Resmark sync against the simulator behind a small proxy that makes
// one product's inventory call fail, as a dateless product's does on the live API. That product is
// skipped and reported; the other products' inventory and the orders still sync. Losing the
// connection on the same call still stops the run.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startResmarkSim, type RunningSim } from '../../electron/sim/index';
import { createResmarkClient } from '../../electron/core/backends/resmark/resmark-client';
import { resmarkPlan } from '../../electron/core/sync/resmark-plan';
import { count, simControl } from '../../electron/sim/testing/sim-control';
import { openTempCache, runSync } from '../support/sync-harness';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

type Trouble = 'errorMessage' | 'reset';

/** Forwards everything to the simulator except `/product/<id>/item`, which meets `trouble`. */
async function startProxy(sim: RunningSim, productId: string, trouble: Trouble) {
  const server = createServer((req, res) => {
    if (req.url?.startsWith(`/public/api/product/${productId}/item`)) {
      if (trouble === 'reset') return void req.socket.destroy();
      return void reply(res, 200, { errorMessage: 'This product has no dates.', data: null });
    }
    void forward(sim.origin, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxy = {
    baseUrl: `http://127.0.0.1:${port}/public/api`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  open.push(proxy);
  return proxy;
}

async function forward(origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const upstream = await fetch(origin + req.url, {
    method: req.method,
    headers: Object.fromEntries(
      Object.entries(req.headers).flatMap(([k, v]) =>
        typeof v === 'string' && k !== 'host' ? [[k, v]] : [],
      ),
    ),
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  });
  res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
  res.end(Buffer.from(await upstream.arrayBuffer()));
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function setup(trouble: Trouble) {
  const sim = await startResmarkSim();
  open.push(sim);
  const direct = createResmarkClient({
    baseUrl: sim.baseUrl,
    username: sim.credentials.username!,
    apiKey: sim.credentials.apikey!,
  });
  const products = await direct.listProducts({ page: 0, limit: 50 });
  const bad = products.items[1]!.id;
  const proxy = await startProxy(sim, bad, trouble);
  const client = createResmarkClient({
    baseUrl: proxy.baseUrl,
    username: sim.credentials.username!,
    apiKey: sim.credentials.apikey!,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  });
  const cache = openTempCache();
  open.push(cache);
  return { sim, client, cache, bad, control: simControl(sim.origin) };
}

describe('Resmark availability, one product at a time (fix 3)', () => {
  it('a product whose inventory the back end refuses is skipped and reported; the rest, and the orders, sync', async () => {
    const { client, cache, bad, control } = await setup('errorMessage');
    const { failures, events, reports } = await runSync(
      cache.store,
      { resmark: resmarkPlan(client) },
      { full: true },
    );
    expect(failures).toEqual([]);
    const counts = cache.store.counts();
    expect(counts.orders).toBeGreaterThan(0);
    expect(counts.availability).toBeGreaterThan((counts.products - 1) * 14);
    expect(count(await control.stats(), 'GET /public/api/order')).toBeGreaterThan(0);
    const [report] = reports;
    expect(report?.warnings).toHaveLength(1);
    expect(report?.warnings[0]?.message).toContain(bad);
    expect(report?.warnings[0]?.message).toMatch(/no dates/);
    expect(events.some((e) => e.resource === 'availability' && e.phase === 'done')).toBe(true);
    // Still fresh for the next quarter hour: one bad product does not make every sync re-read them all.
    await control.resetStats();
    await runSync(cache.store, { resmark: resmarkPlan(client) });
    expect(count(await control.stats(), 'GET /public/api/product/:search/item')).toBe(0);
  });

  it('losing the connection on that call still stops the run before the orders', async () => {
    const { client, cache, control } = await setup('reset');
    const { failures } = await runSync(cache.store, { resmark: resmarkPlan(client) }, { full: true });
    expect(failures).toHaveLength(1);
    expect(failures[0]).not.toMatch(/did not sync/);
    expect(count(await control.stats(), 'GET /public/api/order')).toBe(0);
    expect(cache.store.counts().orders).toBe(0);
  });
});
