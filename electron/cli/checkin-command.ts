// CLI host (plain Node): `checkin <customer id | customer-pass id | e-mail | confirmation number>
// [--session <id>] [--json]`: the desk's decision, ledger and queue, through the same contract. Exit
// 0 when the person is in (now or already), 1 when refused. A Reservie write-back waits in the
// outbox (`outbox send` sends it); a Resmark booking is recorded in the ledger only (no API).
// `checkin export --date <day> [--session <id>] [--out <file>]` writes the ledger as CSV.
import { writeFileSync } from 'node:fs';
import type { CheckInOutcome, ResmarkOrderView } from '../../shared/domain/checkin';
import { call, CliError, flag, option, positionals, type CliContext } from './cli-context';

export async function checkinCommand(ctx: CliContext): Promise<number> {
  const [target, ...extra] = positionals(ctx.args, ['--session', '--date', '--out']);
  if (target === 'export') return exportCommand(ctx, extra);
  if (!target)
    throw new CliError(
      'Say who to check in: a customer id, a customer-pass id, an e-mail or a booking confirmation number.',
    );
  if (extra.length > 0) throw new CliError(`One person at a time: "${extra.join(' ')}" is extra.`);
  const session = option(ctx.args, '--session') ?? null;
  const outcome = await checkInTarget(ctx, target.trim(), session);
  ctx.out.write(flag(ctx.args, '--json') ? `${JSON.stringify(asJson(outcome))}\n` : `${describe(outcome)}\n`);
  return outcome.outcome === 'refused' ? 1 : 0;
}

/** A Reservie customer first (id, pass id, e-mail), else a Resmark booking by confirmation number. */
async function checkInTarget(
  ctx: CliContext,
  target: string,
  session: string | null,
): Promise<CheckInOutcome> {
  const person = await call(ctx.core, 'checkin:resolve', { text: target });
  if (person)
    return call(ctx.core, 'checkin:checkIn', {
      backend: 'reservie',
      customerId: person.customerId,
      sessionId: session,
    });
  const order = await call(ctx.core, 'checkin:resmarkOrder', { text: target });
  if (!order)
    throw new CliError(
      `No customer, customer pass, e-mail or booking confirmation number "${target}" in the offline copy.`,
      1,
    );
  // Everyone on the booking, on the departure asked for (else the one whose window is open now).
  return call(ctx.core, 'checkin:checkIn', {
    backend: 'resmark',
    orderId: order.orderId,
    itemIndex: session === null ? null : itemOf(order, session),
    participants: 'all',
  });
}

function itemOf(order: ResmarkOrderView, departureId: string): number {
  const item = order.items.find((i) => i.departureId === departureId);
  if (item) return item.itemIndex;
  const today = order.items.map((i) => i.departureId).join(', ') || 'none';
  throw new CliError(
    `Booking ${order.confirmation} has no departure ${departureId} today (today's: ${today}).`,
    1,
  );
}

async function exportCommand(ctx: CliContext, extra: string[]): Promise<number> {
  if (extra.length > 0)
    throw new CliError(`checkin export takes options only: "${extra.join(' ')}" is extra.`);
  const day = option(ctx.args, '--date');
  const sessionId = option(ctx.args, '--session');
  if (day === undefined && sessionId === undefined)
    throw new CliError('Say what to export: --date YYYY-MM-DD, --session <id>, or both.');
  const exported = await call(ctx.core, 'checkin:export', {
    ...(day === undefined ? {} : { day }),
    ...(sessionId === undefined ? {} : { sessionId }),
  });
  const out = option(ctx.args, '--out');
  if (out === undefined) {
    ctx.out.write(exported.csv);
    return 0;
  }
  // The ledger names people: the file is for the venue's staff only, like the data folder.
  writeFileSync(out, exported.csv, { mode: 0o600 });
  ctx.err.write(`${exported.rows} check-in${exported.rows === 1 ? '' : 's'} written to ${out}\n`);
  return 0;
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
  if (o.participants) {
    // Resmark: nothing is sent anywhere, and each participant's line says who is in.
    const each = o.participants.map((p) => `\n  ${p.label}: ${p.message ?? 'checked in'}`).join('');
    return `${o.message}${where} [recorded on this desk; Resmark has no check-in API]${each}`;
  }
  const how = o.decidedFrom === 'live' ? 'decided on live data' : 'decided on the offline copy';
  const state = o.state ? `; write-back ${o.state.replace('_', ' ')}` : '';
  return `${o.message}${where} [${how}${state}]`;
}
