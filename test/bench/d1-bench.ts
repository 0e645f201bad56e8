// Benchmarks (Node): D1 — `kill -9` of the core at random moments while walk-up sales are captured
// and replayed. The child (d1-child.ts, bundled, plain node) runs the real core on one data folder
// against both simulators as processes; the parent SIGKILLs it (seeded: the seed is printed) at a
// random time after it starts, right after a sale's outbox commit, while a write is in flight, or
// after a write's reply arrived and before the outbox recorded it; restarts it on the same folder;
// checks `PRAGMA integrity_check` of outbox.db after every kill; and, after the last kill, lets it
// finish. Every sale the child said was saved must be on the back end exactly once; none twice.
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { tempDir } from '../support/sync-harness';
import { round, type Figure } from './bench-types';
import {
  addSales,
  bundleChild,
  outboxIntegrity,
  rng,
  startChild,
  startD1World,
  tallyD1,
  writePlan,
  type ChildRun,
} from './d1-world';

export interface D1Options {
  kills?: number;
  seed?: number;
  log?: (line: string) => void;
}

type KillMode = 'time' | 'captured' | 'request' | 'replied';

/** Where the child was when it died, from the last line it wrote. */
function whereKilled(lines: readonly string[]): string {
  if (!lines.includes('ready')) return 'starting';
  const last = lines.at(-1) ?? '';
  if (last.startsWith('captured ')) return 'afterCaptureCommit';
  if (last.startsWith('request ')) return 'writeInFlight';
  if (last.startsWith('replied ')) return 'replyNotRecorded';
  if (last === 'handed') return 'recording';
  return 'elsewhere';
}

export async function d1Figure(opts: D1Options = {}): Promise<Figure> {
  const target = opts.kills ?? 200;
  const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const log = opts.log ?? (() => {});
  log(`  D1 seed ${seed}, ${target} kills`);
  const random = rng(seed);
  const started = performance.now();
  const world = await startD1World();
  try {
    const dataDir = tempDir('frontdesk-bench-d1-');
    const planFile = join(tempDir('frontdesk-bench-d1-plan-'), 'plan.json');
    addSales(world, Math.max(20, target), random);
    writePlan(world, planFile);
    const script = await bundleChild();
    const base = ['--data-dir', dataDir, '--plan', planFile];
    const setup = startChild(script, [...base, '--setup']);
    if ((await setup.exited).code !== 0) throw new Error(`D1 set-up failed: ${setup.stderr()}`);

    const promised = new Set<string>();
    const where: Record<string, number> = {};
    const badIntegrity: string[] = [];
    let kills = 0;
    let crashes = 0;
    const collect = (run: ChildRun) => {
      for (const l of run.lines) if (l.startsWith('captured ')) promised.add(l.slice('captured '.length));
    };
    while (kills < target) {
      const run = startChild(script, [
        ...base,
        '--seed',
        String(Math.floor(random() * 2 ** 31)),
        '--hold-reply-ms',
        '20',
      ]);
      const r = random();
      const mode: KillMode = r < 0.3 ? 'time' : r < 0.55 ? 'captured' : r < 0.75 ? 'request' : 'replied';
      const nth = 1 + Math.floor(random() * 4);
      const delayMs = mode === 'time' ? random() * 1_200 : mode === 'replied' ? 0 : random() * 4;
      let count = 0;
      let timer: NodeJS.Timeout | null = null;
      let fallback: NodeJS.Timeout | null = null;
      // Until the first sale of an offline batch is queued, the core spends ~11 s finding the back
      // end unreachable; a kill then would come in every run and the plan would never move on, so
      // it waits for that sale.
      let goingOffline = false;
      let deferred = false;
      const kill = () => {
        timer = setTimeout(() => {
          if (goingOffline) deferred = true;
          else run.child.kill('SIGKILL');
        }, delayMs);
      };
      run.onLine((line) => {
        if (line.startsWith('down ')) goingOffline = true;
        else if (goingOffline && /^(sold|refused|up) /.test(line)) {
          goingOffline = false;
          if (deferred) run.child.kill('SIGKILL');
        }
      });
      if (mode === 'time') kill();
      else {
        run.onLine((line) => {
          if (timer === null && line.startsWith(`${mode} `) && ++count === nth) kill();
        });
        // The marker may not come soon (a back end being called offline retries for seconds).
        fallback = setTimeout(() => timer === null && kill(), 3_000);
      }
      const exit = await run.exited;
      if (timer) clearTimeout(timer);
      if (fallback) clearTimeout(fallback);
      collect(run);
      if (exit.signal === 'SIGKILL') {
        kills++;
        const at = whereKilled(run.lines);
        where[at] = (where[at] ?? 0) + 1;
        const integrity = outboxIntegrity(dataDir);
        if (integrity !== 'ok') badIntegrity.push(`after kill ${kills}: ${integrity}`);
        if (kills % 25 === 0)
          log(
            `  ${kills} kills, ${promised.size} sales saved, ${round((performance.now() - started) / 1000, 0)} s`,
          );
      } else if (exit.code !== 0 || !run.lines.some((l) => l.startsWith('done '))) {
        crashes++;
        log(`  the child exited by itself (${exit.code}): ${run.stderr().slice(-2_000)}`);
        if (crashes > 5) throw new Error('the child keeps failing on its own');
      } else {
        // It finished the plan before the kill came: more sales to kill it in.
        addSales(world, 40, random);
        writePlan(world, planFile);
      }
    }

    const last = startChild(script, [...base, '--seed', '1']);
    const exit = await last.exited;
    collect(last);
    const done = last.lines.find((l) => l.startsWith('done '));
    if (exit.code !== 0 || !done)
      throw new Error(`the last run did not finish (${exit.code}): ${last.stderr()}`);
    const states = JSON.parse(done.slice('done '.length)) as Record<string, number>;
    const unsent = Object.entries(states).filter(([s]) => s !== 'sent');
    const integrity = outboxIntegrity(dataDir);
    if (integrity !== 'ok') badIntegrity.push(`at the end: ${integrity}`);
    const tally = await tallyD1(world, promised);
    for (const line of [...tally.lost, ...tally.duplicated, ...badIntegrity].slice(0, 20)) log(`  ${line}`);
    for (const line of last.lines.filter((l) => l.startsWith('attention ')).slice(0, 10)) log(`  ${line}`);
    const seconds = (performance.now() - started) / 1000;
    const lost = tally.lost.length;
    const duplicated = tally.duplicated.length;
    return {
      value: lost + duplicated,
      unit: `sales lost or duplicated over ${kills} kills`,
      target: '0 lost, 0 duplicated, integrity ok, ≥ 200 kills',
      pass:
        kills >= 200 &&
        lost === 0 &&
        duplicated === 0 &&
        badIntegrity.length === 0 &&
        unsent.length === 0 &&
        crashes === 0,
      detail: {
        seed,
        kills,
        sales: tally.planned,
        promised: tally.promised,
        lost,
        duplicated,
        integrity:
          badIntegrity.length === 0 ? `ok after each of ${kills} kills and at the end` : badIntegrity[0]!,
        notSent: unsent.map(([s, n]) => `${s}:${n}`).join(',') || 0,
        neverSavedAbsent: tally.absentUnpromised,
        crashes,
        ...Object.fromEntries(Object.entries(where).map(([k, n]) => [`killed.${k}`, n])),
        seconds: round(seconds, 1),
      },
    };
  } finally {
    await world.close();
  }
}
