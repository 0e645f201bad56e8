// Core (plain Node): validates a call against the contract, runs its handler, and turns every
// outcome into a Result. Both hosts call this after checking the sender; it never throws.
import type { z } from 'zod';
import { allowedIn, contract, isChannel, type Channel, type UiMode } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Logger } from '../ports';
import { toAppError } from './to-app-error';
import type { Handlers } from './handler-map';

export type { Handlers } from './handler-map';

export interface DispatcherOptions {
  /** The UI mode the app is in now (the core passes its persisted kiosk mode); desk when not given. */
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
    const parsed = safeParse(channel, raw);
    if (!parsed) return fail('BAD_INPUT', `Invalid input for ${channel}: it could not be read.`);
    if (!parsed.success) {
      return fail('BAD_INPUT', `Invalid input for ${channel}${describeIssue(parsed.error.issues[0])}.`);
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown> | unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') logger.error('handler failed', { channel, error: String(error) });
      // What the back end said is for the log (and the details disclosure), not the message.
      else if (appError.detail)
        logger.warn('back end refused a call', { channel, code: appError.code, said: appError.detail });
      return { ok: false, error: appError };
    }
  };
}

/**
 * safeParse, or null when reading the input itself throws (a getter or a Proxy trap that throws; a
 * structured clone never carries one, but a host passing objects straight through could).
 */
function safeParse(channel: Channel, raw: unknown) {
  try {
    return contract[channel].input.safeParse(raw);
  } catch {
    return null;
  }
}

/** Longest piece of the caller's own input (a key name) repeated in a message. */
const MAX_ECHOED = 40;
/** Longest message zod may add; ours are short, and the caller's input must not make them long. */
const MAX_ISSUE_TEXT = 200;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * " (field): what is wrong", short whatever the input: unknown keys and paths are the caller's own
 * text (a 200,000-character key once made a 200,051-character message), so each is clipped.
 */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return ': malformed';
  const path = issue.path.map((p) => clip(String(p), MAX_ECHOED)).join('.');
  const where = path ? ` (${path})` : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 3).map((k) => `"${clip(k, MAX_ECHOED)}"`);
    const more = issue.keys.length > 3 ? ` and ${issue.keys.length - 3} more` : '';
    return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${keys.join(', ')}${more}`;
  }
  return `${where}: ${clip(issue.message, MAX_ISSUE_TEXT)}`;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 60)}"` : `of type ${typeof value}`;
}
