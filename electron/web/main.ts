// Web host entry (plain Node): `npm run start:web [-- --port N --data-dir DIR]`. Starts the core,
// serves the built renderer on 127.0.0.1 and prints the address (with its launch token) to open.
import { resolve } from 'node:path';
import { createCore } from '../core/create-core';
import { createNodeHostDeps } from '../node-host/node-host-deps';
import { resolveDataDir } from '../core/host/data-dir';
import { startWebHost } from './web-host';

function parsePort(argv: readonly string[]): number {
  const i = argv.indexOf('--port');
  if (i < 0) return 0;
  const port = Number(argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('--port needs a number from 0 to 65535.');
  return port;
}

async function main() {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv);
  const deps = createNodeHostDeps(dataDir, { logName: 'web-host' });
  const core = await createCore(deps);
  const host = await startWebHost({
    core,
    logger: deps.logger,
    port: parsePort(argv),
    rendererDir: resolve('out/renderer'),
    bridgeFile: resolve('out/web-bridge/bridge.js'),
  });
  process.stdout.write(`Frontdesk web host (loopback only), data in ${dataDir}\nOpen ${host.url}\n`);
  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Frontdesk web host could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
