// Core (plain Node): validates a call against the contract, runs its handler, and turns every
// outcome into a Result. Both hosts call this after checking the sender; it never throws.
import { contract, isChannel } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Logger } from '../ports';
import { toAppError } from './to-app-error';
import type { Handlers } from './handler-map';

export type { Handlers } from './handler-map';

export function createDispatcher(handlers: Handlers, logger: Logger) {
  return async function dispatch(channel: unknown, raw: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) return fail('BAD_INPUT', `Unknown call ${describe(channel)}.`);
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
