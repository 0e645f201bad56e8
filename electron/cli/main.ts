// CLI host (plain Node): `npm run frontdesk -- <command> [--data-dir <dir>]`, for the venue's IT
// person. The same core as the app, reached through the same contract.
import { createCore } from '../core/create-core';
import { createNodeHostDeps } from '../node-host/node-host-deps';
import { resolveDataDir } from '../core/host/data-dir';
import { configureCommand } from './configure-command';
import { syncCommand } from './sync-command';
import { statusCommand } from './status-command';
import { doctorCommand } from './doctor-command';
import { checkinCommand } from './checkin-command';
import { outboxCommand } from './outbox-command';
import { sellCommand } from './sell-command';
import { summaryCommand } from './summary-command';
import { updateCheckCommand } from './update-check-command';
import { CliError, type CliContext } from './cli-context';

const USAGE = `Usage: npm run frontdesk -- <command> [options] [--data-dir <dir>]

Commands:
  configure --backend reservie|resmark --base-url <url>
                      Verify and save credentials. Secrets come from FRONTDESK_API_KEY and
                      FRONTDESK_API_SECRET (Reservie) or FRONTDESK_USERNAME and FRONTDESK_API_KEY
                      (Resmark), or are asked for on a terminal; never from the command line.
  sync [--full]       Download into the offline cache, with a progress bar on a terminal.
  status [--json]     Counts per table, last sync per resource, outbox size, token expiry.
  doctor              Connectivity, credentials, clock skew, disk space, database integrity.
  checkin <customer id | customer-pass id | e-mail | confirmation number> [--session <id>] [--json]
                      Check a Reservie customer, or everyone on a Resmark booking, in as the desk
                      does (--session: the event or departure id). Exit 0 when in (now or already),
                      1 when refused. A Reservie write-back waits in the outbox.
  checkin export --date YYYY-MM-DD [--session <id>] [--out <file>]
                      The check-in ledger as CSV, for a day and/or one session or departure.
  outbox [--json]     Every queued write: kind, back end, state, attempts, last error, age.
  outbox send         Send what is waiting now. Exit 0 when nothing is left waiting.
  outbox resolve <id> --retry | --other-pass <customer-pass id> | --other-slot <activityId>
                 | --pay cash|card | --dismiss "<reason>"
                      Answer an item that needs attention (the actions "outbox" lists for it).
  sell --backend resmark --slot <activityId> --participants Adult=2,Child=1 --email E
       --first-name F --last-name L --tender cash|card|comp [--json] [--yes]
  sell --backend reservie --session <event id> --email E [--first-name F --last-name L]
       (--use-pass | --buy-pass <pass id> [--tender cash|card|comp] | --pay cash|card) [--json] [--yes]
                      A walk-up sale through the same queue as the desk. Prints the receipt, or
                      "queued" with its referenceId when the back end cannot be reached. Against a
                      live back end it asks first on a terminal, or needs --yes. Exit 1 if refused.
  summary [--date YYYY-MM-DD] [--csv | --json]
                      The day's sales by back end and tender with totals, and how many are not sent
                      yet (today in the venue's time zone unless --date). --csv: the desk's download.
  update-check        Before installing a new version: exit 0 when nothing is unsent, 1 (saying
                      why) while any sale or check-in is queued or needs attention.
`;

const COMMANDS: Record<string, (ctx: CliContext) => Promise<number>> = {
  configure: configureCommand,
  sync: syncCommand,
  status: statusCommand,
  doctor: doctorCommand,
  checkin: checkinCommand,
  outbox: outboxCommand,
  sell: sellCommand,
  summary: summaryCommand,
  'update-check': updateCheckCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new CliError(`Unknown command "${command}".\n\n${USAGE}`);
  const dataDir = resolveDataDir(rest);
  // No sending on its own: `checkin` answers at once and exits; `outbox send` sends on demand.
  const core = await createCore({
    ...createNodeHostDeps(dataDir, { logName: 'cli' }),
    autoSync: false,
    autoSend: false,
  });
  try {
    return await run({ core, args: rest, dataDir, out: process.stdout, err: process.stderr });
  } finally {
    await core.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`frontdesk: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  },
);
