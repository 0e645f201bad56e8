// Test support (plain Node): the web host as its own process — the real core in demo mode on a
// fresh data folder, serving a stand-in renderer — so a probe can throw anything at it and then
// ask whether the process is still alive and how much memory it took. First stdout line:
// {"origin": ..., "token": ..., "dataDir": ...}.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { createNodeHostDeps } from '../../electron/node-host/node-host-deps';
import { startWebHost } from '../../electron/web/web-host';

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'frontdesk-probe-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  writeFileSync(join(rendererDir, 'bridge.js'), 'window.bridge = 1');
  const dataDir = join(root, 'data');
  const deps = createNodeHostDeps(dataDir, { logName: 'web-host' });
  const core = await createCore({ ...deps, autoSync: false });
  const host = await startWebHost({
    core,
    rendererDir,
    bridgeFile: join(rendererDir, 'bridge.js'),
    logger: deps.logger,
  });
  process.stdout.write(JSON.stringify({ origin: host.origin, token: host.token, dataDir }) + '\n');
  process.once('SIGTERM', () => {
    void host
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
  });
}

void main();
