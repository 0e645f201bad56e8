// Core tests (plain Node): online/offline derived from request outcomes, and the offline probe.
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectivity, httpProbe, type ConnectionState } from './connectivity';
import { createFakeScheduler, flush } from './testing/fake-scheduler';
import { refusedOrigin, startScriptServer, type ScriptServer } from './testing/script-server';

function setup(probeResults: boolean[]) {
  const sched = createFakeScheduler();
  const probeTimes: number[] = [];
  const changes: ConnectionState[] = [];
  const conn = createConnectivity({
    scheduler: sched,
    probeDelayMs: 1000,
    maxProbeDelayMs: 8000,
    probe: async () => {
      probeTimes.push(sched.now());
      if (!(probeResults.shift() ?? false)) throw new Error('unreachable');
    },
  });
  conn.onChange((s) => changes.push(s));
  return { sched, conn, probeTimes, changes };
}

async function runTimers(sched: ReturnType<typeof createFakeScheduler>, n: number) {
  for (let i = 0; i < n && sched.runNext(); i++) await flush();
}

describe('connectivity', () => {
  it('starts unknown and follows request outcomes', () => {
    const { conn, changes } = setup([]);
    expect(conn.state()).toBe('unknown');
    conn.report({ ok: true, status: 200 });
    conn.report({ ok: false, code: 'OFFLINE' });
    // A 500 or a 401 still proves the server is reachable.
    conn.report({ ok: false, code: 'SERVER_ERROR', status: 500 });
    conn.report({ ok: false, code: 'UNAUTHORIZED', status: 401 });
    expect(changes).toEqual(['online', 'offline', 'online']);
    conn.close();
  });

  it('probes with backoff while offline and comes back online by itself', async () => {
    const { sched, conn, probeTimes, changes } = setup([false, false, false, false, false, true]);
    conn.report({ ok: false, code: 'OFFLINE' });
    await runTimers(sched, 10);
    expect(probeTimes).toEqual([1000, 3000, 7000, 15000, 23000, 31000]);
    expect(changes).toEqual(['offline', 'online']);
    expect(sched.pending()).toBe(0);
  });

  it('stops probing when a real request succeeds, and on close', async () => {
    const { sched, conn, probeTimes } = setup([]);
    conn.report({ ok: false, code: 'OFFLINE' });
    conn.report({ ok: true });
    expect(sched.pending()).toBe(0);
    conn.report({ ok: false, code: 'OFFLINE' });
    conn.close();
    await runTimers(sched, 5);
    expect(probeTimes).toEqual([]);
  });
});

describe('httpProbe', () => {
  let server: ScriptServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('counts any HTTP answer as reachable and a refused connection as not', async () => {
    server = await startScriptServer(() => ({ status: 404 }));
    await expect(httpProbe(server.origin)(new AbortController().signal)).resolves.toBeUndefined();
    expect(server.requests[0]?.method).toBe('HEAD');
    await expect(httpProbe(await refusedOrigin())(new AbortController().signal)).rejects.toThrow();
  });
});
