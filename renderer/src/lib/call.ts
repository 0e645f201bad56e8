// Renderer: runs one bridge call and turns a rejected promise (a broken bridge) into an INTERNAL Result.
import { CORE_UNREACHABLE, type Result } from '../../../shared/ipc/result';

/** Calls never reject in normal use; if one does, the UI still gets data it can switch on. */
export async function call<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch {
    return { ok: false, error: CORE_UNREACHABLE };
  }
}
