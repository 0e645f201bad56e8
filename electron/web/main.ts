// Web host entry (plain Node): `npm run start:web [-- --port N --data-dir DIR --kiosk]`. Starts the
// core, serves the built renderer on 127.0.0.1 and prints the address (with its launch token) to open.
import { resolve } from 'node:path';
import { launchWebHost } from './launch';

async function main() {
  const launched = await launchWebHost(process.argv.slice(2), {
    rendererDir: resolve('out/renderer'),
    bridgeFile: resolve('out/web-bridge/bridge.js'),
  });
  const kiosk =
    launched.mode === 'kiosk' ? 'Kiosk mode: this address grants only the self-service kiosk’s calls.\n' : '';
  process.stdout.write(
    `Frontdesk web host (loopback only), data in ${launched.dataDir}\n${kiosk}Open ${launched.host.url}\n`,
  );
  const stop = async () => {
    await launched.close();
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
