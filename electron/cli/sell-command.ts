// CLI host (plain Node): `sell`, a walk-up sale from the command line through the same core and the
// same queue as the desk, for checking a venue's set-up end to end. Prints the receipt (or "queued"
// with the referenceId when the back end cannot be reached); `--json` prints the issue's shape.
// Against a live back end it asks first on a terminal, or needs --yes. Exit 0 when sent or
// queued, 1 when the back end refused it (needs attention) or the desk refused it.
import { createInterface } from 'node:readline';
import type { SaleReceipt, SaleRequest, SaleTender } from '../../shared/domain/sales';
import { call, CliError, flag, option, positionals, type CliContext } from './cli-context';

const TENDERS: readonly SaleTender[] = ['cash', 'card', 'comp'];

function tender(value: string | undefined, name: string, allowed: readonly string[] = TENDERS): SaleTender {
  if (value === undefined) throw new CliError(`${name} is required (${allowed.join(' | ')}).`);
  if (!allowed.includes(value))
    throw new CliError(`${name} must be one of ${allowed.join(', ')}, not "${value}".`);
  return value as SaleTender;
}

/** "Adult=2,Child=1" → { Adult: 2, Child: 1 }. */
export function parseParticipants(text: string | undefined): Record<string, number> {
  if (!text) throw new CliError('--participants is required, e.g. --participants Adult=2,Child=1.');
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const m = /^\s*([^=]+?)\s*=\s*(\d{1,3})\s*$/.exec(part);
    if (!m) throw new CliError(`"${part}" is not tier=count (e.g. Adult=2).`);
    const [, tier, n] = m as unknown as [string, string, string];
    if (tier in out) throw new CliError(`${tier} is given twice in --participants.`);
    out[tier] = Number(n);
  }
  return out;
}

const VALUE_OPTIONS = [
  '--backend',
  '--slot',
  '--participants',
  '--email',
  '--first-name',
  '--last-name',
  '--tender',
  '--session',
  '--buy-pass',
  '--pay',
  '--reference-id',
];

export function saleRequestFrom(args: readonly string[]): SaleRequest {
  const extra = positionals(args, VALUE_OPTIONS);
  if (extra.length > 0) throw new CliError(`Unexpected "${extra.join(' ')}".`);
  const backend = option(args, '--backend');
  const email = option(args, '--email');
  const firstName = option(args, '--first-name');
  const lastName = option(args, '--last-name');
  const referenceId = option(args, '--reference-id');
  const common = {
    ...(firstName !== undefined ? { firstName } : {}),
    ...(lastName !== undefined ? { lastName } : {}),
    ...(referenceId !== undefined ? { referenceId } : {}),
  };
  if (backend === 'resmark') {
    const slot = option(args, '--slot');
    if (!slot) throw new CliError('--slot <activityId> is required for a Resmark sale.');
    return {
      backend: 'resmark',
      activityId: slot,
      participants: parseParticipants(option(args, '--participants')),
      ...(email !== undefined ? { email } : {}),
      ...common,
      tender: tender(option(args, '--tender'), '--tender'),
      // The CLI checks a set-up: it never e-mails a real customer by surprise.
      sendConfirmationEmail: false,
    };
  }
  if (backend === 'reservie') {
    const session = option(args, '--session');
    if (!session) throw new CliError('--session <event id> is required for a Reservie sale.');
    if (!email) throw new CliError('--email is required for a Reservie sale (the customer is found by it).');
    const buyPass = option(args, '--buy-pass');
    const pay = option(args, '--pay');
    const usePass = flag(args, '--use-pass');
    if ([usePass, buyPass !== undefined, pay !== undefined].filter(Boolean).length !== 1) {
      throw new CliError(
        'Say how it is paid: exactly one of --use-pass, --buy-pass <pass id>, --pay cash|card.',
      );
    }
    const payment = usePass
      ? { kind: 'usePass' as const }
      : buyPass !== undefined
        ? {
            kind: 'buyPass' as const,
            passId: buyPass,
            tender:
              option(args, '--tender') === undefined
                ? ('cash' as const)
                : tender(option(args, '--tender'), '--tender'),
          }
        : { kind: 'pay' as const, tender: tender(pay, '--pay', ['cash', 'card']) };
    return { backend: 'reservie', sessionId: session, email, ...common, payment, joinWaitingList: false };
  }
  throw new CliError('--backend resmark|reservie is required.');
}

function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      resolve(/^y(es)?$/i.test(answer.trim()));
    }),
  );
}

export async function sellCommand(ctx: CliContext): Promise<number> {
  const request = saleRequestFrom(ctx.args);
  const status = await call(ctx.core, 'app:status');
  const target = status.backends.find((b) => b.backend === request.backend);
  if (status.mode === 'live' && !flag(ctx.args, '--yes')) {
    // A real sale on a venue's live system: never by accident.
    if (!process.stdin.isTTY) {
      throw new CliError(
        `This sells on the live ${request.backend} at ${target?.baseUrl ?? '?'}: add --yes to confirm.`,
      );
    }
    if (!(await ask(`Sell on the live ${request.backend} at ${target?.baseUrl ?? '?'}? [y/N] `))) {
      ctx.err.write('Not sold.\n');
      return 1;
    }
  }
  const receipt = await call(ctx.core, 'sales:sell', request);
  ctx.out.write(flag(ctx.args, '--json') ? `${JSON.stringify(asJson(receipt))}\n` : describe(receipt));
  return receipt.state === 'needs_attention' ? 1 : 0;
}

function asJson(r: SaleReceipt) {
  return { referenceId: r.referenceId, state: r.state, confirmation: r.confirmation, serverIds: r.serverIds };
}

function describe(r: SaleReceipt): string {
  const lines: string[] = [];
  if (r.state === 'queued') {
    lines.push(`queued ${r.referenceId}`);
    lines.push(`Saved at this desk; it is sent when the back end can be reached (\`outbox send\`).`);
  } else if (r.state === 'needs_attention') {
    lines.push(`needs attention ${r.referenceId}`);
    lines.push(r.problem ?? 'The back end refused it.');
  } else {
    lines.push(`RECEIPT ${r.referenceId}`);
    if (r.confirmation) lines.push(`Confirmation: ${r.confirmation}`);
  }
  lines.push(`  ${r.what}`);
  const who = [r.customer.firstName, r.customer.lastName].filter(Boolean).join(' ');
  lines.push(`  Customer: ${[who, r.customer.email].filter(Boolean).join(' ') || '—'}`);
  lines.push(`  Places: ${r.places}`);
  lines.push(
    `  Paid: ${r.tender === 'pass' ? 'with a pass' : r.tender}${r.total ? ` ${r.total.formatted}` : ''}`,
  );
  for (const [step, id] of Object.entries(r.serverIds)) lines.push(`  ${step}: ${id}`);
  if (r.provisional) lines.push('  (places checked against the saved copy: provisional)');
  return `${lines.join('\n')}\n`;
}
