// CLI host (plain Node): `outbox resolve <id> --retry | --other-pass <customer-pass id> |
// --other-slot <activityId> | --pay cash|card | --dismiss "<reason>"`: the same `outbox:resolve` call as the queue screen, so
// the same checks and the same recorded facts. Exit 0 when done, 1 when the core refused it.
import type { OutboxResolve } from '../../shared/domain/outbox';
import { call, CliError, flag, option, positionals, type CliContext } from './cli-context';

/** Options of `outbox resolve` that take a value (so their values are not read as positionals). */
export const RESOLVE_VALUE_OPTIONS = ['--other-pass', '--other-slot', '--pay', '--dismiss'];

const USAGE =
  'Usage: outbox resolve <id> --retry | --other-pass <customer-pass id> | --other-slot <activityId> | --pay cash|card | --dismiss "<reason>"';

export async function resolveCommand(ctx: CliContext): Promise<number> {
  if (flag(ctx.args, '--help')) {
    ctx.out.write(`${USAGE}\n`);
    return 0;
  }
  const [, idText] = positionals(ctx.args, RESOLVE_VALUE_OPTIONS);
  const itemId = Number(idText);
  if (!idText || !Number.isSafeInteger(itemId) || itemId <= 0)
    throw new CliError(`Which item? Give its number from "outbox". ${USAGE}`);
  const input = actionOf(ctx.args, itemId);
  const { message, entry } = await call(ctx.core, 'outbox:resolve', input);
  ctx.out.write(`#${entry.id} ${entry.state}: ${message}\n`);
  return 0;
}

function actionOf(args: readonly string[], itemId: number): OutboxResolve {
  const chosen: OutboxResolve[] = [];
  if (flag(args, '--retry')) chosen.push({ itemId, action: 'retry' });
  const pass = option(args, '--other-pass');
  if (pass !== undefined) chosen.push({ itemId, action: 'otherPass', customerPassId: pass });
  const slot = option(args, '--other-slot');
  if (slot !== undefined) chosen.push({ itemId, action: 'otherSlot', activityId: slot });
  const pay = option(args, '--pay');
  if (pay !== undefined) {
    if (pay !== 'cash' && pay !== 'card') throw new CliError(`--pay takes cash or card, not "${pay}".`);
    chosen.push({ itemId, action: 'recordPayment', tender: pay });
  }
  const reason = option(args, '--dismiss');
  if (reason !== undefined) chosen.push({ itemId, action: 'dismiss', reason });
  if (chosen.length !== 1) throw new CliError(`Give exactly one action. ${USAGE}`);
  return chosen[0]!;
}
