// Simulator (plain Node): the command-line simulator (`npm run sim -- --backend reservie`). The
// first stdout line is exactly `listening on <base-url>`, which scripts and tests wait for.
import { parseCliArgs, USAGE, type CliConfig } from './cli-args';
import { startReservieSim, startResmarkSim } from './index';

async function main(): Promise<void> {
  let config: CliConfig | null;
  try {
    config = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`sim: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (!config) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const start = config.backend === 'reservie' ? startReservieSim : startResmarkSim;
  const sim = await start(config.options);
  const lines = [
    `listening on ${sim.baseUrl}`,
    ...Object.entries(sim.credentials).map(([key, value]) => `${key}: ${value}`),
    `control: ${sim.origin}/_sim (clock, faults, stats)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`sim: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
