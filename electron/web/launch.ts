// Web host (plain Node): from the command line to a running core and loopback host. `--kiosk`
// switches the core to kiosk mode (persisted) and makes the launch token grant only the kiosk's calls.
import type { Core, CoreDeps } from '../core/core-types';
import { createCore } from '../core/create-core';
import { resolveDataDir } from '../core/host/data-dir';
import { createNodeHostDeps } from '../node-host/node-host-deps';
import type { UiMode } from '../../shared/ipc/channels';
import { startWebHost, type WebHost } from './web-host';

export interface WebHostArgs {
  /** 0 = a free port. */
  port: number;
  /** The audience of this launch: `--kiosk` → kiosk, else desk. */
  mode: UiMode;
}

export function parseWebHostArgs(argv: readonly string[]): WebHostArgs {
  const i = argv.indexOf('--port');
  const port = i < 0 ? 0 : Number(argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('--port needs a number from 0 to 65535.');
  return { port, mode: argv.includes('--kiosk') ? 'kiosk' : 'desk' };
}

export interface LaunchedWebHost {
  core: Core;
  host: WebHost;
  dataDir: string;
  mode: UiMode;
  close(): Promise<void>;
}

/** Starts the core and the host; a `--kiosk` launch without a staff PIN is refused (NOT_CONFIGURED). */
export async function launchWebHost(
  argv: readonly string[],
  build: { rendererDir: string; bridgeFile: string },
  env: Record<string, string | undefined> = process.env,
  /** Tests turn background sync off. */
  core: Pick<CoreDeps, 'autoSync'> = {},
): Promise<LaunchedWebHost> {
  const { port, mode } = parseWebHostArgs(argv);
  const dataDir = resolveDataDir(argv, env);
  const deps = createNodeHostDeps(dataDir, { logName: 'web-host' });
  // Only `--kiosk` changes the persisted mode; a desk launch keeps whatever mode was saved, and
  // dispatch enforces a saved kiosk mode even for this desk token.
  const started = await createCore({
    ...deps,
    ...core,
    ...(mode === 'kiosk' ? { launchMode: 'kiosk' as const } : {}),
  });
  try {
    const host = await startWebHost({ core: started, logger: deps.logger, port, mode, ...build });
    return { core: started, host, dataDir, mode, close: () => host.close().then(() => started.close()) };
  } catch (error) {
    await started.close();
    throw error;
  }
}
