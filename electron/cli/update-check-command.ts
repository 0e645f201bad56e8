// CLI host (plain Node): `update-check`: run by the venue's IT person before installing a new
// version (the app has no updater of its own; a new installer is run over the old one). Exit 0
// when nothing is unsent; 1, with the reason, while anything is queued or needs attention.
import type { OutboxState } from '../../shared/domain/outbox';
import { updateVerdict } from '../core/app/update-guard';
import { call, CliError, positionals, type CliContext } from './cli-context';

export async function updateCheckCommand(ctx: CliContext): Promise<number> {
  const extra = positionals(ctx.args);
  if (extra.length > 0) throw new CliError(`update-check takes no arguments: "${extra.join(' ')}" is extra.`);
  const items = await call(ctx.core, 'outbox:list');
  const verdict = updateVerdict(items.map((i): OutboxState => i.state));
  if (verdict.allowed) {
    ctx.out.write('Nothing is waiting to be sent: the new version can be installed.\n');
    return 0;
  }
  ctx.err.write(`${verdict.reason}\n`);
  return 1;
}
