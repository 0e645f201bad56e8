// CLI host (plain Node): `configure` — verifies credentials against the back end, then saves them.
// Secrets come from the environment or a hidden terminal prompt, never from argv (argv is visible
// to every user on the machine and lands in shell history).
import { createInterface } from 'node:readline';
import { BackendId, KNOWN_BASE_URLS } from '../../shared/domain/backend';
import { call, CliError, option, type CliContext } from './cli-context';

const SECRET_FLAGS = ['--api-key', '--api-secret', '--apikey', '--secret', '--password', '--username'];

export async function configureCommand(ctx: CliContext): Promise<number> {
  const leaked = ctx.args.find((a) => SECRET_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)));
  if (leaked) {
    throw new CliError(
      `Secrets are never taken from the command line (${leaked.split('=')[0]}). ` +
        'Set FRONTDESK_API_KEY / FRONTDESK_API_SECRET (Reservie) or FRONTDESK_USERNAME / FRONTDESK_API_KEY (Resmark), or run on a terminal to be asked.',
    );
  }
  const parsedBackend = BackendId.safeParse(option(ctx.args, '--backend'));
  if (!parsedBackend.success) throw new CliError('--backend must be reservie or resmark.');
  const backend = parsedBackend.data;
  const baseUrl = option(ctx.args, '--base-url') ?? KNOWN_BASE_URLS[backend].production;

  const credentials =
    backend === 'reservie'
      ? {
          backend,
          baseUrl,
          apiKey: await secret('FRONTDESK_API_KEY', 'Reservie API key'),
          apiSecret: await secret('FRONTDESK_API_SECRET', 'Reservie API secret'),
        }
      : {
          backend,
          baseUrl,
          username: await secret('FRONTDESK_USERNAME', 'Resmark user e-mail', { visible: true }),
          apiKey: await secret('FRONTDESK_API_KEY', 'Resmark API key'),
        };
  ctx.out.write(`Checking the credentials with ${baseUrl} …\n`);
  const status = await call(ctx.core, 'backend:configure', credentials);
  ctx.out.write(
    `Saved. Connected to ${backend} as ${status.account}; token valid until ${status.tokenExpiresAt ?? 'unknown'}.\n`,
  );
  ctx.out.write('Run `npm run frontdesk -- sync --full` to fill the offline cache.\n');
  return 0;
}

async function secret(envName: string, label: string, opts: { visible?: boolean } = {}): Promise<string> {
  const fromEnv = process.env[envName]?.trim();
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new CliError(`${envName} is not set and there is no terminal to ask for the ${label} on.`);
  }
  return prompt(`${label}: `, !opts.visible);
}

function prompt(question: string, hidden: boolean): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing while the secret is typed; readline writes through this method.
    const writer = rl as unknown as { _writeToOutput: (s: string) => void };
    writer._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(question);
    };
  }
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write('\n');
      resolve(answer.trim());
    });
  });
}
