// Integration (plain Node): kill -9 in the middle of a full sync, then start again — the resumed
// sync re-fetches at most the one page that was in flight, and the cache is intact.
import { afterEach, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startReservieSim } from '../../electron/sim/index';
import { cacheFileName } from '../../electron/core/store/cache-handle';
import { count, simControl } from '../../electron/sim/testing/sim-control';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function runChild(args: string[], killWhen?: (line: string) => boolean) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/sync-child.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (killWhen && output.split('\n').some(killWhen)) child.kill('SIGKILL');
  });
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output })),
  );
}

it('kill -9 mid-sync, then restart: at most one page is fetched twice, nothing is lost', async () => {
  // A little latency per request so the kill lands mid-list rather than after it.
  const sim = await startReservieSim({
    rateLimit: { requests: 1000, perSeconds: 60 },
    faults: { latencyMs: 25 },
  });
  closers.push(() => sim.close());
  const dataDir = tempDir();
  const args = [dataDir, sim.baseUrl, sim.credentials.apiKey!, sim.credentials.apiSecret!];

  const killed = await runChild(
    args,
    (line) => /^customers running (\d+)/.test(line) && Number(line.split(' ')[2]) >= 700,
  );
  expect(killed.signal).toBe('SIGKILL');
  const resumed = await runChild(args);
  expect(resumed.output).toContain('COMPLETE');

  const pages = Math.ceil(2000 / 100);
  const customerPageRequests = count(await simControl(sim.origin).stats(), 'GET /api/v1/customers');
  expect(customerPageRequests).toBeGreaterThanOrEqual(pages);
  expect(customerPageRequests).toBeLessThanOrEqual(pages + 1);

  const db = new Database(join(dataDir, cacheFileName('live')), { readonly: true });
  expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
  expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(2000);
  db.close();
});
