// CLI host (plain Node): what every command receives, and the helpers they share.
import type { Core } from '../core/core-types';
import type { Channel, In, Out } from '../../shared/ipc/contract';

export interface CliContext {
  core: Core;
  args: string[];
  dataDir: string;
  out: NodeJS.WriteStream | { write(s: string): boolean; isTTY?: boolean };
  err: NodeJS.WriteStream | { write(s: string): boolean };
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Calls the core through the contract and turns a failed Result into a CliError with its message. */
export async function call<C extends Channel>(core: Core, channel: C, input?: In<C>): Promise<Out<C>> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) {
    // The IT person at the CLI gets what the back end itself said too.
    const said = result.error.detail ? `\n  The back end said: ${result.error.detail}` : '';
    throw new CliError(`${result.error.message} (${result.error.code})${said}`, 1);
  }
  return result.value as Out<C>;
}

export function flag(args: readonly string[], name: string): boolean {
  return args.includes(name);
}

export function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`${name} needs a value.`);
  return value;
}

/** The words that are not options nor an option's value (`--data-dir` always takes one). */
export function positionals(args: readonly string[], withValue: readonly string[] = []): string[] {
  const takesValue = new Set(['--data-dir', ...withValue]);
  return args.filter((a, i) => !a.startsWith('--') && !takesValue.has(args[i - 1] ?? ''));
}
