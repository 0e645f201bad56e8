// Core (plain Node): a Logger that appends redacted JSON lines to a file (and optionally stderr).
import { appendFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../ports';
import { redact, redactText } from './redact';
import { ensurePrivateDir, PRIVATE_FILE_MODE, tightenExisting } from '../privacy/private-files';

export function createFileLogger(file: string, opts: { echo?: boolean } = {}): Logger {
  // Logs name customers and back ends: owner-only, like the rest of the data folder.
  ensurePrivateDir(dirname(file));
  tightenExisting([file]);
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    const line = JSON.stringify({
      at: new Date().toISOString(),
      level,
      message: redactText(message),
      ...(fields ? (redact(fields) as Record<string, unknown>) : {}),
    });
    try {
      appendFileSync(file, line + '\n', { mode: PRIVATE_FILE_MODE });
    } catch {
      // A full or read-only disk must not take the app down with it; the line goes to stderr below.
    }
    if (opts.echo || level === 'error') process.stderr.write(line + '\n');
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
