// Renderer: runs one bridge call and turns a rejected promise (a broken bridge) into an INTERNAL Result.
import type { AppError, Result } from '../../../shared/ipc/result';

export const BRIDGE_BROKEN: AppError = {
  code: 'INTERNAL',
  message: 'Frontdesk could not reach its core. Try again, and restart the app if this keeps happening.',
};

/** Calls never reject in normal use; if one does, the UI still gets data it can switch on. */
export async function call<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch {
    return { ok: false, error: BRIDGE_BROKEN };
  }
}
