// Core (plain Node): validates a call against the contract, runs its handler, and turns every
// outcome into a Result. Both hosts call this after checking the sender; it never throws.
import { allowedIn, contract, isChannel, type UiMode } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Logger } from '../ports';
import { toAppError } from './to-app-error';
import type { Handlers } from './handler-map';

export type { Handlers } from './handler-map';

export interface DispatcherOptions {
  /** The UI mode the app is in now (kiosk mode arrives later); desk when not given. */
  uiMode?: () => UiMode;
}

/** What the host vouches for about one caller: the web host's launch token grants a UI mode. */
export interface Caller {
  mode: UiMode;
}

export function createDispatcher(handlers: Handlers, logger: Logger, opts: DispatcherOptions = {}) {
  const uiMode = opts.uiMode ?? (() => 'desk' as const);
  return async function dispatch(channel: unknown, raw: unknown, caller?: Caller): Promise<Result<unknown>> {
    if (!isChannel(channel)) return fail('BAD_INPUT', `Unknown call ${describe(channel)}.`);
    // Audience before shape: a kiosk learns nothing about a desk-only call's schema. The stricter
    // of the app's mode and the caller's grant wins.
    const mode: UiMode = uiMode() === 'kiosk' || caller?.mode === 'kiosk' ? 'kiosk' : 'desk';
    if (!allowedIn(mode, channel)) {
      logger.warn('call refused in kiosk mode', { channel });
      return fail('DESK_ONLY', 'This is only available at the front desk, not on the self-service kiosk.');
    }
    const parsed = contract[channel].input.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return fail('BAD_INPUT', `Invalid input for ${channel}${where}: ${issue?.message ?? 'malformed'}.`);
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown> | unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') logger.error('handler failed', { channel, error: String(error) });
      return { ok: false, error: appError };
    }
  };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 60)}"` : `of type ${typeof value}`;
}
