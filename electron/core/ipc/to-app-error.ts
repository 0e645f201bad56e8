// Core (plain Node): maps anything thrown inside the core to the AppError the renderer sees.
import { ERROR_CODES, type AppError, type ErrorCode } from '../../../shared/ipc/result';

const KNOWN = new Set<string>(ERROR_CODES);

function textField(error: Error, name: 'staffMessage' | 'serverText'): string | undefined {
  const value: unknown = (error as unknown as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A CoreError (shared/ipc/core-error) or any error with a known code keeps it; the rest is a bug. */
export function toAppError(error: unknown): AppError {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && KNOWN.has(error.code)) {
    // A message quoting the back end goes to the log; staff read our words, the quote is the detail.
    const own = textField(error, 'staffMessage');
    const detail = textField(error, 'serverText');
    return { code: error.code as ErrorCode, message: own ?? error.message, ...(detail ? { detail } : {}) };
  }
  // Anything else is a bug: keep the details in the log, show a plain sentence.
  return { code: 'INTERNAL', message: 'Something went wrong inside Frontdesk. The details are in the log.' };
}
