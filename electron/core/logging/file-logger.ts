// Core (plain Node): a Logger that appends redacted JSON lines to a file (and optionally stderr).
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../ports';
import { redact, redactText } from './redact';

export function createFileLogger(file: string, opts: { echo?: boolean } = {}): Logger {
  mkdirSync(dirname(file), { recursive: true });
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    const line = JSON.stringify({
      at: new Date().toISOString(),
      level,
      message: redactText(message),
      ...(fields ? (redact(fields) as Record<string, unknown>) : {}),
    });
    try {
      appendFileSync(file, line + '\n', { mode: 0o600 });
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
