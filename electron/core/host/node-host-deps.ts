// Core (plain Node): the CoreDeps a Node host (web host, CLI, tests) uses where Electron's services
// do not exist: a file-key vault, a JSON settings file and a redacting file logger, all in the data folder.
import { join } from 'node:path';
import type { AppSettings, CoreDeps } from '../core-types';
import { createFileKeyVault } from '../vault/file-key-vault';
import { createJsonFileSettings } from '../settings/json-file-settings';
import { createFileLogger } from '../logging/file-logger';
import { APP_VERSION } from '../version';
import { ensurePrivateDir } from '../privacy/private-files';

export function createNodeHostDeps(dataDir: string, opts: { logName: string; echo?: boolean }): CoreDeps {
  ensurePrivateDir(dataDir);
  return {
    dataDir,
    vault: createFileKeyVault(dataDir),
    settings: createJsonFileSettings<AppSettings>(join(dataDir, 'settings.json'), { backends: {} }),
    logger: createFileLogger(join(dataDir, 'logs', `${opts.logName}.log`), { echo: opts.echo }),
    version: APP_VERSION,
  };
}
