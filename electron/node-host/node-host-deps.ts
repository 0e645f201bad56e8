// Node hosts (web host, CLI, tests): the CoreDeps a host uses where Electron's services do not
// exist: a file-key vault, a JSON settings file and a redacting file logger, all in the data
// folder, and the simulators for demo mode, loaded only when demo mode starts.
import { join } from 'node:path';
import type { AppSettings, CoreDeps } from '../core/core-types';
import type { StartDemoBackends } from '../core/ports';
import { createFileKeyVault } from '../core/vault/file-key-vault';
import { createJsonFileSettings } from '../core/settings/json-file-settings';
import { createFileLogger } from '../core/logging/file-logger';
import { APP_VERSION } from '../core/version';
import { ensurePrivateDir } from '../core/privacy/private-files';

/** A dynamic import: a host that never runs demo mode never loads the simulators. */
export const loadDemoBackends: StartDemoBackends = () =>
  import('../sim/demo-backends').then((m) => m.startDemoBackends());

export function createNodeHostDeps(dataDir: string, opts: { logName: string; echo?: boolean }): CoreDeps {
  ensurePrivateDir(dataDir);
  return {
    dataDir,
    vault: createFileKeyVault(dataDir),
    settings: createJsonFileSettings<AppSettings>(join(dataDir, 'settings.json'), { backends: {} }),
    logger: createFileLogger(join(dataDir, 'logs', `${opts.logName}.log`), { echo: opts.echo }),
    demoBackends: loadDemoBackends,
    version: APP_VERSION,
  };
}
