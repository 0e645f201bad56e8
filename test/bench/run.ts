// Benchmarks (Node): `npm run bench [-- --json] [--only P1,F1] [--kills N] [--seed N]`. Measures the speed and memory
// targets of shared/docs/targets.md for real against the simulators, and prints them.
import { searchFigure } from './search-bench';
import type { SyncBenchFigures } from './sync-bench';
import { runBundled } from './run-bundled';
import { incrementalFigure } from './incremental-bench';
import { checkInFigure } from './checkin-bench';
import { freshnessFigure } from './freshness-bench';
import { scanFigure } from './scan-bench';
import { salesFigures } from './sales-bench';
import { d1Figure } from './d1-bench';
import type { Figure } from './bench-types';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyArg = args[args.indexOf('--only') + 1];
const only =
  args.includes('--only') && onlyArg ? new Set(onlyArg.split(',').map((s) => s.trim().toUpperCase())) : null;
const wanted = (id: string) => !only || only.has(id);
/** A number after `flag`, or undefined; D1's `--kills` (default 200) and `--seed` (default random). */
function numberArg(flag: string): number | undefined {
  if (!args.includes(flag)) return undefined;
  const n = Number(args[args.indexOf(flag) + 1]);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} needs a whole number`);
  return n;
}

async function main() {
  const figures: Record<string, Figure> = {};
  const log = (line: string) => !json && process.stdout.write(line + '\n');
  if (wanted('P1')) {
    log('P1 scan to painted result in Chromium, 100k customers cached, back end stopped …');
    figures.P1 = await scanFigure();
  }
  if (wanted('P2')) {
    log('P2 check-in decision with the durable ledger write …');
    figures.P2 = await checkInFigure();
  }
  if (wanted('P3')) {
    log('P3 search over 100k customers …');
    figures.P3 = await searchFigure();
  }
  if (wanted('P4') || wanted('P6') || wanted('P9')) {
    log('P4/P6/P9 full sync of 100k customers at a time-scaled 100 requests / 6 s (about a minute) …');
    const sync = await runBundled<SyncBenchFigures>('test/bench/sync-bench-child.ts');
    for (const id of ['P4', 'P6', 'P9'] as const) if (wanted(id)) figures[id] = sync[id];
  }
  if (wanted('P5')) {
    log('P5 incremental sync with 1 % of orders changed …');
    figures.P5 = await incrementalFigure();
  }
  if (wanted('F1')) {
    log(
      'F1 freshness under the rolling refresh, 100k customers, time-scaled 100 requests / 6 s (about eight minutes) …',
    );
    figures.F1 = await freshnessFigure(log);
  }
  if (wanted('D2') || wanted('P7')) {
    log(
      'D2/P7 1,000 walk-up sales replayed with 30 % of replies lost, then 500 clean, at 100 requests / 6 s …',
    );
    const sales = await salesFigures();
    for (const id of ['D2', 'P7'] as const) if (wanted(id)) figures[id] = sales[id];
  }
  if (wanted('D1')) {
    const kills = numberArg('--kills') ?? 200;
    log(
      `D1 kill -9 of the core during capture and replay of walk-up sales, ${kills} kills (a few minutes) …`,
    );
    figures.D1 = await d1Figure({ kills, seed: numberArg('--seed'), log });
  }
  if (json) {
    const out = Object.fromEntries(
      Object.entries(figures).map(([id, f]) => [
        id,
        { value: f.value, unit: f.unit, target: f.target, pass: f.pass, detail: f.detail ?? {} },
      ]),
    );
    process.stdout.write(JSON.stringify(out) + '\n');
  } else {
    printTable(figures);
  }
}

function printTable(figures: Record<string, Figure>) {
  const rows = Object.entries(figures).map(([id, f]) => [
    id,
    String(f.value),
    f.unit,
    f.target,
    f.pass ? 'pass' : 'FAIL',
    f.detail
      ? Object.entries(f.detail)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')
      : '',
  ]);
  const head = ['id', 'value', 'unit', 'target', 'result', 'detail'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  process.stdout.write('\n' + line(head) + '\n' + line(widths.map((w) => '-'.repeat(w))) + '\n');
  for (const r of rows) process.stdout.write(line(r) + '\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
