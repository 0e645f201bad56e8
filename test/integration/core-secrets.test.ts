// Integration (plain Node): the whole core, as a host runs it, configured against a simulator:
// wrong keys fail clearly and once; after a full run no secret or token is anywhere in the data
// folder, the logs or any result/event that crossed the contract.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startReservieSim, type RunningSim } from '../../electron/sim/index';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import type { Core } from '../../electron/core/core-types';
import { count, simControl } from '../../electron/sim/testing/sim-control';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/;

async function start(): Promise<{ core: Core; sim: RunningSim; dataDir: string; seen: string[] }> {
  const sim = await startReservieSim({ rateLimit: { requests: 1000, perSeconds: 60 } });
  closers.push(() => sim.close());
  const dataDir = tempDir();
  const core = await createCore({ ...createNodeHostDeps(dataDir, { logName: 'test' }), autoSync: false });
  closers.push(() => core.close());
  const seen: string[] = [];
  core.onEvent((event, payload) => seen.push(JSON.stringify({ event, payload })));
  return { core, sim, dataDir, seen };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function untilSyncEnds(core: Core) {
  for (;;) {
    const state = await core.dispatch('sync:state', undefined);
    if (state.ok && !(state.value as { running: boolean }).running) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('core with a configured back end', () => {
  it('refuses a wrong key with a clear message after one token request, and saves nothing', async () => {
    const { core, sim } = await start();
    const result = await core.dispatch('backend:configure', {
      backend: 'reservie',
      baseUrl: sim.baseUrl,
      apiKey: sim.credentials.apiKey,
      apiSecret: 'wrong-secret',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: expect.stringMatching(/API key/) },
    });
    expect(count(await simControl(sim.origin).stats(), 'POST /api/v1/auth/token')).toBe(1);
    const status = await core.dispatch('app:status', undefined);
    expect(status).toMatchObject({ ok: true, value: { mode: 'demo' } });
  });

  it('refuses to send a key over plain http to another computer, whoever calls', async () => {
    const { core } = await start();
    for (const baseUrl of [
      'http://go.reservie.net/api/v1',
      'http://192.168.1.20:8080/api/v1',
      'ftp://example.com/',
    ]) {
      const result = await core.dispatch('backend:configure', {
        backend: 'reservie',
        baseUrl,
        apiKey: 'key',
        apiSecret: 'secret',
      });
      expect(result, baseUrl).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: expect.stringContaining('http') },
      });
    }
    expect((await core.dispatch('app:status', undefined)) as unknown).toMatchObject({
      ok: true,
      value: { mode: 'demo' },
    });
  });

  it('keeps every secret and token out of the data folder, the logs and everything sent to the renderer', async () => {
    const { core, sim, dataDir, seen } = await start();
    const secret = sim.credentials.apiSecret!;
    const key = sim.credentials.apiKey!;
    const configured = await core.dispatch('backend:configure', {
      backend: 'reservie',
      baseUrl: sim.baseUrl,
      apiKey: key,
      apiSecret: secret,
    });
    expect(configured).toMatchObject({ ok: true, value: { mode: 'live', backend: 'reservie' } });
    seen.push(JSON.stringify(configured));
    seen.push(JSON.stringify(await core.dispatch('sync:start', { full: true })));
    await untilSyncEnds(core);
    for (const channel of ['app:status', 'sync:state', 'cache:counts', 'app:doctor'] as const) {
      seen.push(JSON.stringify(await core.dispatch(channel, undefined)));
    }
    seen.push(JSON.stringify(await core.dispatch('customers:search', { query: 'a' })));
    const counts = await core.dispatch('cache:counts', undefined);
    expect(counts).toMatchObject({ ok: true, value: { customers: 2000 } });
    await core.close();

    const sent = seen.join('\n');
    expect(sent).not.toContain(secret);
    expect(sent).not.toContain(key);
    expect(sent).not.toMatch(JWT);
    for (const file of filesUnder(dataDir)) {
      const text = readFileSync(file).toString('latin1');
      expect(text, file).not.toContain(secret);
      expect(text, file).not.toContain(key);
      expect(text, file).not.toMatch(JWT);
    }
  });
});
