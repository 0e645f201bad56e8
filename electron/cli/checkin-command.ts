// CLI host (plain Node): `checkin <customer id | customer-pass id | e-mail> [--session <id>] [--json]`:
// the desk's decision, ledger and queue, through the same contract. Exit 0 when the person is in
// (now or already), 1 when refused. The write-back waits in the outbox (`outbox send` sends it).
import type { CheckInOutcome } from '../../shared/domain/checkin';
import { call, CliError, flag, option, positionals, type CliContext } from './cli-context';

export async function checkinCommand(ctx: CliContext): Promise<number> {
  const [target, ...extra] = positionals(ctx.args, ['--session']);
  if (!target) throw new CliError('Say who to check in: a customer id, a customer-pass id or an e-mail.');
  if (extra.length > 0) throw new CliError(`One person at a time: "${extra.join(' ')}" is extra.`);
  const customerId = await resolveCustomer(ctx, target.trim());
  const outcome = await call(ctx.core, 'checkin:checkIn', {
    backend: 'reservie',
    customerId,
    sessionId: option(ctx.args, '--session') ?? null,
  });
  ctx.out.write(flag(ctx.args, '--json') ? `${JSON.stringify(asJson(outcome))}\n` : `${describe(outcome)}\n`);
  return outcome.outcome === 'refused' ? 1 : 0;
}

/** The JSON shape: fields that do not apply are null. */
function asJson(o: CheckInOutcome) {
  return {
    outcome: o.outcome,
    reason: o.outcome === 'refused' ? o.message : null,
    session: o.session?.id ?? null,
    customerPassId: o.customerPassId,
    remainingUses: o.remainingUses,
    state: o.state,
  };
}

function describe(o: CheckInOutcome): string {
  const where = o.session ? ` (${o.session.name}, ${o.session.id})` : '';
  const how = o.decidedFrom === 'live' ? 'decided on live data' : 'decided on the offline copy';
  const state = o.state ? `; write-back ${o.state.replace('_', ' ')}` : '';
  return `${o.message}${where} [${how}${state}]`;
}

/** A customer id, a customer-pass id or an e-mail, as found in the offline copy. */
async function resolveCustomer(ctx: CliContext, target: string): Promise<string> {
  const found = await call(ctx.core, 'checkin:resolve', { text: target });
  if (found) return found.customerId;
  throw new CliError(`No customer, customer pass or e-mail "${target}" in the offline copy.`, 1);
}
