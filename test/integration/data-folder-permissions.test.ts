// Integration (plain Node): the data folder holds customers' names and e-mail addresses, so every
// folder the core creates there is 0700 and every file 0600 — the SQLite files with their -wal and
// -shm, settings, vault, logs — and a folder an older version left open is tightened and reported
// by doctor. Real core, real SQLite files, a real simulator to configure against.
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReservieSim } from '../../electron/sim/index';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { ensureDataDir } from '../../electron/core/host/data-dir';
import type { DoctorReport } from '../../shared/domain/doctor';
import { tempDir } from '../support/sync-harness';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** Every path under `dir` (itself included) with its permission bits, e.g. { 'cache.db': '600' }. */
function modesUnder(dir: string, root = dir): Record<string, string> {
  const modes: Record<string, string> = {};
  const rel = (p: string) => p.slice(root.length + 1) || '.';
  modes[rel(dir)] = (statSync(dir).mode & 0o777).toString(8);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(modes, modesUnder(path, root));
    else modes[rel(path)] = (statSync(path).mode & 0o777).toString(8);
  }
  return modes;
}

async function startConfiguredCore(dataDir: string) {
  const sim = await startReservieSim({ rateLimit: { requests: 1000, perSeconds: 60 } });
  closers.push(() => sim.close());
  const deps = createNodeHostDeps(dataDir, { logName: 'test' });
  const core = await createCore({ ...deps, autoSync: false });
  closers.push(() => core.close());
  const configured = await core.dispatch('backend:configure', {
    backend: 'reservie',
    baseUrl: sim.baseUrl,
    ...sim.credentials,
  });
  expect(configured.ok).toBe(true);
  deps.logger.info('the log file exists too');
  return core;
}

describe.skipIf(process.platform === 'win32')('data folder permissions', () => {
  it('creates the folder 0700 and every file in it 0600, SQLite -wal and -shm included', async () => {
    const dataDir = ensureDataDir(join(tempDir(), 'Frontdesk'));
    await startConfiguredCore(dataDir);
    const modes = modesUnder(dataDir);
    // The files that matter are really there (the check below would pass on an empty folder).
    expect(Object.keys(modes)).toEqual(
      expect.arrayContaining([
        'cache.db',
        'cache.db-wal',
        'cache.db-shm',
        'outbox.db',
        'outbox.db-wal',
        'logs/test.log',
        'settings.json',
        'vault.key',
        'secrets.enc',
      ]),
    );
    for (const [path, mode] of Object.entries(modes)) {
      const isDir = path === '.' || path === 'logs';
      expect({ path, mode }).toEqual({ path, mode: isDir ? '700' : '600' });
    }
  });

  it('tightens a folder and files an older version left open, and doctor says so', async () => {
    const dataDir = join(tempDir(), 'Frontdesk');
    mkdirSync(join(dataDir, 'logs'), { recursive: true });
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'logs'), 0o755);
    writeFileSync(join(dataDir, 'logs', 'test.log'), '', { mode: 0o644 });
    ensureDataDir(dataDir);
    const core = await startConfiguredCore(dataDir);
    for (const [path, mode] of Object.entries(modesUnder(dataDir)))
      expect({ path, mode }).toEqual({ path, mode: path === '.' || path === 'logs' ? '700' : '600' });
    const report = await core.dispatch('app:doctor', undefined);
    const privacy = report.ok
      ? (report.value as DoctorReport).checks.find((c) => c.id === 'data-folder.privacy')
      : undefined;
    expect(privacy).toMatchObject({ verdict: 'warn', detail: expect.stringContaining(`${dataDir} (0755)`) });
    expect(privacy?.detail).toContain('made them private');
  });
});
