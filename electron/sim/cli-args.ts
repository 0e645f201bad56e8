// Simulator (plain Node): parses the simulator CLI's flags into SimOptions, with a clear error
// for anything unknown or out of range.
import { parseArgs } from 'node:util';
import type { Faults } from './common/faults';
import { parseRateLimit } from './common/rate-limiter';
import type { SimOptions } from './sim-types';

export const USAGE = `Usage: npm run sim -- --backend reservie|resmark [options]

  --backend <name>          reservie (Reservie v1) or resmark (required)
  --port <n>                port on 127.0.0.1 (default 0 = any free port)
  --seed <n>                demo-data seed (default 1)
  --scale <n>               Reservie customers to generate (default 2000, max 100000)
  --rate-limit <r>/<s>      r requests per s seconds per key (Reservie default 100/60)
  --start-at <iso>          start the virtual clock at this instant
Faults (all also settable at runtime with POST /_sim/faults):
  --latency-ms <n>          delay every API reply
  --error-rate <0..1>       fraction answered 500 with a JSON error
  --error-page-rate <0..1>  fraction answered 502 with an HTML page
  --reset-rate <0..1>       fraction of connections destroyed without a reply
  --drop-reply-rate <0..1>  fraction of writes carried out, then left without a reply
  --rate-limit-storm <n>/<s>  the next n requests get 429 with Retry-After: s
  --down                    start "down": every API connection is destroyed
  --fault-seed <n>          make the random faults repeat exactly
  --help                    show this text`;

export interface CliConfig {
  backend: 'reservie' | 'resmark';
  options: SimOptions;
}

const STRING_FLAGS = [
  'backend',
  'port',
  'seed',
  'scale',
  'rate-limit',
  'start-at',
  'latency-ms',
  'error-rate',
  'error-page-rate',
  'reset-rate',
  'drop-reply-rate',
  'rate-limit-storm',
  'fault-seed',
] as const;

/** Returns null when --help was asked for; throws an Error with a readable message otherwise. */
export function parseCliArgs(argv: string[]): CliConfig | null {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...(Object.fromEntries(STRING_FLAGS.map((f) => [f, { type: 'string' }])) as Record<
        (typeof STRING_FLAGS)[number],
        { type: 'string' }
      >),
      down: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const text = (flag: (typeof STRING_FLAGS)[number]): string | undefined => {
    const v = values[flag];
    return typeof v === 'string' ? v : undefined;
  };
  const backend = text('backend');
  if (backend !== 'reservie' && backend !== 'resmark')
    throw new Error('--backend must be reservie or resmark');
  const options: SimOptions = {
    port: int('port', text('port'), 0, 65535),
    seed: int('seed', text('seed'), 0, 2 ** 32 - 1),
    scale: int('scale', text('scale'), 0, 100_000),
    rateLimit: pair('rate-limit', text('rate-limit')),
    startAt: text('start-at'),
    faults: faults(text, values.down === true),
  };
  return { backend, options };
}

function faults(
  text: (flag: (typeof STRING_FLAGS)[number]) => string | undefined,
  down: boolean,
): Partial<Faults> {
  const f: Partial<Faults> = {};
  const set = <K extends keyof Faults>(key: K, value: Faults[K] | undefined) => {
    if (value !== undefined) f[key] = value;
  };
  set('latencyMs', int('latency-ms', text('latency-ms'), 0, 60_000));
  set('errorRate', fraction('error-rate', text('error-rate')));
  set('errorPageRate', fraction('error-page-rate', text('error-page-rate')));
  set('resetRate', fraction('reset-rate', text('reset-rate')));
  set('dropReplyAfterWriteRate', fraction('drop-reply-rate', text('drop-reply-rate')));
  const storm = pair('rate-limit-storm', text('rate-limit-storm'));
  if (storm) f.rateLimitStorm = { requests: storm.requests, retryAfterSeconds: Math.round(storm.perSeconds) };
  set('faultSeed', int('fault-seed', text('fault-seed'), 0, 2 ** 32 - 1));
  if (down) f.down = true;
  return f;
}

function int(flag: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new Error(`--${flag} must be an integer from ${min} to ${max}`);
  return n;
}

function fraction(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1)
    throw new Error(`--${flag} must be a number from 0 to 1`);
  return n;
}

function pair(flag: string, raw: string | undefined): { requests: number; perSeconds: number } | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseRateLimit(raw);
  if (!parsed) throw new Error(`--${flag} must look like 100/60`);
  return parsed;
}
