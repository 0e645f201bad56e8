// CLI host (plain Node): `summary [--date YYYY-MM-DD] [--csv] [--json]`: the day's sales by
// tender and back end with their totals, and how many are not sent yet, from the same core call
// the desk's day summary reads (sales:today); `--csv` prints the same file the desk downloads
// (sales:export).
import type { DaySummary } from '../../shared/domain/sales';
import { call, CliError, flag, option, positionals, type CliContext } from './cli-context';

export async function summaryCommand(ctx: CliContext): Promise<number> {
  const extra = positionals(ctx.args, ['--date']);
  if (extra.length > 0) throw new CliError(`summary takes options only: "${extra.join(' ')}" is extra.`);
  const date = option(ctx.args, '--date');
  const query = date === undefined ? undefined : { date };
  if (flag(ctx.args, '--csv')) {
    ctx.out.write((await call(ctx.core, 'sales:export', query)).csv);
    return 0;
  }
  const day = await call(ctx.core, 'sales:today', query);
  if (flag(ctx.args, '--json')) {
    const { csv: _csv, ...rest } = day;
    ctx.out.write(`${JSON.stringify(rest)}\n`);
  } else ctx.out.write(describe(day));
  return 0;
}

const TENDER: Record<string, string> = { cash: 'cash', card: 'card', comp: 'complimentary', pass: 'pass' };
const BACKEND: Record<string, string> = { reservie: 'Reservie', resmark: 'Resmark' };

const amounts = (a: DaySummary['overall']['amounts']) => a.map((m) => m.formatted).join(' + ') || '-';
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(day: DaySummary): string {
  const lines = [`Sales on ${day.date}: ${count(day.overall.sales, 'sale', 'sales')}`];
  if (day.overall.sales > 0) {
    for (const t of day.totals)
      lines.push(
        `  ${BACKEND[t.backend]} ${TENDER[t.tender]}: ${count(t.sales, 'sale', 'sales')}, ` +
          `${count(t.places, 'place', 'places')}, ${t.total?.formatted ?? '-'}`,
      );
    lines.push(`  Total: ${count(day.overall.places, 'place', 'places')}, ${amounts(day.overall.amounts)}`);
  }
  lines.push(
    day.unsent === 0 ? 'Everything is sent.' : `${count(day.unsent, 'sale', 'sales')} not sent yet.`,
  );
  return `${lines.join('\n')}\n`;
}
