// CLI host (plain Node): `outbox [--json]` lists every queued write with what can be done about it;
// `outbox send` sends what is waiting now, with a progress bar on a terminal. Exit 0 when nothing
// is left waiting (sent or needing attention), 1 while a back end cannot be reached or items still
// wait. `outbox resolve <id> …` answers an item that needs attention (outbox-resolve-command.ts).
import type { OutboxEntry } from '../../shared/domain/outbox';
import { call, CliError, flag, positionals, type CliContext } from './cli-context';
import { renderBar } from './progress-bar';
import { RESOLVE_VALUE_OPTIONS, resolveCommand } from './outbox-resolve-command';

export async function outboxCommand(ctx: CliContext): Promise<number> {
  const [sub] = positionals(ctx.args, RESOLVE_VALUE_OPTIONS);
  if (sub === 'send') return send(ctx);
  if (sub === 'resolve') return resolveCommand(ctx);
  if (sub !== undefined)
    throw new CliError(`Unknown outbox command "${sub}": use "outbox", "outbox send" or "outbox resolve".`);
  const items = await call(ctx.core, 'outbox:list');
  const now = Date.now();
  if (flag(ctx.args, '--json')) {
    const rows = items.map((i) => ({ ...i, ageSeconds: Math.round((now - Date.parse(i.createdAt)) / 1000) }));
    ctx.out.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (items.length === 0) ctx.out.write('The outbox is empty.\n');
  for (const i of items) ctx.out.write(`${line(i, now)}\n`);
  return 0;
}

function line(i: OutboxEntry, now: number): string {
  const age = ageLabel(now - Date.parse(i.createdAt));
  const other = i.currentAccount ? '' : '  (another account: not sent from here)';
  const error = i.lastError ? `  last error: ${i.lastError}` : '';
  const what = [i.summary.what, i.summary.who, i.summary.about, i.summary.at].filter(Boolean).join(' · ');
  const actions =
    i.actions.length > 0 ? `\n    can: ${i.actions.join(', ')} (outbox resolve ${i.id} --help)` : '';
  const done = i.resolutions
    .map(
      (r) =>
        `\n    ${r.at} ${r.deskName}: ${r.action}${r.detail ? ` ${r.detail}` : ''}${r.reason ? ` "${r.reason}"` : ''}`,
    )
    .join('');
  return `#${i.id} ${what} [${i.kind}] ${i.backend} ${i.state} attempts ${i.attempts} age ${age}${error}${other}${done}${actions}`;
}

function ageLabel(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.round(s / 60)}m`;
  return `${Math.round(s / 3600)}h`;
}

async function send(ctx: CliContext): Promise<number> {
  const start = (await call(ctx.core, 'app:status')).outboxSize;
  const tty = !!ctx.out.isTTY;
  // The sender reports each item through a status change: the bar follows the unsent count.
  const off = ctx.core.onEvent((event, payload) => {
    if (event !== 'app:statusChanged' || !tty || start === 0) return;
    const left = (payload as { outboxSize: number }).outboxSize;
    ctx.out.write(`\r\x1b[2Koutbox ${renderBar(start - left, start)}`);
  });
  const report = await call(ctx.core, 'outbox:send');
  off();
  if (tty && start > 0) ctx.out.write('\n');
  ctx.out.write(
    `Sent ${report.sent}, needs attention ${report.needsAttention}, still waiting ${report.waiting}.\n`,
  );
  if (report.unreachable) ctx.out.write('A back end could not be reached; the rest waits in the outbox.\n');
  return report.waiting === 0 ? 0 : 1;
}
