// Electron main: the main-process log, JSON lines in <dataDir>/logs/main.log. Redaction (secret-looking
// keys, Bearer tokens, JWTs) is the core's pure redact(); nothing here imports electron.
import { join } from 'node:path';
import type { Logger } from '../core/ports';
import { createFileLogger } from '../core/logging/file-logger';

export function mainLogFile(dataDir: string): string {
  return join(dataDir, 'logs', 'main.log');
}

/** `echo` copies every line to stderr (dev); errors always go to stderr too. */
export function createMainLogger(dataDir: string, opts: { echo?: boolean } = {}): Logger {
  return createFileLogger(mainLogFile(dataDir), opts);
}
